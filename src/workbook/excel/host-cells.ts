/**
 * Excel's cell values turned, once, into the engine's tagged union: Range.values, Range.text and
 * Range.valueTypes of one cell give a Cell (or nothing for a blank cell). Notes come separately.
 */
import type { Cell, CellValue } from '../../engine/cells';
import { parseA1 } from '../../engine/cells';

export function toValue(raw: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(raw) };
    case 'Boolean':
      return raw === true || raw === 'TRUE';
    case 'Double':
    case 'Integer':
      return typeof raw === 'number' ? raw : Number(raw);
    default:
      if (raw === null || raw === undefined) return null;
      if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
      return String(raw);
  }
}

function plainText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * One cell: its value, and the text Excel shows when that is not the plain rendering of the value.
 * A number too wide for its column shows as "####"; that says nothing about the number, so it is
 * left out and the value speaks for itself.
 */
export function toCell(raw: unknown, text: string, type: string, note: string | undefined): Cell | undefined {
  const value = toValue(raw, type);
  if (value === null && note === undefined) return undefined;
  const out: { value: CellValue; text?: string; note?: string } = { value };
  if (value !== null && text !== plainText(value) && !(typeof value === 'number' && /^#+$/.test(text))) out.text = text;
  if (note !== undefined) out.note = note;
  return out;
}

/**
 * The text of a note as the clerk wrote it: Excel starts a classic note with its author's name
 * ("张三:") on a line of its own, which is not part of what it says.
 */
export function noteText(content: string, author: string): string | undefined {
  let text = content.replace(/\r\n?/g, '\n');
  const name = author.trim();
  if (name) {
    const m = /^(.*?)[:：][ \t]*\n/.exec(text);
    if (m && m[1].trim() === name) text = text.slice(m[0].length);
  }
  text = text.trim();
  return text === '' ? undefined : text;
}

/** Sheet name and 0-based cell of an address Excel reports ("'My sheet'!D2"). */
export function splitAddress(address: string): { sheet: string; row: number; col: number } | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(address.slice(bang + 1).split(':')[0]);
  return cell && { sheet, row: cell.row, col: cell.col };
}
