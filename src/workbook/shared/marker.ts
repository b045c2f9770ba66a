/**
 * The ownership marker both adapters read and write: the very hidden sheet MARKER_SHEET, row 1
 * "sheet | key | fingerprint", then one row per sheet Kaoping wrote. A listed sheet whose values
 * still give the listed fingerprint is Kaoping's to replace; one a clerk has edited (or renamed, or
 * deleted) is not. A workbook marked by either adapter is read the same by the other.
 *
 * A listed sheet the clerk has edited stays listed (with the fingerprint of what Kaoping wrote), so
 * later runs still name it as edited rather than as the clerk's own. One more row, with no sheet
 * name and the key `inputs`, holds the fingerprint of the inputs the listed results were computed
 * from (engine/input-basis.ts), so a face can tell on opening whether they are out of date.
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

/** The marker row's key for the inputs' fingerprint (its sheet cell is blank). */
export const BASIS_KEY = 'inputs';

/** One marker row's cells (sheet, key, fingerprint) as an entry, or undefined when it is not one. */
export function markerEntry(name: unknown, key: unknown, print: unknown): MarkerEntry | undefined {
  return typeof name === 'string' && name !== '' && typeof key === 'string' && typeof print === 'string' ? { name, key, fingerprint: print } : undefined;
}

/** The inputs' fingerprint, when the row's cells (sheet, key, fingerprint) are the basis row. */
export function markerBasis(name: unknown, key: unknown, print: unknown): string | undefined {
  return (name === '' || name === null || name === undefined) && key === BASIS_KEY && typeof print === 'string' && print !== '' ? print : undefined;
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

/** The inputs' fingerprint a marker sheet read as a grid holds, if any. */
export function parseBasis(grid: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>): string | undefined {
  for (let r = 1; r < grid.length; r++) {
    const basis = markerBasis(grid[r]?.[0]?.value, grid[r]?.[1]?.value, grid[r]?.[2]?.value);
    if (basis !== undefined) return basis;
  }
  return undefined;
}

/** The marker sheet's rows for a list of entries, header first, then the inputs' fingerprint when given. */
export function markerRows(entries: readonly MarkerEntry[], basis?: string): string[][] {
  return [[...MARKER_HEADER], ...entries.map((e) => [e.name, e.key, e.fingerprint]), ...(basis ? [['', BASIS_KEY, basis]] : [])];
}

/** Marker entries told apart: sheets still as Kaoping wrote them, and sheets the clerk has edited. */
export interface MarkerSplit {
  readonly owned: readonly MarkerEntry[];
  readonly edited: readonly MarkerEntry[];
}

/**
 * Which listed sheets are still Kaoping's and which the clerk has edited. `rowsOf` gives a sheet's
 * cells, or undefined when the workbook has no sheet of that name (a deleted sheet is neither).
 */
export function splitEntries(
  entries: readonly MarkerEntry[],
  rowsOf: (name: string) => ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined> | undefined,
  marker: string,
): MarkerSplit {
  const owned: MarkerEntry[] = [];
  const edited: MarkerEntry[] = [];
  for (const e of entries) {
    if (e.name === marker) continue;
    const rows = rowsOf(e.name);
    if (rows === undefined) continue;
    if (stillOwned(e, rows)) owned.push(e);
    else edited.push(e);
  }
  // A sheet listed twice (as it was and as it is, by a commit cut short) is Kaoping's when either fits.
  const mine = new Set(owned.map((e) => e.name));
  const once = new Set<string>();
  return { owned, edited: edited.filter((e) => !mine.has(e.name) && !once.has(e.name) && once.add(e.name) !== undefined) };
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
