/**
 * ExcelJS cell values converted, once, into the engine's tagged union (see engine/cells.ts), with the
 * text Excel displays for them (the cell's number format applied through numfmt) and the cell's note.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../../engine/cells';
import { dateToSerial, flattenRich, noteText, type RichRun } from '../shared/xlsx-values';
import { displayedNumber as formatted } from '../shared/number-format';

/** A raw ExcelJS value (no formula wrapper) as a CellValue. */
function plainValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return flattenRich(o.richText as RichRun[]);
    if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result, date1904);
    // A hyperlink: its shown text, itself plain or rich.
    if ('hyperlink' in o || 'text' in o) {
      const t = o.text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
        return flattenRich((t as { richText: RichRun[] }).richText);
      }
      return '';
    }
  }
  throw new Error(`unrecognised cell value: ${JSON.stringify(v)}`);
}

/** The engine's view of one ExcelJS cell, or undefined when the cell is blank without a note. */
export function toCell(c: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  // The other cells of a merged range echo the first cell's value; in Excel they are blank.
  if (c.type === ExcelJS.ValueType.Merge) return undefined;
  const value = plainValue(c.value, date1904);
  const note = noteText(c.note);
  let text: string | undefined;
  if (typeof value === 'number') text = formatted(value, c.numFmt, date1904);
  if (value === null && note === undefined) return undefined;
  const out: { value: CellValue; text?: string; note?: string } = { value };
  if (text !== undefined) out.text = text;
  if (note !== undefined) out.note = note;
  return out;
}
