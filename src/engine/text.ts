/** Text folding, number reading and rounding: the small rules every other part of the engine leans on. */
import { isCellError, type Cell, type CellValue } from './cells';

/** Full-width forms folded to half-width (NFKC), surrounding spaces trimmed. */
const foldMemo = new Map<string, string>();

export function fold(s: string): string {
  // Names, ids and periods repeat across thousands of rows: fold each distinct text once.
  let f = foldMemo.get(s);
  if (f === undefined) {
    f = s.normalize('NFKC').trim();
    if (foldMemo.size > 100_000) foldMemo.clear();
    foldMemo.set(s, f);
  }
  return f;
}

/** For matching names and headers: folded, lower-cased, all white space removed ("编  号" is 编号). */
export function matchKey(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

const NO_VALUE = new Set(['', '-', '—', '/', '－', '–', '——']);

/** True when a cell's text means "no value": blank, "-", "—", "/". */
export function isNoValue(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  // Every mark is one or two characters: only those need folding.
  return t.length <= 2 && NO_VALUE.has(t.normalize('NFKC'));
}

export type NumberRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'bad'; readonly text: string }
  | { readonly kind: 'error'; readonly error: string };

const NONE: NumberRead = { kind: 'none' };

/**
 * Reads a number from a cell: a number, or text such as "５", "０．５", " 2分 ", "3次", "30%".
 * Blank and the no-value marks give 'none'; an error value gives 'error'; anything else is 'bad'.
 */
export function readNumber(cell: Cell | undefined): NumberRead {
  if (!cell) return NONE;
  return readNumberValue(cell.value);
}

export function readNumberValue(v: CellValue): NumberRead {
  if (v === null) return NONE;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, percent: false } : { kind: 'bad', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'bad', text: v ? 'TRUE' : 'FALSE' };
  if (isCellError(v)) return { kind: 'error', error: v.error };
  return readNumberText(v);
}

const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/u;
const NUMBER_TEXT = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/u;

export function readNumberText(raw: string): NumberRead {
  let s = raw.normalize('NFKC').trim();
  if (NO_VALUE.has(s)) return NONE;
  if (s.length > 64) return { kind: 'bad', text: raw };
  s = s.replace(/\s+/gu, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.endsWith('分') || s.endsWith('次')) {
    s = s.slice(0, -1);
  }
  // A comma only as a thousands separator (1,000 and 12,345.5, as Excel itself reads them typed);
  // anywhere else it may be a decimal comma (0,5) or a slip (1,5), and reading it away would make
  // the number ten or a hundred times larger, so that is BAD_NUMBER.
  if (s.includes(',')) {
    if (!THOUSANDS.test(s)) return { kind: 'bad', text: raw };
    s = s.replace(/,/gu, '');
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m) return { kind: 'bad', text: raw };
  const n = Number(s);
  if (!Number.isFinite(n)) return { kind: 'bad', text: raw };
  return { kind: 'number', value: percent ? n / 100 : n, percent };
}

/** Rounds half away from zero to `decimals` places, immune to binary artefacts such as 2.675. */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  let scaled = Math.abs(x) * f;
  // Only a value near a half needs its binary artefact removed (1.005 x 100 = 100.49999999999999).
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) scaled = Number(scaled.toPrecision(15));
  const r = Math.round(scaled) / f;
  return x < 0 ? (r === 0 ? 0 : -r) : r;
}

/** Adds up floating numbers without drift that would show in the last printed decimal. */
export function clean(x: number): number {
  if (Math.abs(x) < 1e6) return Math.round(x * 1e9) / 1e9;
  return Number(x.toPrecision(12));
}

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0xfe00, 0xfe0f],
];

const within = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => ranges.some(([a, b]) => cp >= a && cp <= b);

/** East Asian ambiguous-width punctuation a Chinese font prints as wide as a 汉字: ‘ ’ “ ” … — · ※. */
function ambiguousWide(cp: number): boolean {
  return cp === 0x2018 || cp === 0x2019 || cp === 0x201c || cp === 0x201d || cp === 0x2026 || cp === 0x2014 || cp === 0x00b7 || cp === 0x203b;
}

/**
 * Displayed width of text in a fixed-width grid (a terminal, or Excel's columns counted in characters):
 * East Asian wide and fullwidth characters (汉字, ，, Ａ) take two, combining marks and controls none.
 * One rule for the result sheets' column widths and the command line's tables. `printed`: the text is
 * set in a Chinese font (a result sheet on paper), where curly quotes, the ellipsis, the dash, the
 * middle dot and ※ take two as well; a terminal shows them narrow.
 */
export function displayWidth(text: string, printed = false): number {
  let w = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0x20 && cp < 0x7f) {
      w++;
      continue;
    }
    // The common case on a Chinese sheet, before the range tables.
    if (cp >= 0x4e00 && cp <= 0x9fff) {
      w += 2;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || within(cp, ZERO)) continue;
    w += within(cp, WIDE) || (printed && ambiguousWide(cp)) ? 2 : 1;
  }
  return w;
}
