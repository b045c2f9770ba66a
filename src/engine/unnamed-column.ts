/**
 * A score-table column with no header (docs/rules.md, "Columns without a header"): blank all the way
 * down, the row numbers a program writes in front of its rows (pandas's index 0, 1, 2 …, or 1, 2, 3 …),
 * or values that are not read because no rubric id heads them. And a row of a log whose only values
 * stand under blank headers: an empty row of a DataFrame, which pandas still numbers.
 */
import { cellText } from './cells';
import { cellAt, type GridView } from './find';
import { isNoValue } from './text';

export type UnnamedColumn = 'blank' | 'rowNumbers' | 'values';

/**
 * What the column under a blank header cell holds, from the row after the header down. Row numbers
 * run 0, 1, 2 … or 1, 2, 3 … down the rows; in the sheet's first column, where pandas writes its
 * index, any distinct whole numbers from 0 up are row numbers too (a DataFrame filtered or sorted
 * before it was written keeps its rows' first numbers: 0, 3, 7 … or 5, 0, 2 …).
 */
export function unnamedColumn(view: GridView, headerRow: number, col: number): UnnamedColumn {
  let base: number | undefined;
  let consecutive = true;
  let any = false;
  const seen = new Set<number>();
  for (let r = headerRow + 1; r <= view.bottom; r++) {
    const cell = cellAt(view, r, col);
    if (!cell || isNoValue(cellText(cell))) continue;
    any = true;
    const v = cell.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || seen.has(v)) return 'values';
    seen.add(v);
    // Row k under the header (k = 0, 1, …) holds k + base, base 0 or 1 as the first value says.
    const k = r - headerRow - 1;
    if (base === undefined && consecutive && (v === k || v === k + 1)) base = v - k;
    else if (base === undefined || v !== k + base) consecutive = false;
  }
  if (!any) return 'blank';
  return consecutive || col === view.left ? 'rowNumbers' : 'values';
}

/** Whether every value in row `r` stands under a blank header cell (so nothing in it is read). */
export function onlyUnderBlankHeaders(view: GridView, headerRow: number, r: number): boolean {
  const row = view.rows[r];
  if (!row) return true;
  const end = Math.min(view.right, row.length - 1);
  for (let c = view.left; c <= end; c++) {
    const cell = row[c];
    if (!cell || isNoValue(cellText(cell))) continue;
    if (cellText(cellAt(view, headerRow, c)).trim() !== '') return false;
  }
  return true;
}
