/**
 * Waiting while a cell is being edited, in the open: Excel refuses every request while the clerk is
 * typing in a cell, and the Office.js adapter tries again after a pause. This makes those pauses
 * visible (a listener hears when a wait starts and ends) and lets the clerk cancel one; a cancelled
 * wait ends the operation with a KaopingError, and the adapter's writes stay all or nothing.
 */
import { KaopingError } from './errors';

export class EditWait {
  private readonly listeners = new Set<(waiting: boolean) => void>();
  private cancelCurrent: (() => void) | undefined;

  /** Hears true when a wait starts and false when it ends; returns a function that stops listening. */
  listen(listener: (waiting: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The adapter's sleep between tries: `ms`, unless cancelled first. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.cancelCurrent = undefined;
        this.emit(false);
        resolve();
      }, ms);
      this.cancelCurrent = () => {
        clearTimeout(timer);
        this.cancelCurrent = undefined;
        this.emit(false);
        reject(
          new KaopingError('CANCELLED', {
            zh: '已取消：有单元格正在编辑时无法继续。请按回车或 Esc 结束编辑后再试。',
            en: 'Cancelled: a cell was being edited. Press Enter or Esc to finish editing, then try again.',
          }),
        );
      };
      this.emit(true);
    });

  /** Ends the wait under way, if any. */
  cancel(): void {
    this.cancelCurrent?.();
  }

  private emit(waiting: boolean): void {
    for (const l of this.listeners) l(waiting);
  }
}
