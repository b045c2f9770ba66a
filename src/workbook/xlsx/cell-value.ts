/**
 * ExcelJS cell values converted, once, into the engine's tagged union (see engine/cells.ts), with the
 * text Excel displays for them (the cell's number format applied through numfmt) and the cell's note.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../../engine/cells';
import { displayedNumber as formatted } from '../shared/number-format';

const MS_PER_DAY = 86_400_000;
/** Days from the Excel epochs (1899-12-30, or 1904-01-01 in the 1904 date system) to 1970-01-01. */
const EPOCH_1900 = 25_569;
const EPOCH_1904 = 24_107;

/** ExcelJS hands dates over as JS Dates read as UTC; Excel keeps them as serial day numbers. */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + (date1904 ? EPOCH_1904 : EPOCH_1900);
  // Serials are whole seconds at most; drop the float noise of the division.
  return Math.round(serial * 86_400) / 86_400;
}

type RichRun = { readonly text?: unknown };

function flattenRich(runs: readonly RichRun[]): string {
  let s = '';
  for (const run of runs) if (typeof run.text === 'string') s += run.text;
  return s;
}

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

/**
 * The plain text of a note. Excel's modern (threaded) comments reach older readers as a note that
 * starts "[Threaded comment]" and holds the text after "Comment:"; a classic note often starts with
 * its author's name in bold ("张三:"), which is not part of what the note says.
 */
export function noteText(note: unknown): string | undefined {
  let text: string;
  if (typeof note === 'string') text = note;
  else if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    const runs = (note as { texts: Array<{ text?: unknown; font?: { bold?: boolean } }> }).texts;
    const first = runs[0];
    const author = runs.length > 1 && first?.font?.bold && typeof first.text === 'string' && /[:：]\s*$/.test(first.text);
    text = flattenRich(author ? runs.slice(1) : runs);
  } else return undefined;
  if (text.startsWith('[Threaded comment]')) {
    const at = text.indexOf('\nComment:');
    if (at >= 0) text = text.slice(at + '\nComment:'.length);
    // Replies follow as "\nReply:"; the first comment is the note.
    const reply = text.indexOf('\nReply:');
    if (reply >= 0) text = text.slice(0, reply);
  }
  text = text.replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

/** The engine's view of one ExcelJS cell, or undefined when the cell is blank without a note. */
export function toCell(c: ExcelJS.Cell, date1904: boolean): Cell | undefined {
  // The other cells of a merged range echo the first cell's value; in Excel they are blank.
  if (c.type === ExcelJS.ValueType.Merge) return undefined;
  const value = plainValue(c.value, date1904);
  const note = noteText(c.note);
  let text: string | undefined;
  if (typeof value === 'number') text = formatted(value, c.numFmt);
  if (value === null && note === undefined) return undefined;
  const out: { value: CellValue; text?: string; note?: string } = { value };
  if (text !== undefined) out.text = text;
  if (note !== undefined) out.note = note;
  return out;
}
