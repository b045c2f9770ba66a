/** ExcelJS worksheets as the engine's grids: values, displayed text, notes, tables. */
import type ExcelJS from 'exceljs';
import type { Cell, Sheet, TableRange } from '../../engine/cells';
import { parseA1 } from '../../engine/cells';
import { toCell } from './cell-value';

type Row<T> = Array<T | undefined>;

/** Arrays with explicit undefined in place of holes, so every way of walking them sees the gaps. */
function filled<T>(arr: Row<T>): Row<T> {
  for (let i = 0; i < arr.length; i++) if (!(i in arr)) arr[i] = undefined;
  return arr;
}

interface TableModelLike {
  readonly name?: unknown;
  readonly tableRef?: unknown;
  readonly ref?: unknown;
  readonly table?: TableModelLike;
}

/** The Excel tables (ListObjects) on a sheet, by their 0-based bounds including the header row. */
function tablesOf(ws: ExcelJS.Worksheet): TableRange[] {
  const out: TableRange[] = [];
  for (const t of ws.getTables() as unknown as TableModelLike[]) {
    const model = t.table ?? t;
    const ref = typeof model.tableRef === 'string' ? model.tableRef : model.ref;
    if (typeof model.name !== 'string' || typeof ref !== 'string') continue;
    const [from, to = from] = ref.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    out.push({ name: model.name, top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}

export interface ReadSheet {
  readonly sheet: Sheet;
  /** How many non-blank cells the sheet holds. */
  readonly cells: number;
}

/**
 * Blanks every cell of each merged range but its first, as Excel shows them, counting the cells that
 * go. Only cells that are there are visited, so the work grows with the cells, not with the ranges'
 * area (a range may span whole columns).
 */
function blankMerged(rows: Row<Row<Cell>>, merges: readonly string[]): number {
  let gone = 0;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b) continue;
    const [top, bottom] = [Math.min(a.row, b.row), Math.min(Math.max(a.row, b.row), rows.length - 1)];
    const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
    for (let r = top; r <= bottom; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = left; c <= Math.min(right, row.length - 1); c++) {
        if ((r === top && c === left) || row[c] === undefined) continue;
        row[c] = undefined;
        gone++;
      }
    }
  }
  return gone;
}

/**
 * Marks the cells holding a picture placed in the cell as pictures, with no value: never the text
 * `=DISPIMG(…)` WPS caches in them, nor the `#VALUE!` Microsoft 365 does. A note on one is kept.
 */
function markPictures(rows: Row<Row<Cell>>, pictures: readonly string[]): void {
  for (const ref of pictures) {
    const at = parseA1(ref);
    if (!at) continue;
    const row = (rows[at.row] ??= []);
    const note = row[at.col]?.note;
    row[at.col] = note === undefined ? { value: null, picture: true } : { value: null, note, picture: true };
    filled(row);
  }
}

/**
 * One worksheet as a grid (rows[0][0] = A1). Hidden and filtered rows are read like any other; the
 * cells of merged ranges (`merges`) but the first are blank; cells holding a picture (`pictures`) are
 * marked so.
 */
export function readSheet(ws: ExcelJS.Worksheet, date1904: boolean, merges: readonly string[] = [], pictures: readonly string[] = []): ReadSheet {
  const rows: Row<Row<Cell>> = [];
  let cells = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Row<Cell> = [];
    row.eachCell({ includeEmpty: false }, (c, col) => {
      const cell = toCell(c, date1904);
      if (cell === undefined) return;
      out[col - 1] = cell;
      cells++;
    });
    if (out.length > 0) rows[rowNumber - 1] = filled(out);
  });
  markPictures(rows, pictures);
  filled(rows);
  cells -= blankMerged(rows, merges);
  const tables = tablesOf(ws);
  const sheet: Sheet = tables.length > 0 ? { name: ws.name, rows, tables } : { name: ws.name, rows };
  return { sheet, cells };
}

