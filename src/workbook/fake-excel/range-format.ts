/** Excel.RangeFormat, RangeFont and RangeFill over a range of the in-memory workbook. */
import { FakeRangeBorderCollection } from './borders';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { autofitWidth, formatValue, withFormat } from './format';
import { STANDARD_WIDTH } from '../shared/width';
import type { CellFormat, CellModel } from './model';
import { FakeObject, type PropDef, type TypeInfo } from './proxy';
import type { RangeTarget } from './range';

function eachCell(t: RangeTarget, f: (cell: CellModel) => void): void {
  const { top, left, bottom, right } = t.rect;
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(t.sheet.ensure(r, c));
}

function formatProp(key: keyof CellFormat, fallback: unknown): PropDef<RangeTarget> {
  return {
    get: (t) => formatValue(t, key, fallback),
    set: (t, v, where) => {
      t.sheet.assertWritable(where);
      eachCell(t, (cell) => (cell.fmt = withFormat(cell.fmt, key, v)));
    },
  };
}

/** A property Excel refuses (InvalidArgument) any value of but the named ones. */
function oneOf(key: keyof CellFormat, fallback: string, values: readonly string[]): PropDef<RangeTarget> {
  const prop = formatProp(key, fallback);
  return {
    get: prop.get,
    set: (t, v, where) => {
      if (typeof v !== 'string' || !values.includes(v)) throw officeError('InvalidArgument', where);
      t.sheet.assertWritable(where);
      eachCell(t, (cell) => (cell.fmt = withFormat(cell.fmt, key, v)));
    },
  };
}

const FONT: TypeInfo<RangeTarget> = {
  name: 'RangeFont',
  props: {
    bold: formatProp('bold', false),
    italic: formatProp('italic', false),
    color: formatProp('color', '#000000'),
    size: formatProp('size', 11),
    name: formatProp('fontName', 'Calibri'),
  },
};

const FILL: TypeInfo<RangeTarget> = { name: 'RangeFill', props: { color: formatProp('fill', '#FFFFFF') } };

const FORMAT: TypeInfo<RangeTarget> = {
  name: 'RangeFormat',
  props: {
    horizontalAlignment: formatProp('hAlign', 'General'),
    verticalAlignment: oneOf('vAlign', 'Bottom', ['Top', 'Center', 'Bottom', 'Justify', 'Distributed']),
    wrapText: formatProp('wrap', false),
    columnWidth: {
      get: (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right && widths.size < 2; c++) widths.add(t.sheet.widths.get(c) ?? STANDARD_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      set: (t, v, where) => {
        if (typeof v !== 'number' || !(v >= 0)) throw officeError('InvalidArgument', where);
        t.sheet.assertWritable(where);
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.widths.set(c, v);
      },
    },
    rowHeight: {
      get: (t) => {
        const heights = new Set<number>();
        for (let r = t.rect.top; r <= t.rect.bottom && heights.size < 2; r++) heights.add(t.sheet.heights.get(r) ?? 15);
        return heights.size === 1 ? [...heights][0] : null;
      },
      set: (t, v, where) => {
        // Excel takes 0 to 409 points.
        if (typeof v !== 'number' || !(v >= 0 && v <= 409)) throw officeError('InvalidArgument', where);
        t.sheet.assertWritable(where);
        for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.heights.set(r, v);
      },
    },
  },
};

class FakeRangePart extends FakeObject<RangeTarget> {
  constructor(
    ctx: FakeContext,
    resolver: () => RangeTarget | null,
    private readonly type: TypeInfo<RangeTarget>,
  ) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<RangeTarget> {
    return this.type;
  }
  protected override isAlive(t: RangeTarget): boolean {
    return t.book.alive(t.sheet);
  }
}

export class FakeRangeFont extends FakeRangePart {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, FONT);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.write('italic', v);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.write('size', v);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
}

export class FakeRangeFill extends FakeRangePart {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, FILL);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  clear(): void {
    this.invoke('clear', [], (t, where) => {
      t.sheet.assertWritable(where);
      eachCell(t, (cell) => (cell.fmt = withFormat(cell.fmt, 'fill', undefined)));
    });
  }
}

export class FakeRangeFormat extends FakeRangePart {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;

  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver, FORMAT);
    this.font = new FakeRangeFont(ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'Font');
    this.fill = new FakeRangeFill(ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'Fill');
    this.borders = new FakeRangeBorderCollection(ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'Borders');
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'font') return this.font as FakeObject<unknown>;
    if (name === 'fill') return this.fill as FakeObject<unknown>;
    return undefined;
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v);
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.write('rowHeight', v);
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this.write('horizontalAlignment', v);
  }
  /** ExcelApi 1.1; Bottom in a new sheet. */
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) {
    this.write('verticalAlignment', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.write('wrapText', v);
  }
  /** Gives each row back its automatic height (Excel measures the text; the model keeps no height). */
  autofitRows(): void {
    this.invoke('autofitRows', [], (t, where) => {
      t.sheet.assertWritable(where);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.heights.delete(r);
    });
  }
  /** Sets each column's width to fit the longest text the range shows in it. */
  autofitColumns(): void {
    this.invoke('autofitColumns', [], (t, where) => {
      t.sheet.assertWritable(where);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.widths.set(c, autofitWidth(t.sheet, c, t.rect.top, t.rect.bottom));
    });
  }
}
