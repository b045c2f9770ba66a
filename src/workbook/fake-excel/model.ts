/**
 * The in-memory workbook behind the fake Excel: sheets of cells with values, formulas, number formats,
 * fonts and fills, notes, tables, merges and page setup, and the structural rules Excel enforces on
 * them (sheet names, visibility, protection). Proxies read and change it only while a sync runs.
 */
import { officeError } from './errors';
import type { Rect } from './address';
import type { CellBorders } from './borders';
import { deleteInFormula, renameInFormula } from './references';
import { STRICT, type StrictRules } from './strict';

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
  /** RangeFormat.verticalAlignment; absent means Excel's default, Bottom. */
  readonly vAlign?: string;
  readonly wrap?: boolean;
  readonly borders?: CellBorders;
}

/**
 * A picture placed in a cell (Microsoft 365's Place in Cell, or IMAGE()): a rich value. Range.values
 * gives its basic value, "#VALUE!", and Range.valueTypes "Error" (learn.microsoft.com, "Excel
 * JavaScript API data types core concepts": values "only returns one of the four basic types:
 * string, number, boolean, or error (as a string)"; WebImageCellValue: basicType "Error", basicValue
 * "#VALUE!"); only Range.valuesAsJson (ExcelApi 1.16) tells it is an image, by its `type`.
 */
export interface CellImage {
  readonly type: 'WebImage' | 'LocalImage';
  /** A web image's address; a picture inserted from a file has none. */
  readonly address?: string;
  readonly altText?: string;
}

export interface CellModel {
  /** The value, or a formula's last result. A picture placed in the cell (`img`) has the error #VALUE!. */
  v: ModelValue;
  img?: CellImage;
  /** The formula, starting with "=". */
  f?: string;
  /** Number format; absent means General. */
  nf?: string;
  /** Entered with a leading apostrophe: text that Excel will not reinterpret. */
  q?: boolean;
  fmt?: CellFormat;
  /** A hyperlink: a place in the workbook ('Sheet'!A1) or an address. */
  link?: { readonly documentReference?: string; readonly address?: string; readonly screenTip?: string };
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
  /** Row heights in points, where set. */
  readonly heights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  merges: Rect[] = [];
  /** Notes and threaded comments by cell, keyed row * 16384 + column. */
  readonly notes = new Map<number, NoteModel>();
  tables: TableModel[] = [];
  freezeRows = 0;
  orientation: 'Portrait' | 'Landscape' = 'Portrait';
  /** PageLayout.centerHorizontally: centred between the side margins when printed. */
  centerHorizontally = false;
  printTitleRows: string | null = null;
  printTitleColumns: string | null = null;
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

/**
 * Excel itself rather than a workbook: what stays when a batch ends, a pane closes or another
 * workbook is opened. The calculation mode is here: "This is a runtime property. The calculationMode
 * setting is not persisted in the workbook" (Excel.Application.calculationMode, @types/office-js), it
 * applies to every open workbook, and it is not saved in the .xlsx (xlsx-io leaves it out).
 */
export class ApplicationModel {
  calculationMode: CalculationMode = 'Automatic';
  /** Times a batch asked Excel not to recalculate until its next sync. */
  apiCalculationSuspensions = 0;
}

/**
 * A reference held outside cells: a chart's series, a defined name, a print area. Each is a formula
 * over sheets, kept by Excel through renames and broken (#REF!) by deletions exactly as cell formulas
 * are. The fake keeps them as formulas only (a clerk's chart on 结果-总分, say), to check that Kaoping
 * leaves them pointing where they pointed.
 */
export interface ReferenceModel {
  readonly kind: 'chart' | 'name' | 'printArea';
  /** The chart's or name's own label. */
  readonly label: string;
  formula: string;
}

export class BookModel {
  sheets: SheetModel[] = [];
  /** Charts' series, defined names and print areas: references that are not in cells. */
  references: ReferenceModel[] = [];
  /** The sheet the clerk looks at; unset means the first visible sheet (as a new or opened workbook shows). */
  private activeSheet: SheetModel | undefined;
  /** Set by the FakeExcel that holds the book. */
  rules: StrictRules = STRICT;
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

  /** The active sheet: the one last activated while it is there and visible, else the first visible one. */
  active(): SheetModel | undefined {
    const a = this.activeSheet;
    if (a && this.alive(a) && a.visibility === 'Visible') return a;
    return this.sheets.find((s) => s.visibility === 'Visible');
  }

  activate(sheet: SheetModel, where: string): void {
    if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', where, `The sheet "${sheet.name}" is hidden and cannot be activated.`);
    this.activeSheet = sheet;
  }

  /**
   * Excel on the web refuses to rename or delete the sheet being shown: renaming it shows "Invalid
   * Sheet. The worksheet that you requested does not exist in the workbook." (office-js #3218), and a
   * sheet deleted while a request is under way fails the request with InvalidRequestContext, "The
   * request cannot be processed because the specified worksheet cannot be found" (office-js #6964).
   * The in-memory Excel keeps that rule on every host profile: code that passes here passes on the web
   * and on Windows alike.
   */
  private assertNotActive(sheet: SheetModel, where: string, doing: 'rename' | 'delete'): void {
    if (!this.rules.activeSheet || sheet !== this.active()) return;
    if (doing === 'rename') {
      throw officeError('InvalidOperation', where, `Invalid Sheet: the active sheet "${sheet.name}" cannot be renamed (office-js #3218); activate another sheet first.`);
    }
    throw officeError('InvalidRequestContext', where, `The active sheet "${sheet.name}" cannot be deleted while the request runs (office-js #6964); activate another sheet first.`);
  }

  /** Every formula in the workbook, with a function that replaces it. */
  private eachFormula(visit: (cell: CellModel) => void): void {
    for (const s of this.sheets) for (const row of s.rows) if (row) for (const cell of row) if (cell?.f !== undefined) visit(cell);
  }

  remove(sheet: SheetModel, where: string): void {
    this.assertStructureEditable(where);
    this.assertNotActive(sheet, where, 'delete');
    if (sheet.visibility === 'VeryHidden') {
      throw officeError('InvalidOperation', where, 'A very hidden sheet cannot be deleted; make it visible or hidden first.');
    }
    const visibleLeft = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length;
    if (visibleLeft === 0) throw officeError('InvalidOperation', where, 'A workbook must keep at least one visible sheet.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.eachFormula((cell) => {
      const { formula, broken } = deleteInFormula(cell.f as string, sheet.name);
      if (!broken) return;
      cell.f = formula;
      cell.v = { error: '#REF!' };
    });
    for (const r of this.references) r.formula = deleteInFormula(r.formula, sheet.name).formula;
  }

  rename(sheet: SheetModel, name: string, where: string): void {
    if (sheet.name === name) return;
    this.assertStructureEditable(where);
    this.checkName(name, where, sheet);
    this.assertNotActive(sheet, where, 'rename');
    const old = sheet.name;
    sheet.name = name;
    this.eachFormula((cell) => (cell.f = renameInFormula(cell.f as string, old, name)));
    for (const r of this.references) r.formula = renameInFormula(r.formula, old, name);
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
