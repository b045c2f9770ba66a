/** Excel.Workbook, its worksheet collection and protection, and Excel.Application, over the in-memory book. */
import type { FakeContext } from './context';
import { officeError } from './errors';
import type { ApplicationModel, BookModel, CalculationMode, SheetModel } from './model';
import { FakeCollection, FakeObject, type TypeInfo } from './proxy';
import { FakeNoteCollection, FakeTableCollection } from './items';
import { FakeWorksheet, type SheetTarget } from './worksheet';

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.book.sheets);
  }
  protected get info(): TypeInfo<null> {
    return { name: 'WorksheetCollection', props: {} };
  }
  protected makeItem(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => ({ book: this.ctx.book, sheet }));
  }

  private lookup(key: string, orNull: boolean): FakeWorksheet {
    const name = orNull ? 'getItemOrNullObject' : 'getItem';
    return new FakeWorksheet(
      this.ctx,
      (): SheetTarget | null => {
        const book = this.ctx.book;
        const sheet = book.find(key) ?? book.sheets.find((s) => s.id === key);
        if (sheet) return { book, sheet };
        if (orNull) return null;
        throw officeError('ItemNotFound', `WorksheetCollection.${name}`, `There is no sheet "${key}".`);
      },
      { Name: name, Args: [key] },
    );
  }

  getItem(key: string): FakeWorksheet {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.lookup(key, true);
  }

  /** The sheet the clerk is looking at. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      (): SheetTarget => {
        const book = this.ctx.book;
        const sheet = book.active();
        if (!sheet) throw officeError('ItemNotFound', 'WorksheetCollection.getActiveWorksheet', 'No sheet is visible.');
        return { book, sheet };
      },
      { Name: 'getActiveWorksheet', Args: [] },
    );
  }

  /** A new sheet at the end of the workbook, named as given or Sheet<n>. */
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const book = this.ctx.book;
        return { book, sheet: book.add(name, 'WorksheetCollection.add') };
      },
      { Name: 'add', Args: name === undefined ? [] : [name] },
    );
  }
}

const BOOK_PROTECTION: TypeInfo<BookModel> = { name: 'WorkbookProtection', props: { protected: { get: (b) => b.structureProtected } } };

export class FakeWorkbookProtection extends FakeObject<BookModel> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.book);
  }
  protected get info(): TypeInfo<BookModel> {
    return BOOK_PROTECTION;
  }
  get protected(): boolean {
    return this.read('protected');
  }
  protect(): void {
    this.invoke('protect', [], (b) => (b.structureProtected = true));
  }
  unprotect(): void {
    this.invoke('unprotect', [], (b) => (b.structureProtected = false));
  }
}

const MODES: readonly CalculationMode[] = ['Automatic', 'AutomaticExceptTables', 'Manual'];

/** Excel.Application over the application model: one for every workbook of the fake (see ApplicationModel). */
const APPLICATION: TypeInfo<ApplicationModel> = {
  name: 'Application',
  props: {
    calculationMode: {
      get: (a) => a.calculationMode,
      set: (a, v, where) => {
        if (!MODES.includes(v as CalculationMode)) throw officeError('InvalidArgument', where);
        a.calculationMode = v as CalculationMode;
      },
    },
  },
};

export class FakeApplication extends FakeObject<ApplicationModel> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.host.application);
  }
  protected get info(): TypeInfo<ApplicationModel> {
    return APPLICATION;
  }
  get calculationMode(): Excel.Application['calculationMode'] {
    return this.read('calculationMode');
  }
  set calculationMode(v: Excel.Application['calculationMode']) {
    this.write('calculationMode', v);
  }
  /** Excel stops redrawing until the next sync; the fake counts it. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.invoke('suspendScreenUpdatingUntilNextSync', [], () => this.ctx.book.screenSuspensions++);
  }
  /** Excel does not recalculate for this batch's changes until the next sync; the fake counts it. */
  suspendApiCalculationUntilNextSync(): void {
    this.invoke('suspendApiCalculationUntilNextSync', [], (a) => a.apiCalculationSuspensions++);
  }
}

export class FakeWorkbook extends FakeObject<BookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeNoteCollection;
  readonly protection: FakeWorkbookProtection;
  readonly application: FakeApplication;

  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.book);
    const all = (): { book: BookModel; sheets: SheetModel[] } => ({ book: ctx.book, sheets: ctx.book.sheets });
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, all);
    this.notes = new FakeNoteCollection(ctx, all, false);
    this.comments = new FakeNoteCollection(ctx, all, true);
    this.protection = new FakeWorkbookProtection(ctx);
    this.application = new FakeApplication(ctx);
  }
  protected get info(): TypeInfo<BookModel> {
    return { name: 'Workbook', props: {} };
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    const parts: Record<string, unknown> = {
      worksheets: this.worksheets,
      tables: this.tables,
      notes: this.notes,
      comments: this.comments,
      protection: this.protection,
      application: this.application,
    };
    return parts[name] as FakeObject<unknown> | undefined;
  }
}
