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
import { encodeXlsxText } from './safe-text';

export interface MarkerEntry {
  readonly name: string;
  readonly key: string;
  readonly fingerprint: string;
}

const HEADER = ['sheet', 'key', 'fingerprint'] as const;

export function markerSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === MARKER_SHEET);
}

export function readMarker(wb: ExcelJS.Workbook): MarkerEntry[] {
  const ws = markerSheet(wb);
  if (!ws) return [];
  const out: MarkerEntry[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    // Through the same conversion as any cell: a program that re-saves the file (LibreOffice) may
    // store the names as rich text.
    const [name, key, fingerprint] = [1, 2, 3].map((c) => toCell(row.getCell(c), false)?.value);
    if (typeof name === 'string' && typeof key === 'string' && typeof fingerprint === 'string') {
      out.push({ name, key, fingerprint });
    }
  });
  return out;
}

/** Replaces the marker sheet with one listing `entries`; it goes last and very hidden. */
export function writeMarker(wb: ExcelJS.Workbook, entries: readonly MarkerEntry[]): void {
  const old = markerSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  ws.addRow([...HEADER]);
  for (const e of entries) ws.addRow([encodeXlsxText(e.name), encodeXlsxText(e.key), e.fingerprint]);
}
