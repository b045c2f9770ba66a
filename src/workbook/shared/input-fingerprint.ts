/**
 * The fingerprint of what a calculation read: each sheet the engine took for a role (rubric, units,
 * entries, score tables, settings, …), by name and by its values, in the roles' order. The marker
 * keeps it beside the result sheets it lists, so a face can tell, on opening a workbook, that the
 * results there were computed from other data or settings than the workbook holds now.
 *
 * Values only, compared as the sheet fingerprint compares them (numbers at the 15 digits Excel
 * keeps): formats, notes and widths do not count, so both adapters (and Excel versions without the
 * notes API) agree on one workbook. Sheets no role took (a clerk's own summary that refers to the
 * results) never count, so recalculating in Excel does not make the results look stale.
 */
import type { WorkbookInput } from '../../engine/cells';
import type { Assessment } from '../../engine/types';
import { fingerprint } from './fingerprint';
import { gridValues } from './marker';

/** The sheets the assessment read, each once, in the order of its roles. */
export function sheetsRead(assessment: Pick<Assessment, 'roles'>): string[] {
  const out: string[] = [];
  for (const r of assessment.roles) for (const name of r.sheets) if (!out.includes(name)) out.push(name);
  return out;
}

export function inputFingerprint(input: WorkbookInput, assessment: Pick<Assessment, 'roles'>): string {
  const rows = sheetsRead(assessment).map((name) => {
    const sheet = input.sheets.find((s) => s.name === name);
    return [name, sheet ? fingerprint(gridValues(sheet.rows)) : ''];
  });
  return fingerprint([['inputs', rows.length], ...rows]);
}

/**
 * Whether the results already in the workbook were computed from other inputs than these: false
 * when the workbook holds no results of Kaoping's, or no fingerprint of their inputs (an older
 * marker), since then nothing can be said.
 */
export function resultsOutOfDate(input: WorkbookInput, assessment: Pick<Assessment, 'roles'>): boolean {
  if (input.resultsBasis === undefined || !input.sheets.some((s) => s.owned)) return false;
  return input.resultsBasis !== inputFingerprint(input, assessment);
}
