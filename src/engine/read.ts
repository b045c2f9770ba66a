/** Reading one role's table row by row: text, numbers and error cells, with findings at the right cell. */
import { a1, cellText, isCellError, type Cell } from './cells';
import { cellAt, HEADERS, locateHeader, type ColumnKey, type GridView, type HeaderedTable } from './find';
import { messages, type About, type FindingParams, type Findings } from './findings';
import { fold, isNoValue, readNumber } from './text';
import type { FindingCode } from './types';

/** The clerk's names for a column, for messages: the header as written, else the first alias. */
export function columnName(role: keyof typeof HEADERS, key: ColumnKey): { zh: string; en: string } {
  const names = HEADERS[role].columns[key] ?? [key];
  return { zh: names[0], en: names[names.length - 1] };
}

/**
 * The role's table on a sheet, or undefined when it cannot be read: no header row (reported at the
 * sheet) or a needed column missing (reported at the header row, one finding per column).
 */
export function requireTable(view: GridView, role: keyof typeof HEADERS, findings: Findings): HeaderedTable | undefined {
  const table = locateHeader(view, role);
  if (table.headerRow < 0) {
    findings.add('MISSING_COLUMN', view.sheet, '', messages.noHeader(view.sheet));
    return undefined;
  }
  let ok = true;
  for (const key of HEADERS[role].needed) {
    if (table.cols[key] !== undefined) continue;
    const n = columnName(role, key);
    findings.add('MISSING_COLUMN', view.sheet, a1(table.headerRow, view.left), messages.missingColumn(view.sheet, n.zh, n.en));
    ok = false;
  }
  return ok ? table : undefined;
}

export function rowIsBlank(view: GridView, r: number): boolean {
  const row = view.rows[r];
  if (!row) return true;
  const end = Math.min(view.right, row.length - 1);
  for (let c = view.left; c <= end; c++) {
    const cl = row[c];
    if (!cl) continue;
    const v = cl.value;
    if (v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    return false;
  }
  return true;
}

export type NumberAt =
  | { readonly kind: 'none' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'invalid' };

const NONE: NumberAt = { kind: 'none' };
const INVALID: NumberAt = { kind: 'invalid' };

/** Reads one table's cells, reporting error values and unreadable numbers where they stand. */
export class TableReader {
  constructor(
    readonly table: HeaderedTable,
    private readonly findings: Findings,
  ) {}

  /** What the row being read concerns (its unit, item, period), given to the findings raised while reading it. */
  about: About = {};

  get sheet(): string {
    return this.table.view.sheet;
  }

  address(r: number, key: ColumnKey): string {
    const c = this.table.cols[key];
    return c === undefined ? '' : a1(r, c);
  }

  /** The absolute column of a key, if the table has it. */
  column(key: ColumnKey): number | undefined {
    return this.table.cols[key];
  }

  /** Raises a finding on this sheet about the row being read. */
  report(code: FindingCode, cell: string, params: FindingParams): void {
    this.findings.add(code, this.sheet, cell, params, this.about);
  }

  has(key: ColumnKey): boolean {
    return this.table.cols[key] !== undefined;
  }

  /** Displayed text, folded and trimmed; '' for blank and the no-value marks. An error cell is reported. */
  text(r: number, key: ColumnKey): string {
    const c = this.table.cols[key];
    if (c === undefined) return '';
    return this.textAtCol(r, c);
  }

  /** Displayed text as {@link text} reads it, but an error cell is '' and not reported (it is reported where the cell is read). */
  peek(r: number, key: ColumnKey): string {
    const c = this.table.cols[key];
    const cl = c === undefined ? undefined : cellAt(this.table.view, r, c);
    if (!cl || isCellError(cl.value)) return '';
    const t = cellText(cl);
    return isNoValue(t) ? '' : fold(t);
  }

  /**
   * Reports a picture placed in a cell Kaoping reads (the header names the column as the clerk wrote
   * it); true when there was one. A picture in the reason column is a warning: the entry still counts.
   */
  picture(r: number, c: number, reason = false): boolean {
    const cl = cellAt(this.table.view, r, c);
    if (cl?.picture !== true) return false;
    const header = cellText(cellAt(this.table.view, this.table.headerRow, c)).trim();
    this.findings.add('PICTURE_IN_CELL', this.sheet, a1(r, c), messages.picture(header, reason), this.about);
    return true;
  }

  /** True when the key's cell holds a picture (reported where the cell is read). */
  isPicture(r: number, key: ColumnKey): boolean {
    const c = this.table.cols[key];
    return c !== undefined && cellAt(this.table.view, r, c)?.picture === true;
  }

  /** The reason as {@link rawText} reads it, and whether the cell held a picture (reported here) instead. */
  reason(r: number): { readonly text: string; readonly picture: boolean } {
    const c = this.table.cols.reason;
    if (c !== undefined && this.picture(r, c, true)) return { text: '', picture: true };
    return { text: this.rawText(r, 'reason'), picture: false };
  }

  /**
   * The cell when it holds text to read; undefined when it is empty, or holds a picture or an error
   * value, which are reported at the cell (PICTURE_IN_CELL, FORMULA_ERROR).
   */
  private readable(r: number, c: number): Cell | undefined {
    const cl = cellAt(this.table.view, r, c);
    if (!cl) return undefined;
    if (cl.picture === true) {
      this.picture(r, c);
      return undefined;
    }
    if (isCellError(cl.value)) {
      this.findings.add('FORMULA_ERROR', this.sheet, a1(r, c), messages.formulaError(cl.value.error), this.about);
      return undefined;
    }
    return cl;
  }

  textAtCol(r: number, c: number): string {
    const cl = this.readable(r, c);
    if (!cl) return '';
    const t = cellText(cl);
    return isNoValue(t) ? '' : fold(t);
  }

  /** Raw text (for reasons and item text): trimmed, not folded. */
  rawText(r: number, key: ColumnKey): string {
    const c = this.table.cols[key];
    const cl = c === undefined ? undefined : this.readable(r, c);
    if (!cl) return '';
    const t = cellText(cl).trim();
    return isNoValue(t) ? '' : t;
  }

  /** A number; 'invalid' (already reported) for error cells, bad text and, unless allowed, negatives. */
  number(r: number, key: ColumnKey, what: { zh: string; en: string }, allowNegative = false): NumberAt {
    const c = this.table.cols[key];
    if (c === undefined) return NONE;
    return this.numberAtCol(r, c, what, allowNegative);
  }

  numberAtCol(r: number, c: number, what: { zh: string; en: string }, allowNegative = false): NumberAt {
    const cl = cellAt(this.table.view, r, c);
    if (cl?.picture === true) {
      this.picture(r, c);
      return INVALID;
    }
    const n = readNumber(cl);
    // The address is made only for a finding: a long log reads two numbers a row.
    switch (n.kind) {
      case 'none':
        return NONE;
      case 'error':
        this.findings.add('FORMULA_ERROR', this.sheet, a1(r, c), messages.formulaError(n.error), this.about);
        return INVALID;
      case 'bad':
        this.findings.add('BAD_NUMBER', this.sheet, a1(r, c), messages.badNumber(what, n.text.trim()), this.about);
        return INVALID;
      case 'number':
        if (n.value < 0 && !allowNegative) {
          this.findings.add('NEGATIVE_POINTS', this.sheet, a1(r, c), messages.negative(cellText(cl).trim()), this.about);
          return INVALID;
        }
        return n;
    }
  }
}
