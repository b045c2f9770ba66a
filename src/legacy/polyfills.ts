/**
 * Web APIs the pane uses that EdgeHTML 18 lacks and core-js does not provide (core-js covers the
 * language's built-ins; webpack.config.js adds those where they are used). Loaded before the pane
 * and the ribbon page in the build Office loads.
 * - ResizeObserver (Edge 79+): Fluent UI measures some components with it, unguarded.
 */
import { ResizeObserver as ResizeObserverPolyfill } from '@juggle/resize-observer';

if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverPolyfill;
}
