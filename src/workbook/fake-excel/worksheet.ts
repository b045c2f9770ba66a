/** Excel.Worksheet of the in-memory workbook, with its freeze panes, page layout, page breaks and protection. */
import { columnLetters } from '../../engine/cells';
import { MAX_COLUMNS, MAX_ROWS, parseRect, splitSheet, type Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { sheetKey, type BookModel, type SheetModel, type Visibility } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import { requireApi } from './profiles';
import { FakeRange, type RangeTarget } from './range';
import { FakeChartCollection } from './charts';
import { FakeNoteCollection, FakeTableCollection } from './items';

export interface SheetTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
}

const WORKSHEET: TypeInfo<SheetTarget> = {
  name: 'Worksheet',
  props: {
    name: { get: (t) => t.sheet.name, set: (t, v, w) => t.book.rename(t.sheet, v as string, w) },
    id: { get: (t) => t.sheet.id },
    position: { get: (t) => t.book.position(t.sheet), set: (t, v, w) => t.book.move(t.sheet, v as number, w) },
    visibility: { get: (t) => t.sheet.visibility, set: (t, v, w) => t.book.setVisibility(t.sheet, v as Visibility, w) },
  },
};

abstract class SheetPart extends FakeObject<SheetTarget> {
  protected override isAlive(t: SheetTarget): boolean {
    return t.book.alive(t.sheet);
  }
}

export class FakeWorksheet extends SheetPart {
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreakCollection;
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;

  constructor(ctx: FakeContext, resolver: () => SheetTarget | null, wire?: Record<string, unknown>) {
    super(ctx, resolver, wire);
    const self = (): SheetTarget | null => this.resolve();
    const me = this as FakeObject<unknown>;
    this.freezePanes = new FakeFreezePanes(ctx, self).attach(me, 'FreezePanes');
    this.pageLayout = new FakePageLayout(ctx, self).attach(me, 'PageLayout');
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, self).attach(me, 'HorizontalPageBreaks');
    this.protection = new FakeWorksheetProtection(ctx, self).attach(me, 'Protection');
    this.charts = new FakeChartCollection(ctx, self).attach(me, 'Charts');
    const own = (): { book: BookModel; sheets: SheetModel[] } => {
      const t = this.live('Worksheet');
      return { book: t.book, sheets: [t.sheet] };
    };
    this.notes = new FakeNoteCollection(ctx, own, false);
    this.tables = new FakeTableCollection(ctx, own);
  }

  protected get info(): TypeInfo<SheetTarget> {
    return WORKSHEET;
  }

  protected override nav(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, FakeObject<unknown>> = {
      protection: this.protection as FakeObject<unknown>,
      pageLayout: this.pageLayout as FakeObject<unknown>,
      notes: this.notes as unknown as FakeObject<unknown>,
      tables: this.tables as unknown as FakeObject<unknown>,
    };
    return parts[name];
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(v: number) {
    this.write('position', v);
  }
  get visibility(): Excel.Worksheet['visibility'] {
    return this.read('visibility');
  }
  set visibility(v: Excel.Worksheet['visibility']) {
    this.write('visibility', v);
  }

  private range(name: string, args: readonly unknown[], rect: (t: SheetTarget, where: string) => Rect | null): FakeRange {
    const where = `Worksheet.${name}`;
    return new FakeRange(
      this.ctx,
      (): RangeTarget | null => {
        requireApi(this.ctx.host.profile, 'Worksheet', name);
        // A method on a null object fails (ItemNotFound), even an *OrNullObject one: the documentation
        // promises only that the *OrNullObject call itself returns a null object and that isNullObject
        // tells it ("Use *OrNullObject methods", application-specific-api-model.md), not that other calls
        // on that object pass through. The strict reading, so code that passes here passes on any Excel.
        if (!this.ctx.host.rules.nullObjects && this.resolve() === null) return null;
        const live = this.live(where);
        const r = rect(live, where);
        return r === null ? null : { book: live.book, sheet: live.sheet, rect: r };
      },
      { Name: name, ParentId: this.pathId, Args: args },
    );
  }

  /** The range at an address on this sheet; without one, the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.range('getRange', address === undefined ? [] : [address], (t, where) => {
      if (address === undefined || address === '') return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };
      const { sheet, cells } = splitSheet(address);
      if (sheet !== undefined && sheetKey(sheet) !== sheetKey(t.sheet.name)) {
        throw officeError('InvalidArgument', where, `"${address}" is not on sheet "${t.sheet.name}".`);
      }
      return parseRect(cells, where);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], (_t, where) => {
      const r = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (rowCount < 1 || columnCount < 1 || r.top < 0 || r.left < 0 || r.bottom >= MAX_ROWS || r.right >= MAX_COLUMNS) {
        throw officeError('InvalidArgument', where, 'The range would fall outside the sheet.');
      }
      return r;
    });
  }

  /** The used range; an empty sheet's is A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.range('getUsedRange', [valuesOnly ?? false], (t) => t.sheet.usedRect(valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** The used range, or a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.range('getUsedRangeOrNullObject', [valuesOnly ?? false], (t) => t.sheet.usedRect(valuesOnly ?? false) ?? null);
  }

  delete(): void {
    this.invoke('delete', [], (t, where) => t.book.remove(t.sheet, where));
  }

  /** Shows this sheet: it becomes the active sheet. */
  activate(): void {
    this.invoke('activate', [], (t, where) => t.book.activate(t.sheet, where));
  }
}

export class FakeFreezePanes extends SheetPart {
  constructor(ctx: FakeContext, resolver: () => SheetTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<SheetTarget> {
    return { name: 'WorksheetFreezePanes', props: {} };
  }
  freezeRows(rowCount = 1): void {
    this.invoke('freezeRows', [rowCount], (t, where) => {
      if (!Number.isInteger(rowCount) || rowCount < 0 || rowCount >= MAX_ROWS) throw officeError('InvalidArgument', where);
      t.sheet.freezeRows = rowCount;
    });
  }
  unfreeze(): void {
    this.invoke('unfreeze', [], (t) => (t.sheet.freezeRows = 0));
  }
}

const PAGE_LAYOUT: TypeInfo<SheetTarget> = {
  name: 'PageLayout',
  props: {
    orientation: {
      get: (t) => t.sheet.orientation,
      set: (t, v, where) => {
        if (v !== 'Portrait' && v !== 'Landscape') throw officeError('InvalidArgument', where);
        t.sheet.orientation = v;
      },
    },
    // "[Api set: ExcelApi 1.9]", as the whole PageLayout object (learn.microsoft.com, Excel.PageLayout).
    centerHorizontally: {
      get: (t) => t.sheet.centerHorizontally,
      set: (t, v, where) => {
        if (typeof v !== 'boolean') throw officeError('InvalidArgument', where);
        t.sheet.centerHorizontally = v;
      },
    },
  },
};

export class FakePageLayout extends SheetPart {
  constructor(ctx: FakeContext, resolver: () => SheetTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<SheetTarget> {
    return PAGE_LAYOUT;
  }
  get orientation(): Excel.PageLayout['orientation'] {
    return this.read('orientation');
  }
  set orientation(v: Excel.PageLayout['orientation']) {
    this.write('orientation', v);
  }
  /** Centred between the side margins when printed. */
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.write('centerHorizontally', v);
  }
  /** Rows repeated at the top of every printed page: "$1:$1". */
  setPrintTitleRows(printTitleRows: string): void {
    this.invoke('setPrintTitleRows', [printTitleRows], (t, where) => {
      const r = parseRect(splitSheet(printTitleRows).cells, where);
      if (r.left !== 0 || r.right !== MAX_COLUMNS - 1) throw officeError('InvalidArgument', where, 'Print titles must be whole rows.');
      t.sheet.printTitleRows = `$${r.top + 1}:$${r.bottom + 1}`;
    });
  }
  /** Columns repeated at the left of every printed page: "$A:$C". */
  setPrintTitleColumns(printTitleColumns: string): void {
    this.invoke('setPrintTitleColumns', [printTitleColumns], (t, where) => {
      const r = parseRect(splitSheet(printTitleColumns).cells, where);
      if (r.top !== 0 || r.bottom !== MAX_ROWS - 1) throw officeError('InvalidArgument', where, 'Print titles must be whole columns.');
      t.sheet.printTitleColumns = `$${columnLetters(r.left)}:$${columnLetters(r.right)}`;
    });
  }
}

export class FakePageBreakCollection extends SheetPart {
  constructor(ctx: FakeContext, resolver: () => SheetTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<SheetTarget> {
    return { name: 'PageBreakCollection', props: {} };
  }
  /** A manual page break before the top row of the given cell or range. */
  add(pageBreakRange: string): void {
    this.invoke('add', [pageBreakRange], (t, where) => {
      const row = parseRect(splitSheet(pageBreakRange).cells, where).top;
      if (row === 0) throw officeError('InvalidArgument', where, 'A page cannot break before the first row.');
      if (!t.sheet.pageBreaks.includes(row)) t.sheet.pageBreaks = [...t.sheet.pageBreaks, row].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.invoke('removePageBreaks', [], (t) => (t.sheet.pageBreaks = []));
  }
}

const PROTECTION: TypeInfo<SheetTarget> = { name: 'WorksheetProtection', props: { protected: { get: (t) => t.sheet.protected } } };

export class FakeWorksheetProtection extends SheetPart {
  constructor(ctx: FakeContext, resolver: () => SheetTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<SheetTarget> {
    return PROTECTION;
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(): void {
    this.invoke('protect', [], (t) => (t.sheet.protected = true));
  }
  unprotect(): void {
    this.invoke('unprotect', [], (t) => (t.sheet.protected = false));
  }
}
