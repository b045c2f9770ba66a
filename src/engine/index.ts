/** The scoring engine: pure, host-free. Grids in; findings, results and result sheets out. */
export * from './cells';
export * from './types';
export { assess, DEFAULT_SETTINGS } from './assess';
export type { AssessOptions } from './assess';
export { buildReport } from './report';
export { toJson } from './json';
