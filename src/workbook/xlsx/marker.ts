/**
 * The ownership marker: a very hidden sheet (MARKER_SHEET) listing the sheets Kaoping wrote, each with
 * its report key and the fingerprint of the values written. A listed sheet whose values still match
 * is Kaoping's to replace; one a clerk has edited (or renamed, or that was deleted) is not.
 *
 * Layout: row 1 is the header "sheet | key | fingerprint"; one row per sheet after it.
 */
import type ExcelJS from 'exceljs';
import { MARKER_SHEET } from '../port';
import { toCell } from './cell-value';
import { markerBasis, markerEntry, type MarkerEntry } from '../shared/marker';

export type { MarkerEntry };

export function markerSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === MARKER_SHEET);
}

export function readMarker(wb: ExcelJS.Workbook): MarkerEntry[] {
  return readMarkerAll(wb).entries;
}

/** The marker's entries and the fingerprint of the inputs its results were computed from, if any. */
export function readMarkerAll(wb: ExcelJS.Workbook): { entries: MarkerEntry[]; basis: string | undefined } {
  const ws = markerSheet(wb);
  const out: MarkerEntry[] = [];
  let basis: string | undefined;
  if (!ws) return { entries: out, basis };
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    // Through the same conversion as any cell: a program that re-saves the file (LibreOffice) may
    // store the names as rich text.
    const [name, key, fingerprint] = [1, 2, 3].map((c) => toCell(row.getCell(c), false)?.value);
    const entry = markerEntry(name, key, fingerprint);
    if (entry) out.push(entry);
    basis ??= markerBasis(name, key, fingerprint);
  });
  return { entries: out, basis };
}
