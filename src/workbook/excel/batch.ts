/**
 * Syncing the way Excel wants it: a batch of queued commands, one sync, and the same batch queued again
 * after a wait while Excel is in cell-edit mode (Excel refuses such a request whole, so repeating it is
 * safe). Sizes are measured as JSON in UTF-8, as requests and responses travel.
 */
import type { XContext } from './api';
import { isEditMode, isTransient } from './errors';
import { utf8Length } from '../utf8';

export interface SyncPolicy {
  /** Milliseconds to wait before each new try while a cell is being edited. */
  readonly editModeWaits: readonly number[];
  readonly sleep: (ms: number) => Promise<void>;
  /** Bytes a request or a response should stay under (Excel on the web refuses over 5 MB). */
  readonly budgetBytes: number;
}

export const DEFAULT_POLICY: SyncPolicy = {
  editModeWaits: [500, 1000, 2000, 4000, 8000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  budgetBytes: 4 * 1024 * 1024,
};

/**
 * Queues the batch and syncs; the handles `queue` returns are loaded when it resolves. A batch that
 * only reads (`readOnly`) is sent once more after a passing failure (isTransient): reading twice
 * changes nothing, while a write sent twice might be done twice.
 */
export async function step<T>(ctx: XContext, policy: SyncPolicy, queue: () => T, options: { readonly readOnly?: boolean } = {}): Promise<T> {
  let retried = false;
  for (let attempt = 0; ; attempt++) {
    const handles = queue();
    try {
      await ctx.sync();
      return handles;
    } catch (error) {
      if (options.readOnly && !retried && isTransient(error)) {
        retried = true;
        await policy.sleep(policy.editModeWaits[0] ?? 0);
        continue;
      }
      if (!isEditMode(error) || attempt >= policy.editModeWaits.length) throw error;
      await policy.sleep(policy.editModeWaits[attempt]);
    }
  }
}


export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v));
}
