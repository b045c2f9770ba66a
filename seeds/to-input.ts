/**
 * Turns a sample workbook into the grids the engine reads, as the workbook adapters would: the value
 * as stored, the displayed text where the number format changes it, the note, error values.
 */
import type { Cell, CellValue, Sheet, WorkbookInput } from '../src/engine/cells';
import type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from './types';

function isSampleCell(v: SampleValue): v is SampleCell {
  return typeof v === 'object' && v !== null;
}

/** Rounds half away from zero, as Excel does when it displays a number with fewer decimals. */
function fixed(x: number, decimals: number): string {
  const scale = 10 ** decimals;
  // toPrecision(15) drops the binary noise (1.005 * 100 = 100.49999…) before rounding.
  const scaled = Math.round(Number((Math.abs(x) * scale).toPrecision(15)));
  const body = (scaled / scale).toFixed(decimals);
  return x < 0 && scaled !== 0 ? '-' + body : body;
}

/**
 * The text Excel shows for a number under a fixed-decimals or percent format ("0", "0.00", "0%",
 * "0.0%"), or undefined for any other format (shown as the plain value).
 */
export function formatNumber(value: number, numFmt: string): string | undefined {
  const m = /^0(?:\.(0+))?(%?)$/.exec(numFmt.trim());
  if (!m) return undefined;
  const decimals = m[1] ? m[1].length : 0;
  return m[2] ? fixed(value * 100, decimals) + '%' : fixed(value, decimals);
}

function toCell(v: SampleValue): Cell | undefined {
  if (!isSampleCell(v)) {
    return v === null ? undefined : { value: v };
  }
  const value: CellValue = v.error !== undefined ? { error: v.error } : v.v;
  const c: { value: CellValue; text?: string; note?: string } = { value };
  if (typeof value === 'number' && v.numFmt !== undefined) {
    const shown = formatNumber(value, v.numFmt);
    if (shown !== undefined && shown !== String(value)) c.text = shown;
  }
  if (v.note !== undefined) c.note = v.note;
  return c.value === null && c.note === undefined ? undefined : c;
}

function toSheet(s: SampleSheet): Sheet {
  return { name: s.name, rows: s.rows.map((row) => row.map(toCell)) };
}

export function sampleToInput(s: SampleWorkbook): WorkbookInput {
  return { sheets: s.sheets.map(toSheet) };
}
