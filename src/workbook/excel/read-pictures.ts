/**
 * Pictures placed in cells, which Range.values cannot tell from an error or a text:
 *
 * - Microsoft 365 (Place in Cell, IMAGE()): Range.values gives "#VALUE!" and Range.valueTypes "Error"
 *   (values "only returns one of the four basic types: string, number, boolean, or error (as a
 *   string)", learn.microsoft.com, "Excel JavaScript API data types core concepts"); Range.valuesAsJson
 *   (ExcelApi 1.16) gives the picture as a value of type "WebImage" (or "LocalImage" for one
 *   inserted from a file) whose basicValue is "#VALUE!".
 * - WPS 表格's 嵌入单元格图片, opened in Excel: the formula `=_xlfn.DISPIMG("ID_…",1)`, a function
 *   Excel does not have, so the cell shows #NAME? once calculated, or the text WPS cached,
 *   `=DISPIMG("ID_…",1)`, before.
 *
 * Only cells that show one of those are looked at again, in one request, so a workbook without them
 * costs nothing more. Without ExcelApi 1.16 a Microsoft 365 picture stays the #VALUE! error it shows.
 */
import type { Cell } from '../../engine/cells';
import type { XContext } from './api';
import { step, type SyncPolicy } from './batch';
import type { CellJob, Grid } from './read-cells';

const DISPIMG_FORMULA = /^=\s*(?:_xlfn\.)?DISPIMG\s*\(/i;
const DISPIMG_TEXT = /^=DISPIMG\(/i;
const IMAGE_TYPES = new Set(['WebImage', 'LocalImage', 'Image']);
/** At most this many cells are looked at again: a sheet of thousands of #VALUE! is a sheet of errors. */
const MAX_LOOKS = 5_000;

function mayBePicture(cell: Cell | undefined): boolean {
  const v = cell?.value;
  if (typeof v === 'string') return DISPIMG_TEXT.test(v);
  return typeof v === 'object' && v !== null && (v.error === '#VALUE!' || v.error === '#NAME?');
}

/** Marks the cells of the grids (absolute 0-based rows and columns) that hold a picture, in one sync when any may. */
export async function markPictures(ctx: XContext, policy: SyncPolicy, jobs: readonly CellJob[], grids: ReadonlyMap<number, Grid>, richValues: boolean): Promise<void> {
  const looks: Array<{ job: CellJob; line: Array<Cell | undefined>; row: number; col: number }> = [];
  for (const job of jobs) {
    grids.get(job.key)?.forEach((line, row) => {
      line?.forEach((cell, col) => {
        if (looks.length < MAX_LOOKS && mayBePicture(cell)) looks.push({ job, line, row, col });
      });
    });
  }
  if (looks.length === 0) return;
  const props = richValues ? 'formulas, valuesAsJson' : 'formulas';
  const ranges = await step(ctx, policy, () => looks.map((l) => l.job.sheet.getRangeByIndexes(l.row, l.col, 1, 1).load(props)), { readOnly: true });
  looks.forEach((l, i) => {
    const formula: unknown = ranges[i].formulas[0]?.[0];
    const json = richValues ? (ranges[i].valuesAsJson[0]?.[0] as { type?: unknown } | undefined) : undefined;
    const image = IMAGE_TYPES.has(String(json?.type)) || (typeof formula === 'string' && DISPIMG_FORMULA.test(formula));
    if (!image) return;
    const note = l.line[l.col]?.note;
    l.line[l.col] = note === undefined ? { value: null, picture: true } : { value: null, note, picture: true };
  });
}
