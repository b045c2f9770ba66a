/**
 * The fingerprint of what a calculation read: each sheet the engine took for a role (rubric, units,
 * entries, score tables, settings, …), by name and by its values, in the roles' order. The adapters
 * keep it on the marker beside the result sheets it lists (workbook/shared/marker.ts), so a face can
 * tell, on opening a workbook, that the results there were computed from other data or settings than
 * the workbook holds now.
 *
 * Values only, numbers at the 15 significant digits Excel keeps: formats, notes and widths do not
 * count, so both adapters (and Excel versions without the notes API) agree on one workbook. Sheets no
 * role took (a clerk's own summary that refers to the results) never count, so Excel recalculating
 * such a sheet does not make the results look stale.
 *
 * The hash is the one the result sheets' fingerprints use (hasher.ts).
 */
import { isCellError, type CellValue, type WorkbookInput } from './cells';
import type { Assessment } from './types';
import { Hasher } from './hasher';

/** A value as the fingerprint takes it; undefined for a blank. */
function canonical(v: CellValue | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return 'n:' + (Number.isFinite(v) ? String(Number(v.toPrecision(15))) : String(v));
  if (typeof v === 'string') return v === '' ? undefined : 's:' + v.replace(/\r\n?/g, '\n');
  if (typeof v === 'boolean') return v ? 'b:1' : 'b:0';
  if (isCellError(v)) return 'e:' + v.error;
  return undefined;
}

/** The sheets the assessment read, each once, in the order of its roles. */
export function sheetsRead(assessment: Pick<Assessment, 'roles'>): string[] {
  const out: string[] = [];
  for (const r of assessment.roles) for (const name of r.sheets) if (!out.includes(name)) out.push(name);
  return out;
}

/** The fingerprint of the inputs `assessment` was made from, as "in1:" and 16 hex digits. */
export function inputFingerprint(input: WorkbookInput, assessment: Pick<Assessment, 'roles'>): string {
  const h = new Hasher();
  for (const name of sheetsRead(assessment)) {
    h.add(`#sheet\u0000${name}\u0000`);
    const rows = input.sheets.find((s) => s.name === name)?.rows ?? [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const s = canonical(row[c]?.value);
        if (s !== undefined) h.add(`${r},${c},${s}\u0000`);
      }
    }
  }
  return 'in1:' + h.digest();
}

/**
 * Whether the results already in the workbook were computed from other inputs than these; undefined
 * when the workbook holds no result sheet of Kaoping's, or no fingerprint of their inputs (a marker
 * from before it was kept), since then nothing can be said.
 */
export function resultsOutOfDate(input: WorkbookInput, assessment: Pick<Assessment, 'roles'>): boolean | undefined {
  if (input.resultsBasis === undefined || !input.sheets.some((s) => s.owned)) return undefined;
  return input.resultsBasis !== inputFingerprint(input, assessment);
}
