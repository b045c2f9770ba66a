/**
 * Where a result sheet written anew goes in the sheet tabs, the same rule in both adapters
 * (docs/rules.md, "Where result sheets stand"): right after the nearest result sheet that comes
 * before it in the report's order and is already in the workbook; failing that, right before the
 * nearest one after it that is; failing that (no result sheet in the workbook yet), after the last
 * sheet other than the marker. Sheets rewritten in place never move, and the clerk's sheets keep
 * their order among themselves, since a new sheet is only ever inserted.
 */
import { MARKER_SHEET } from '../port';
import { sheetNameKey } from './sheet-names';

const fold = sheetNameKey;

/**
 * The 0-based index report sheet `i` takes among `tabs` (the workbook's sheets in order, without
 * sheet `i` itself): it is inserted before the sheet now at that index, or after the last one when it
 * equals `tabs.length`. `report` gives, for each report sheet in the report's order, the name of the
 * tab that holds it now (rewritten in place, taking an old sheet's place, or already placed by this
 * run), or undefined when it is not placed yet.
 */
export function placeAt(tabs: readonly string[], report: readonly (string | undefined)[], i: number): number {
  const at = (j: number): number => {
    const name = report[j];
    return name === undefined ? -1 : tabs.findIndex((t) => fold(t) === fold(name));
  };
  for (let j = i - 1; j >= 0; j--) {
    const k = at(j);
    if (k >= 0) return k + 1;
  }
  for (let j = i + 1; j < report.length; j++) {
    const k = at(j);
    if (k >= 0) return k;
  }
  let end = tabs.length;
  while (end > 0 && fold(tabs[end - 1]) === fold(MARKER_SHEET)) end--;
  return end;
}
