/**
 * A score-table column with no header (docs/rules.md, "Columns without a header"): blank all the way
 * down, the row numbers a program writes in front of its rows (pandas's index 0, 1, 2 …, or 1, 2, 3 …),
 * or values that are not read because no rubric id heads them.
 */
import { cellText } from './cells';
import { cellAt, type GridView } from './find';
import { isNoValue } from './text';

export type UnnamedColumn = 'blank' | 'rowNumbers' | 'values';

/** What the column under a blank header cell holds, from the row after the header down. */
export function unnamedColumn(view: GridView, headerRow: number, col: number): UnnamedColumn {
  let base: number | undefined;
  let numbered = true;
  let any = false;
  for (let r = headerRow + 1; r <= view.bottom; r++) {
    const cell = cellAt(view, r, col);
    if (!cell || isNoValue(cellText(cell))) continue;
    any = true;
    const v = cell.value;
    // Row k under the header (k = 0, 1, …) holds k + base, base 0 or 1 as the first value says.
    const k = r - headerRow - 1;
    if (typeof v !== 'number' || !Number.isInteger(v)) numbered = false;
    else if (base === undefined && (v === k || v === k + 1)) base = v - k;
    else if (base === undefined || v !== k + base) numbered = false;
    if (!numbered) break;
  }
  if (!any) return 'blank';
  return numbered ? 'rowNumbers' : 'values';
}
