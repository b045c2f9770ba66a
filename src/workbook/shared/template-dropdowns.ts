/**
 * The template's dropdowns, planned once for both adapters: the rubric's kind column from the list of
 * kinds, the sources sheet's use column from its uses, the entries' 整改状态 from the statuses; the
 * entries' unit and item-id columns from the units sheet and the rubric. The sheets, header
 * rows and columns are the engine's own (findTables), so a dropdown sits where the engine reads and
 * lists what it will look up. The xlsx adapter writes the plan as the file's data validations, the
 * Office.js adapter through range.dataValidation.
 */
import { columnLetters, type WorkbookInput } from '../../engine/cells';
import { findTables } from '../../engine/header-rows';
import type { Lang } from '../../engine/types';
import { KINDS, STATUSES, USES } from './template-layout';

/** How far below the header the dropdowns reach. */
export const DROPDOWN_ROWS = 2000;

/** A column of cells, 0-based. */
export interface ColumnSpan {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Dropdown {
  readonly cells: ColumnSpan;
  /** The choices: a fixed list, or the cells of another column. */
  readonly source: readonly string[] | ColumnSpan;
  readonly title: string;
  readonly message: string;
}

const below = (sheet: string, headerRow: number, col: number): ColumnSpan => ({ sheet, col, top: headerRow + 1, bottom: headerRow + DROPDOWN_ROWS });

export function templateDropdowns(input: WorkbookInput, lang: Lang): Dropdown[] {
  const { byRole } = findTables(input);
  const { rubric, units, entries, sources } = byRole;
  const title = lang === 'zh' ? '不在列表中' : 'Not in the list';
  const message = lang === 'zh' ? '请从下拉列表中选择。' : 'Pick a value from the list.';
  const out: Dropdown[] = [];
  const add = (cells: ColumnSpan, source: Dropdown['source']) => out.push({ cells, source, title, message });
  if (rubric && rubric.cols.kind !== undefined) add(below(rubric.view.sheet, rubric.headerRow, rubric.cols.kind), KINDS[lang]);
  if (sources && sources.cols.use !== undefined) add(below(sources.view.sheet, sources.headerRow, sources.cols.use), USES[lang]);
  if (entries && units && entries.cols.unit !== undefined && units.cols.unit !== undefined) {
    add(below(entries.view.sheet, entries.headerRow, entries.cols.unit), below(units.view.sheet, units.headerRow, units.cols.unit));
  }
  if (entries && rubric && entries.cols.id !== undefined && rubric.cols.id !== undefined) {
    add(below(entries.view.sheet, entries.headerRow, entries.cols.id), below(rubric.view.sheet, rubric.headerRow, rubric.cols.id));
  }
  if (entries && entries.cols.status !== undefined) add(below(entries.view.sheet, entries.headerRow, entries.cols.status), STATUSES[lang]);
  return out;
}

/** A1 address of a span on its own sheet: "B2:B2001", or "$B$2:$B$2001" when absolute. */
export function spanAddress(span: ColumnSpan, absolute = false): string {
  const d = absolute ? '$' : '';
  const c = columnLetters(span.col);
  return `${d}${c}${d}${span.top + 1}:${d}${c}${d}${span.bottom + 1}`;
}
