/**
 * The ownership marker in the layout the xlsx adapter writes (xlsx/marker.ts): the very hidden sheet
 * MARKER_SHEET, row 1 "sheet | key | fingerprint", then one row per sheet Kaoping wrote. The
 * fingerprint is the xlsx adapter's own function, so a workbook marked by either adapter is read
 * the same by the other.
 */
import type { CellValue } from '../../engine/cells';
import { fingerprint, reportValues, type ValueGrid } from '../xlsx/fingerprint';
import type { Grid } from './read-cells';

export { fingerprint, reportValues };

export interface MarkerEntry {
  readonly name: string;
  readonly key: string;
  readonly fingerprint: string;
}

export const MARKER_HEADER = ['sheet', 'key', 'fingerprint'] as const;

/** The entries listed on a marker sheet read as a grid. */
export function parseMarker(grid: Grid): MarkerEntry[] {
  const out: MarkerEntry[] = [];
  for (let r = 1; r < grid.length; r++) {
    const [name, key, print] = [0, 1, 2].map((c) => grid[r]?.[c]?.value);
    if (typeof name === 'string' && typeof key === 'string' && typeof print === 'string') out.push({ name, key, fingerprint: print });
  }
  return out;
}

/** The marker sheet's rows for a list of entries. */
export function markerRows(entries: readonly MarkerEntry[]): string[][] {
  return [[...MARKER_HEADER], ...entries.map((e) => [e.name, e.key, e.fingerprint])];
}

/** Only the values of a grid, as the fingerprint takes them. */
export function gridValues(grid: Grid): ValueGrid {
  return grid.map((row) => row?.map((c): CellValue | undefined => c?.value));
}

