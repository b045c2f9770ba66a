/**
 * The ownership marker both adapters read and write: the very hidden sheet MARKER_SHEET, row 1
 * "sheet | key | fingerprint", then one row per sheet Kaoping wrote. A listed sheet whose values
 * still give the listed fingerprint is Kaoping's to replace; one a clerk has edited (or renamed, or
 * deleted) is not. A workbook marked by either adapter is read the same by the other.
 */
import type { Cell, CellValue } from '../../engine/cells';
import type { ReportSheet } from '../../engine/types';
import { fingerprint, matchesFingerprint, reportValues, type ValueGrid } from './fingerprint';

export interface MarkerEntry {
  readonly name: string;
  readonly key: string;
  readonly fingerprint: string;
}

export const MARKER_HEADER = ['sheet', 'key', 'fingerprint'] as const;

/** One marker row's cells (sheet, key, fingerprint) as an entry, or undefined when it is not one. */
export function markerEntry(name: unknown, key: unknown, print: unknown): MarkerEntry | undefined {
  return typeof name === 'string' && typeof key === 'string' && typeof print === 'string' ? { name, key, fingerprint: print } : undefined;
}

/** The entries listed on a marker sheet read as a grid (its first row is the header). */
export function parseMarker(grid: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>): MarkerEntry[] {
  const out: MarkerEntry[] = [];
  for (let r = 1; r < grid.length; r++) {
    const e = markerEntry(grid[r]?.[0]?.value, grid[r]?.[1]?.value, grid[r]?.[2]?.value);
    if (e) out.push(e);
  }
  return out;
}

/** The marker sheet's rows for a list of entries, header first. */
export function markerRows(entries: readonly MarkerEntry[]): string[][] {
  return [[...MARKER_HEADER], ...entries.map((e) => [e.name, e.key, e.fingerprint])];
}

/** The entry a result sheet gets once written. */
export function entryFor(sheet: ReportSheet): MarkerEntry {
  return { name: sheet.name, key: sheet.key, fingerprint: fingerprint(reportValues(sheet)) };
}

/** Only the values of a grid, as the fingerprint takes them. */
export function gridValues(rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>): ValueGrid {
  return rows.map((row) => row?.map((c): CellValue | undefined => c?.value));
}

/**
 * Whether a listed sheet, read back as `rows`, still holds exactly what Kaoping wrote there: numbers
 * compared at the 15 digits Excel keeps, in the scheme the entry was written with (fingerprint.ts).
 */
export function stillOwned(entry: MarkerEntry, rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined> | undefined): boolean {
  return rows !== undefined && matchesFingerprint(gridValues(rows), entry.fingerprint);
}
