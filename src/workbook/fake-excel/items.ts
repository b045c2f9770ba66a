/** Notes, threaded comments and tables of the in-memory workbook (workbook- or sheet-wide collections). */
import { parseRect, splitSheet, type Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { noteKey, type BookModel, type NoteModel, type SheetModel, type TableModel } from './model';
import { FakeCollection, FakeObject, type TypeInfo } from './proxy';
import { requireApi } from './profiles';
import { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

/** The sheets a collection spans: the whole workbook, or one sheet. */
export type Scope = () => { readonly book: BookModel; readonly sheets: readonly SheetModel[] };

interface NoteTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
  readonly key: number;
  readonly note: NoteModel;
}

function cellRect(key: number): Rect {
  const row = Math.floor(key / 16_384);
  const col = key % 16_384;
  return { top: row, left: col, bottom: row, right: col };
}

const NOTE: TypeInfo<NoteTarget> = {
  name: 'Note',
  props: {
    content: {
      get: (t) => t.note.content,
      set: (t, v, where) => {
        if (typeof v !== 'string') throw officeError('InvalidArgument', where);
        t.sheet.assertWritable(where);
        t.note.content = v;
      },
    },
    authorName: { get: (t) => t.note.author },
  },
};

/** A classic note (Excel.Note) or a threaded comment (Excel.Comment): content, author and the cell it is on. */
export class FakeNote extends FakeObject<NoteTarget> {
  constructor(ctx: FakeContext, resolver: () => NoteTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<NoteTarget> {
    return NOTE;
  }
  protected override isAlive(t: NoteTarget): boolean {
    return t.book.alive(t.sheet) && t.sheet.notes.get(t.key) === t.note;
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.write('content', v);
  }
  get authorName(): string {
    return this.read('authorName');
  }
  getLocation(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.live('Note.getLocation');
        return { book: t.book, sheet: t.sheet, rect: cellRect(t.key) };
      },
      { Name: 'getLocation', ParentId: this.pathId, Args: [] },
    );
  }
  delete(): void {
    this.invoke('delete', [], (t, where) => {
      t.sheet.assertWritable(where);
      t.sheet.notes.delete(t.key);
    });
  }
}

/** workbook.notes / worksheet.notes (threaded = false) or workbook.comments (threaded = true). */
export class FakeNoteCollection extends FakeCollection<NoteTarget, FakeNote> {
  constructor(
    ctx: FakeContext,
    private readonly scope: Scope,
    private readonly threaded: boolean,
  ) {
    super(ctx, () => {
      const { book, sheets } = scope();
      const out: NoteTarget[] = [];
      for (const sheet of sheets) {
        const keys = [...sheet.notes.keys()].sort((a, b) => a - b);
        for (const key of keys) {
          const note = sheet.notes.get(key) as NoteModel;
          if (note.threaded === threaded) out.push({ book, sheet, key, note });
        }
      }
      return out;
    });
  }
  protected get info(): TypeInfo<null> {
    return { name: this.threaded ? 'CommentCollection' : 'NoteCollection', props: {} };
  }
  protected makeItem(model: NoteTarget): FakeNote {
    return new FakeNote(this.ctx, () => model);
  }
  /** A note (or comment) on a cell: "Sheet1!B2", or "B2" in a sheet's own collection. */
  add(cellAddress: string, content: string): FakeNote {
    const where = `${this.info.name}.add`;
    let made: NoteTarget | null = null;
    this.ctx.enqueue({
      wire: { ActionType: 'Method', Name: 'add', Args: [cellAddress, content] },
      run: () => {
        requireApi(this.ctx.host.profile, this.info.name, 'add');
        const { book, sheets } = this.scope();
        const { sheet: name, cells } = splitSheet(cellAddress);
        const sheet = name === undefined ? (sheets.length === 1 ? sheets[0] : undefined) : book.find(name);
        if (!sheet || !sheets.includes(sheet)) throw officeError('InvalidArgument', where, `No sheet for "${cellAddress}".`);
        const r = parseRect(cells, where);
        const key = noteKey(r.top, r.left);
        sheet.assertWritable(where);
        if (sheet.notes.has(key)) throw officeError('InvalidOperation', where, `The cell ${cellAddress} already has a note or comment.`);
        const note: NoteModel = { content, author: 'Kaoping', threaded: this.threaded };
        sheet.notes.set(key, note);
        made = { book, sheet, key, note };
      },
    });
    return new FakeNote(this.ctx, () => made);
  }
}

interface TableTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

const TABLE: TypeInfo<TableTarget> = { name: 'Table', props: { name: { get: (t) => t.table.name } } };

export class FakeTable extends FakeObject<TableTarget> {
  readonly worksheet: FakeWorksheet;

  constructor(ctx: FakeContext, resolver: () => TableTarget | null) {
    super(ctx, resolver);
    this.worksheet = new FakeWorksheet(ctx, () => {
      const t = this.resolve();
      return t && { book: t.book, sheet: t.sheet };
    });
  }
  protected get info(): TypeInfo<TableTarget> {
    return TABLE;
  }
  protected override isAlive(t: TableTarget): boolean {
    return t.book.alive(t.sheet) && t.sheet.tables.includes(t.table);
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    return name === 'worksheet' ? (this.worksheet as FakeObject<unknown>) : undefined;
  }
  get name(): string {
    return this.read('name');
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.live('Table.getRange');
        return { book: t.book, sheet: t.sheet, rect: t.table.rect };
      },
      { Name: 'getRange', ParentId: this.pathId, Args: [] },
    );
  }
}

export class FakeTableCollection extends FakeCollection<TableTarget, FakeTable> {
  constructor(ctx: FakeContext, scope: Scope) {
    super(ctx, () => {
      const { book, sheets } = scope();
      return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ book, sheet, table })));
    });
  }
  protected get info(): TypeInfo<null> {
    return { name: 'TableCollection', props: {} };
  }
  protected makeItem(model: TableTarget): FakeTable {
    return new FakeTable(this.ctx, () => model);
  }
}
