/**
 * The in-memory workbook behind the fake Excel: sheets of cells with values, formulas, number formats,
 * fonts and fills, notes, tables, merges and page setup, and the structural rules Excel enforces on
 * them (sheet names, visibility, protection). Proxies read and change it only while a sync runs.
 */
import { officeError } from './errors';
import type { Rect } from './address';
import type { CellBorders } from './borders';

export type ModelValue = null | number | string | boolean | { readonly error: string };
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/** Font, fill and alignment of a cell. Shared and never changed in place: a change makes a new one. */
export interface CellFormat {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly size?: number;
  readonly fontName?: string;
  readonly fill?: string;
  readonly hAlign?: string;
  readonly wrap?: boolean;
  readonly borders?: CellBorders;
}

export interface CellModel {
  /** The value, or a formula's last result. */
  v: ModelValue;
  /** The formula, starting with "=". */
  f?: string;
  /** Number format; absent means General. */
  nf?: string;
  /** Entered with a leading apostrophe: text that Excel will not reinterpret. */
  q?: boolean;
  fmt?: CellFormat;
}

export interface NoteModel {
  content: string;
  author: string;
  /** A threaded comment (workbook.comments) rather than a classic note (workbook.notes). */
  threaded: boolean;
}

export interface TableModel {
  readonly name: string;
  readonly rect: Rect;
}

let nextSheetId = 1;

const BAD_NAME_CHARS = /[\\/?*:[\]]/;

export class SheetModel {
  readonly id = `{fake-sheet-${nextSheetId++}}`;
  visibility: Visibility = 'Visible';
  protected = false;
  rows: Array<Array<CellModel | undefined> | undefined> = [];
  /** Column widths in points, where set. */
  readonly widths = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  /** Notes and threaded comments by cell, keyed row * 16384 + column. */
  readonly notes = new Map<number, NoteModel>();
  tables: TableModel[] = [];
  freezeRows = 0;
  orientation: 'Portrait' | 'Landscape' = 'Portrait';
  printTitleRows: string | null = null;
  /** 0-based rows a printed page breaks before. */
  pageBreaks: number[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell, created blank if it does not exist yet. */
  ensure(row: number, col: number): CellModel {
    let r = this.rows[row];
    if (!r) {
      r = [];
      this.rows[row] = r;
    }
    let c = r[col];
    if (!c) {
      c = { v: null };
      r[col] = c;
    }
    return c;
  }

  /**
   * The smallest rectangle holding every cell with a value (valuesOnly) or also a format, or undefined
   * for an empty sheet: what Worksheet.getUsedRange() returns.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const used = cell.v !== null || cell.f !== undefined || (!valuesOnly && (cell.fmt !== undefined || cell.nf !== undefined));
        if (!used) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /** The merged area whose first cell is not (row, col) but which covers it. */
  coveredBy(row: number, col: number): Rect | undefined {
    return this.merges.find(
      (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left),
    );
  }

  assertWritable(where: string): void {
    if (this.protected) throw officeError('AccessDenied', where, `The sheet "${this.name}" is protected.`);
  }
}

export class BookModel {
  sheets: SheetModel[] = [];
  calculationMode: CalculationMode = 'Automatic';
  /** Workbook structure protection: no sheet may be added, deleted, renamed, hidden or moved. */
  structureProtected = false;
  /** A user is typing in a cell: Excel refuses every request until they leave the cell. */
  cellEditMode = false;
  date1904 = false;
  /** Times the screen was told to stop updating until the next sync. */
  screenSuspensions = 0;

  find(name: string): SheetModel | undefined {
    const key = sheetKey(name);
    return this.sheets.find((s) => sheetKey(s.name) === key);
  }

  /** Excel's rules for a sheet name: 1-31 characters, none of \ / ? * : [ ], no apostrophe at either end. */
  checkName(name: string, where: string, self?: SheetModel): void {
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || BAD_NAME_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || sheetKey(name) === 'HISTORY') {
      throw officeError('InvalidArgument', where, `"${String(name)}" is not a valid sheet name.`);
    }
    const other = this.find(name);
    if (other && other !== self) throw officeError('ItemAlreadyExists', where, `A sheet named "${name}" already exists.`);
  }

  assertStructureEditable(where: string): void {
    if (this.structureProtected) throw officeError('AccessDenied', where, 'The workbook structure is protected.');
  }

  /** A free default name: Sheet1, Sheet2, ... */
  defaultName(): string {
    for (let i = 1; ; i++) if (!this.find(`Sheet${i}`)) return `Sheet${i}`;
  }

  add(name: string | undefined, where: string): SheetModel {
    this.assertStructureEditable(where);
    const n = name ?? this.defaultName();
    this.checkName(n, where);
    const s = new SheetModel(n);
    this.sheets.push(s);
    return s;
  }

  remove(sheet: SheetModel, where: string): void {
    this.assertStructureEditable(where);
    if (sheet.visibility === 'VeryHidden') {
      throw officeError('InvalidOperation', where, 'A very hidden sheet cannot be deleted; make it visible or hidden first.');
    }
    const visibleLeft = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length;
    if (visibleLeft === 0) throw officeError('InvalidOperation', where, 'A workbook must keep at least one visible sheet.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  rename(sheet: SheetModel, name: string, where: string): void {
    if (sheet.name === name) return;
    this.assertStructureEditable(where);
    this.checkName(name, where, sheet);
    sheet.name = name;
  }

  setVisibility(sheet: SheetModel, v: Visibility, where: string): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw officeError('InvalidArgument', where);
    if (sheet.visibility === v) return;
    this.assertStructureEditable(where);
    if (v !== 'Visible' && !this.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
      throw officeError('InvalidOperation', where, 'A workbook must keep at least one visible sheet.');
    }
    sheet.visibility = v;
  }

  move(sheet: SheetModel, position: number, where: string): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw officeError('InvalidArgument', where);
    this.assertStructureEditable(where);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  position(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  alive(sheet: SheetModel): boolean {
    return this.sheets.includes(sheet);
  }
}

/** Excel compares sheet names without regard to case. */
export function sheetKey(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

export function noteKey(row: number, col: number): number {
  return row * 16_384 + col;
}
