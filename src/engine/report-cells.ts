/** Cell makers and page measures shared by the result sheets' layouts. */
import { displayWidth } from './text';
import type { CellStyle, ReportCell } from './types';

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_TEXT = 32767;

export type Row = ReportCell[];

export function t(value: string, style?: CellStyle): ReportCell {
  const v = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return style ? { value: v, style } : { value: v };
}
export function n(value: number, style: CellStyle = 'number'): ReportCell {
  return { value, style };
}
export const BLANK: ReportCell = { value: null };

/**
 * The widest a portrait A4 table may be, in Excel character units: 210 mm less Excel's default side
 * margins (0.7 in each) is 494 pt, about 88 characters of the default font with cell padding; a
 * little is kept in hand for fonts that run wider, so that nothing prints below 100%.
 */
export const PORTRAIT_WIDTH = 86;

/**
 * Whether columns of these widths print across A4 landscape at 100%: 297 mm less 0.7 in margins is
 * 741 pt; a column of w characters is w × 7 + 5 pixels of the default font, 0.75 pt each.
 */
export function fitsLandscape(widths: readonly number[]): boolean {
  return widths.reduce((s, w) => s + (w * 7 + 5) * 0.75, 0) <= 735;
}

/** Title text is 16 pt against the body's 11: how many body characters a title needs. */
export function titleWidth(text: string): number {
  return Math.ceil((displayWidth(text) * 16) / 11) + 2;
}

/** A title row: the text, and the same look over the rest of the table so it centres across it. */
export function titleRow(text: string, columns: number, style: CellStyle = 'title'): Row {
  return [t(text, style), ...Array.from({ length: Math.max(0, columns - 1) }, (): ReportCell => ({ value: null, style }))];
}

/**
 * The title lines of a notice over a table of `widths`: the assessment's name and the notice's own
 * title on one line when they fit, else on two. The table widens (its widest columns first, up to a
 * portrait page) so that each line fits across it.
 */
export function noticeTitles(assessment: string, own: string, widths: number[]): string[] {
  // 考评扣分情况通知单 joins as written, and so does 2024年; where a Latin letter meets the join the two are
  // words of their own: 考评 Deduction notice, Party review 扣分情况通知单.
  const one = /[A-Za-z]$/.test(assessment) || /^[A-Za-z]/.test(own) ? `${assessment} ${own}` : `${assessment}${own}`;
  const lines = assessment === '' ? [own] : titleWidth(one) <= Math.max(PORTRAIT_WIDTH * 0.8, sum(widths)) ? [one] : [assessment, own];
  const want = Math.min(PORTRAIT_WIDTH, Math.max(...lines.map(titleWidth)));
  const order = widths.map((w, i) => ({ w, i })).sort((x, y) => y.w - x.w || x.i - y.i);
  for (let k = 0; sum(widths) < want; k = (k + 1) % Math.min(3, order.length)) widths[order[k].i]++;
  return lines;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

const LINE = 16; // points a line of 11 pt text takes with a Chinese font in it
const PLAIN = 18;

/**
 * The width a text takes printed in a Chinese font, in Excel's character units: as displayWidth, with
 * curly quotes, the ellipsis, the dash, the middle dot and ※ as wide as a 汉字 (宋体 and Noto CJK
 * print them so; a terminal shows them narrow).
 */
export function printWidth(text: string): number {
  return displayWidth(text, true);
}

/**
 * A 汉字 of 11 pt is 11 pt wide: 14.7 px against the 7 px of the digit 0 that a column's width counts,
 * a little more than the two units displayWidth gives it.
 */
const WIDE = 2.1;

/**
 * The lines one paragraph (no line break) takes in a column of `width` characters, wrapping: whole
 * characters to a line, as a spreadsheet breaks CJK text, so eight 汉字 to a line of a column 18 wide
 * (17 units of room, and not the 8.5 an average gives: a text of 34 takes five lines, not four).
 */
function paragraphLines(text: string, width: number): number {
  const room = Math.max(WIDE, width - 1);
  const total = printWidth(text);
  if (total * (WIDE / 2) <= room) return 1;
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    // ASCII and the common 汉字 block without a call: the texts here are mostly those.
    const code = ch.charCodeAt(0);
    const units = code >= 0x20 && code < 0x7f ? 1 : code >= 0x4e00 && code <= 0x9fff ? 2 : printWidth(ch);
    const w = units === 2 ? WIDE : units;
    if (used > 0 && used + w > room) {
      lines++;
      used = w;
    } else used += w;
  }
  return lines;
}

/** The lines a text takes in a column of `width` characters, wrapping. */
function linesIn(text: string, width: number): number {
  if (!text.includes('\n')) return paragraphLines(text, width);
  return text.split('\n').reduce((n, part) => n + paragraphLines(part, width), 0);
}

/** Row heights in points: room for the title, headings, and each wrapped cell's lines. */
export function rowHeightsFor(rows: readonly Row[], widths: readonly number[]): number[] {
  // The same texts recur down a column (an item's name on every line that cites it): measured once each.
  const known = widths.map(() => new Map<string, number>());
  const lines = (text: string, i: number): number => {
    const seen = known[i]?.get(text);
    if (seen !== undefined) return seen;
    const count = linesIn(text, widths[i] ?? 8);
    known[i]?.set(text, count);
    return count;
  };
  return rows.map((row) => {
    let h = PLAIN;
    for (let i = 0; i < row.length; i++) {
      const c = row[i];
      if (c.style === 'title') h = Math.max(h, 26);
      else if (c.style === 'heading') h = Math.max(h, 21);
      else if ((c.style === 'wrap' || c.style === 'header' || c.style === 'center' || c.style === 'capNote') && typeof c.value === 'string') {
        h = Math.max(h, lines(c.value, i) * LINE + 3);
      }
    }
    return h;
  });
}

/** The width in characters a value needs, CJK counting double. */
export function fit(values: readonly string[], min: number, max: number): number {
  let w = min;
  for (const v of values) w = Math.max(w, displayWidth(v) + 2);
  return Math.min(max, w);
}

/**
 * A header column's width for its longest Latin word, bold, kept whole ("Recorded", never
 * Recorde / d): w letters of bold 11 pt text fit a column w + 1 characters wide (a width counts
 * the digit 0, wider than most letters, and the cell's margins). A Chinese header wraps between any
 * two characters and asks nothing here.
 */
export function headerWordWidth(text: string): number {
  const longest = Math.max(0, ...(text.match(/[A-Za-z0-9'’.%-]+/g) ?? []).map((x) => x.length));
  return longest === 0 ? 0 : longest + 1;
}

/** Column widths fitted to the widest content (CJK counts double), within readable bounds. */
export function fitWidths(rows: readonly Row[], decimals: number): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((c, i) => {
      if (c.value === null || c.style === 'title' || c.style === 'capNote' || c.style === 'wrap') return;
      const text = typeof c.value === 'number' ? (c.style === 'integer' ? String(c.value) : c.value.toFixed(decimals)) : c.value;
      // A header wraps (both adapters centre and wrap it): a long one takes two lines, not a wide column.
      const dw = printWidth(text);
      // ...but never inside a word: "Responsible" kept whole rather than broken as Responsib / le.
      const word = c.style === 'header' ? Math.max(0, ...(text.match(/[A-Za-z0-9'’.%-]+/g) ?? []).map((x) => x.length)) : 0;
      const w = Math.min(60, c.style === 'header' && dw > 10 ? Math.max(Math.ceil(dw / 2), word) + 2 : dw + 2);
      if (w > (widths[i] ?? 0)) widths[i] = w;
    });
  }
  for (let i = 0; i < widths.length; i++) widths[i] = Math.max(6, widths[i] ?? 6);
  return widths;
}
