/**
 * The edge between the pane and Excel: running the pane's own batches, and what Excel's failures mean
 * to a clerk. The workbook adapter's classification (by Excel's error code alone) is reused, so the
 * in-memory Excel of the preview and tests fails the same way; the pane only adds where it was going.
 */
import { classify } from './errors';
import { KaopingError } from '../errors';
import type { ExcelRun, PaneContext } from './live-api';

export type { ExcelRun };

function hasText(error: unknown): error is Error & { code: string; text: { zh: string; en: string } } {
  const text = (error as { text?: { zh?: unknown; en?: unknown } } | null)?.text;
  return !!text && typeof text.zh === 'string' && typeof text.en === 'string';
}

/** A host failure as the clerk should read it, as a KaopingError where it has words for the clerk. */
export function classifyHostError(error: unknown, what?: { sheet?: string; cell?: string }): Error {
  if (error instanceof KaopingError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (what?.sheet !== undefined && (code === 'ItemNotFound' || code === 'InvalidArgument' || code === 'InvalidReference')) {
    const place = what.cell ? `${what.sheet}!${what.cell}` : what.sheet;
    return new KaopingError(
      'NOT_FOUND',
      {
        zh: `找不到“${place}”：工作表可能已改名或删除，请重新检查。`,
        en: `"${place}" is gone: the sheet may have been renamed or deleted; check again.`,
      },
      { cause: error },
    );
  }
  const classified = classify(error);
  if (hasText(classified)) return new KaopingError(classified.code, classified.text, { cause: error });
  return classified;
}

/** Runs a batch, turning Excel's failures into messages the pane can show. */
export async function runClassified<T>(
  run: ExcelRun,
  batch: (context: PaneContext) => Promise<T>,
  what?: { sheet?: string; cell?: string },
): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    throw classifyHostError(error, what);
  }
}
