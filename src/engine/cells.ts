/**
 * The grid the workbook adapters hand to the engine: what each cell holds, what Excel shows for it,
 * and its note. Host values are converted into this tagged union once, at the adapter boundary.
 */

/** An Excel error value such as #N/A or #REF!. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: nothing, a number, text, a boolean, or an error. Dates arrive as serial numbers. */
export type CellValue = null | number | string | boolean | CellError;

export interface Cell {
  readonly value: CellValue;
  /**
   * The text Excel displays for the cell (its number format applied). Omitted when it is the plain
   * rendering of the value (String(value) for numbers and text), so large grids stay small.
   */
  readonly text?: string;
  /** The cell's note or threaded comment, if any. */
  readonly note?: string;
  /**
   * True when the cell holds a picture placed in it (WPS 嵌入单元格图片, Microsoft 365 Place in Cell):
   * its value is then null, never the host's stand-in text (=DISPIMG(…), #VALUE!), and a column
   * Kaoping reads reports it where it stands.
   */
  readonly picture?: true;
}

/** An Excel table (ListObject) on a sheet, by its 0-based bounds including the header row. */
export interface TableRange {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Sheet {
  readonly name: string;
  /** rows[r][c] is the cell at row r+1, column c+1 (A1 is rows[0][0]). Missing cells are blank. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  readonly tables?: readonly TableRange[];
  /** True for a sheet Kaoping wrote earlier (the adapter recognises its marker). Never read as input. */
  readonly owned?: boolean;
  /**
   * True for a result sheet Kaoping wrote (listed in its marker) whose values the clerk has changed
   * since: not `owned`, so never replaced unless the clerk chooses so, and named as edited.
   */
  readonly edited?: boolean;
}

export interface WorkbookInput {
  readonly sheets: readonly Sheet[];
  /**
   * The fingerprint of the inputs the result sheets already in the workbook were computed from, as
   * the marker keeps it (input-basis.ts); undefined without one.
   */
  readonly resultsBasis?: string;
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

/** The displayed text of a cell ('' for blank). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.error;
}

/** Column letters for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const LETTERS: string[] = [];

/** A1 address for 0-based row and column. */
export function a1(row: number, col: number): string {
  let letters = LETTERS[col];
  if (letters === undefined) {
    letters = columnLetters(col);
    if (col < 16384) LETTERS[col] = letters;
  }
  return letters + (row + 1);
}

/** 0-based index of column letters: A -> 0, Z -> 25, AA -> 26 (the inverse of columnLetters). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** 0-based row and column of an A1 address, or undefined if it is not one. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Convenience for tests, fixtures and adapters: a cell from a plain value. */
export function cell(value: CellValue, text?: string, note?: string): Cell {
  const c: { value: CellValue; text?: string; note?: string } = { value };
  if (text !== undefined) c.text = text;
  if (note !== undefined) c.note = note;
  return c;
}
