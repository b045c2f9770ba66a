/** Excel.Range and its format objects, over a rectangle of a sheet of the in-memory workbook. */
import { formatAddress, parseRect, rectColumns, rectRows, type Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { apiFormula, apiValue, apiValueAsJson, displayText, enterFormula, enterNumberFormat, enterValue, valueType } from './input';
import { FakeRangeFormat } from './range-format';
import { FakeDataValidation } from './data-validation';
import type { BookModel, CellModel, SheetModel } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import { requireApi } from './profiles';

export interface RangeTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const CELL_PROPS = new Set(['values', 'text', 'formulas', 'numberFormat', 'valueTypes', 'valuesAsJson']);
const MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

function grid<V>(t: RangeTarget, f: (c: CellModel | undefined) => V): V[][] {
  const out: V[][] = [];
  const { top, left, bottom, right } = t.rect;
  for (let r = top; r <= bottom; r++) {
    const row = t.sheet.rows[r];
    const line: V[] = new Array<V>(right - left + 1);
    for (let c = left; c <= right; c++) line[c - left] = f(row?.[c]);
    out.push(line);
  }
  return out;
}

type Enter = (cell: CellModel, input: unknown, where: string) => void;

/**
 * Writes a 2-D array (its shape must be the range's) or one value for every cell. Every cell is
 * worked out before any is stored, so a bad value leaves the range as it was.
 */
function writeCells(t: RangeTarget, input: unknown, where: string, enter: Enter): void {
  t.sheet.assertWritable(where);
  const rows = rectRows(t.rect);
  const cols = rectColumns(t.rect);
  const isGrid = Array.isArray(input);
  if (isGrid && (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols))) {
    throw officeError('InvalidArgument', where, MISMATCH);
  }
  const staged: Array<[number, number, CellModel]> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const v: unknown = isGrid ? (input as unknown[][])[r][c] : input;
      if (v === null || v === undefined) continue;
      const row = t.rect.top + r;
      const col = t.rect.left + c;
      const cell: CellModel = { ...(t.sheet.cell(row, col) ?? { v: null }) };
      enter(cell, v, where);
      staged.push([row, col, cell]);
    }
  }
  for (const [row, col, cell] of staged) {
    const r = t.sheet.rows[row] ?? (t.sheet.rows[row] = []);
    r[col] = cell;
  }
}


const RANGE: TypeInfo<RangeTarget> = {
  name: 'Range',
  props: {
    values: { get: (t) => grid(t, apiValue), set: (t, v, w) => writeCells(t, v, w, enterValue) },
    text: { get: (t) => grid(t, (c) => displayText(c, t.book.date1904)) },
    formulas: { get: (t) => grid(t, apiFormula), set: (t, v, w) => writeCells(t, v, w, enterFormula) },
    numberFormat: {
      get: (t) => grid(t, (c) => c?.nf ?? 'General'),
      set: (t, v, w) => writeCells(t, v, w, enterNumberFormat),
    },
    valueTypes: { get: (t) => grid(t, valueType) },
    valuesAsJson: { get: (t) => grid(t, apiValueAsJson) },
    address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    rowCount: { get: (t) => rectRows(t.rect) },
    columnCount: { get: (t) => rectColumns(t.rect) },
    rowIndex: { get: (t) => t.rect.top },
    columnIndex: { get: (t) => t.rect.left },
    cellCount: { get: (t) => rectRows(t.rect) * rectColumns(t.rect) },
    hyperlink: {
      // Excel keeps a link per cell; reading gives the top-left cell's. textToDisplay becomes the cell's text.
      get: (t) => {
        const link = t.sheet.rows[t.rect.top]?.[t.rect.left]?.link;
        return link ? { ...link } : {};
      },
      set: (t, v, where) => {
        if (typeof v !== 'object' || v === null) throw officeError('InvalidArgument', where);
        t.sheet.assertWritable(where);
        const h = v as Excel.RangeHyperlink;
        const link = { documentReference: h.documentReference, address: h.address, screenTip: h.screenTip };
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          for (let c = t.rect.left; c <= t.rect.right; c++) {
            const cell = t.sheet.ensure(r, c);
            cell.link = link;
            if (typeof h.textToDisplay === 'string') {
              cell.v = h.textToDisplay;
              delete cell.f;
              delete cell.img;
            }
          }
        }
      },
    },
  },
};

export class FakeRange extends FakeObject<RangeTarget> {
  private fmt?: FakeRangeFormat;
  private validation?: FakeDataValidation;

  constructor(ctx: FakeContext, resolver: () => RangeTarget | null, wire?: Record<string, unknown>) {
    super(ctx, resolver, wire);
  }

  protected get info(): TypeInfo<RangeTarget> {
    return RANGE;
  }

  protected override isAlive(t: RangeTarget): boolean {
    return t.book.alive(t.sheet);
  }

  protected override checkRead(t: RangeTarget, props: readonly string[]): void {
    const cells = rectRows(t.rect) * rectColumns(t.rect);
    if (props.some((p) => CELL_PROPS.has(p)) && cells > this.ctx.host.limits.readCells) {
      throw officeError('RangeExceedsLimit', 'Range.load', `${cells} cells are more than one read may return.`);
    }
  }

  protected override nav(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? (this.format as FakeObject<unknown>) : undefined;
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.write('values', v);
  }
  get text(): string[][] {
    return this.read('text');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v);
  }
  get valueTypes(): Excel.Range['valueTypes'] {
    return this.read('valueTypes');
  }
  get valuesAsJson(): Excel.Range['valuesAsJson'] {
    return this.read('valuesAsJson');
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.read('hyperlink');
  }
  set hyperlink(v: Excel.RangeHyperlink) {
    this.write('hyperlink', v);
  }

  get format(): FakeRangeFormat {
    if (!this.fmt) this.fmt = new FakeRangeFormat(this.ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'Format');
    return this.fmt;
  }

  /** ExcelApi 1.8 (data-validation.ts). */
  get dataValidation(): FakeDataValidation {
    this.validation ??= new FakeDataValidation(this.ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'DataValidation');
    return this.validation;
  }

  private derived(name: string, args: readonly unknown[], rect: (r: Rect, where: string) => Rect): FakeRange {
    const where = `Range.${name}`;
    return new FakeRange(
      this.ctx,
      () => {
        requireApi(this.ctx.host.profile, 'Range', name);
        const t = this.live(where);
        return { book: t.book, sheet: t.sheet, rect: rect(t.rect, where) };
      },
      { Name: name, ParentId: this.pathId, Args: args },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived('getCell', [row, column], (r, w) => checked({ top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column }, w));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (r, w) => checked({ ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns }, w));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (r, w) =>
      checked({ top: r.top + rowOffset, left: r.left + columnOffset, bottom: r.bottom + rowOffset, right: r.right + columnOffset }, w),
    );
  }

  /** A range within this one by an address relative to its top-left cell ("A1" is that cell). */
  getRange(address: string): FakeRange {
    return this.derived('getRange', [address], (r, w) => {
      const inner = parseRect(address, w);
      return checked({ top: r.top + inner.top, left: r.left + inner.left, bottom: r.top + inner.bottom, right: r.left + inner.right }, w);
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.invoke('clear', [applyTo], (t, where) => {
      t.sheet.assertWritable(where);
      const { top, left, bottom, right } = t.rect;
      for (let r = top; r <= Math.min(bottom, t.sheet.rows.length - 1); r++) {
        const row = t.sheet.rows[r];
        if (!row) continue;
        for (let c = left; c <= Math.min(right, row.length - 1); c++) {
          const cell = row[c];
          if (!cell) continue;
          if (applyTo !== 'Formats') {
            cell.v = null;
            delete cell.f;
            delete cell.q;
            delete cell.img;
          }
          if (applyTo !== 'Contents') {
            delete cell.nf;
            delete cell.fmt;
          }
          if (cell.v === null && cell.nf === undefined && cell.fmt === undefined) row[c] = undefined;
        }
        if (row.every((c) => c === undefined)) t.sheet.rows[r] = undefined;
      }
      // A cleared tail leaves no empty rows behind: the model of a sheet depends only on its cells.
      while (t.sheet.rows.length > 0 && t.sheet.rows[t.sheet.rows.length - 1] === undefined) t.sheet.rows.pop();
    });
  }

  /** Selects the range, which activates its sheet. */
  select(): void {
    this.invoke('select', [], (t, where) => t.book.activate(t.sheet, where));
  }

  /** Every merged area that meets the range is split back into its cells (values stay where they are). */
  unmerge(): void {
    this.invoke('unmerge', [], (t, where) => {
      t.sheet.assertWritable(where);
      const r = t.rect;
      t.sheet.merges = t.sheet.merges.filter((m) => m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right);
    });
  }
}

function checked(r: Rect, where: string): Rect {
  if (r.top < 0 || r.left < 0 || r.bottom < r.top || r.right < r.left || r.bottom >= 1_048_576 || r.right >= 16_384) {
    throw officeError('InvalidArgument', where, 'The range would fall outside the sheet.');
  }
  return r;
}
