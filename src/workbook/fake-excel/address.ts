/** A1 addresses as Excel writes and accepts them: "B3", "A1:C5", "$1:$1", "A:C", "'My sheet'!A1:B2". */
import { columnIndex, columnLetters } from '../../engine/cells';
import { officeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function rectRows(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function rectColumns(r: Rect): number {
  return r.right - r.left + 1;
}

interface Corner {
  readonly row?: number;
  readonly col?: number;
}

function parseCorner(s: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return {
    col: m[1] === undefined ? undefined : columnIndex(m[1]),
    row: m[2] === undefined ? undefined : Number(m[2]) - 1,
  };
}

/** The sheet part (if any) and the cell part of an address. */
export function splitSheet(address: string): { sheet?: string; cells: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { cells: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1).trim() };
}

/** Parses the cell part of an address ("A1", "A1:C5", "3:3", "B:D"); throws InvalidArgument if it is not one. */
export function parseRect(cells: string, where: string): Rect {
  const parts = cells.split(':');
  if (parts.length > 2) throw officeError('InvalidArgument', where, `Bad address "${cells}".`);
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) throw officeError('InvalidArgument', where, `Bad address "${cells}".`);
  const wholeRows = a.col === undefined && b.col === undefined;
  const wholeCols = a.row === undefined && b.row === undefined;
  if (parts.length === 1 && (a.col === undefined || a.row === undefined)) {
    throw officeError('InvalidArgument', where, `Bad address "${cells}".`);
  }
  if ((a.col === undefined) !== (b.col === undefined) || (a.row === undefined) !== (b.row === undefined)) {
    throw officeError('InvalidArgument', where, `Bad address "${cells}".`);
  }
  const top = wholeCols ? 0 : Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = wholeCols ? MAX_ROWS - 1 : Math.max(a.row ?? 0, b.row ?? 0);
  const left = wholeRows ? 0 : Math.min(a.col ?? 0, b.col ?? 0);
  const right = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.col ?? 0, b.col ?? 0);
  if (bottom >= MAX_ROWS || right >= MAX_COLUMNS || top < 0 || left < 0) {
    throw officeError('InvalidArgument', where, `Address "${cells}" is outside the sheet.`);
  }
  return { top, left, bottom, right };
}

/** How Excel quotes a sheet name in an address: only when it holds anything but letters, digits, _ and . */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** The address Excel reports for a range: "Sheet1!A1:C5" (a single cell without the colon). */
export function formatAddress(sheet: string, r: Rect): string {
  const q = quoteSheet(sheet);
  const allColumns = r.left === 0 && r.right === MAX_COLUMNS - 1;
  const allRows = r.top === 0 && r.bottom === MAX_ROWS - 1;
  if (allColumns && !allRows) return `${q}!${r.top + 1}:${r.bottom + 1}`;
  if (allRows && !allColumns) return `${q}!${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const tl = columnLetters(r.left) + String(r.top + 1);
  const br = columnLetters(r.right) + String(r.bottom + 1);
  return `${q}!${tl === br ? tl : `${tl}:${br}`}`;
}
