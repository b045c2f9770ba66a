/**
 * Excel.RangeBorderCollection and Excel.RangeBorder (ExcelApi 1.1) over a range of the in-memory
 * workbook, as the API reference describes them:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex
 *
 * - `format.borders.getItem(index)` takes one of the eight BorderIndex names; any other is an
 *   InvalidArgument when the request runs (excel.rangebordercollection, getItem).
 * - The Edge* borders are the range's outline: EdgeTop is the top of its top row's cells, and so on;
 *   InsideHorizontal and InsideVertical are the lines between its rows and between its columns, so a
 *   range of one row has no inside horizontal line (excel.borderindex).
 * - `style` is a BorderLineStyle ("None", "Continuous", "Dash", ...), `weight` a BorderWeight
 *   ("Hairline", "Thin", "Medium", "Thick"), `color` "#RRGGBB" or an HTML colour name
 *   (excel.rangeborder); anything else is an InvalidArgument. A side without a line reads as style
 *   "None", weight "Thin", colour "#000000", Excel's untouched cell.
 * - Read over a range whose cells differ, a property is null, as the API's format properties answer
 *   for a range that is not uniform (excel.rangebordercollection, tintAndShade: "A null value
 *   indicates that the entire border collection doesn't have a uniform ... setting").
 * - `sideIndex` reads back the index the border was taken by.
 * Each cell keeps its own four sides (and two diagonals), as a cell's border in a file does; an inside
 * line is kept on the cells either side of it.
 */
import type ExcelJS from 'exceljs';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { withFormat } from './format';
import type { CellModel } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import type { RangeTarget } from './range';

export type BorderSide = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

/** One side of one cell: a line, or style "None". */
export interface SideModel {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export type CellBorders = Readonly<Partial<Record<BorderSide, SideModel>>>;

const NO_LINE: SideModel = { style: 'None', color: '#000000', weight: 'Thin' };

const INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
type Index = (typeof INDEXES)[number];

const STYLES = new Set(['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot']);
const WEIGHTS = new Set(['Hairline', 'Thin', 'Medium', 'Thick']);
const HEX = /^#[0-9A-Fa-f]{6}$/;
const NAMED = /^[A-Za-z]{3,20}$/;

/** The cell sides a border index stands for over a range: [row, column, side] for each. */
function sidesOf(t: RangeTarget, index: Index): Array<readonly [number, number, BorderSide]> {
  const { top, left, bottom, right } = t.rect;
  const out: Array<readonly [number, number, BorderSide]> = [];
  const rows = (f: (r: number) => void) => {
    for (let r = top; r <= bottom; r++) f(r);
  };
  const cols = (f: (c: number) => void) => {
    for (let c = left; c <= right; c++) f(c);
  };
  switch (index) {
    case 'EdgeTop':
      cols((c) => out.push([top, c, 'top']));
      break;
    case 'EdgeBottom':
      cols((c) => out.push([bottom, c, 'bottom']));
      break;
    case 'EdgeLeft':
      rows((r) => out.push([r, left, 'left']));
      break;
    case 'EdgeRight':
      rows((r) => out.push([r, right, 'right']));
      break;
    case 'InsideHorizontal':
      for (let r = top; r < bottom; r++) cols((c) => out.push([r, c, 'bottom'], [r + 1, c, 'top']));
      break;
    case 'InsideVertical':
      for (let c = left; c < right; c++) rows((r) => out.push([r, c, 'right'], [r, c + 1, 'left']));
      break;
    case 'DiagonalDown':
      rows((r) => cols((c) => out.push([r, c, 'diagonalDown'])));
      break;
    case 'DiagonalUp':
      rows((r) => cols((c) => out.push([r, c, 'diagonalUp'])));
      break;
  }
  return out;
}

function sideOf(cell: CellModel | undefined, side: BorderSide): SideModel {
  return cell?.fmt?.borders?.[side] ?? NO_LINE;
}

type Prop = keyof SideModel;

function readSide(t: RangeTarget, index: Index, prop: Prop): unknown {
  const sides = sidesOf(t, index);
  if (sides.length === 0) return NO_LINE[prop];
  let seen: string | undefined;
  for (const [r, c, side] of sides) {
    const v = sideOf(t.sheet.cell(r, c), side)[prop];
    if (seen === undefined) seen = v;
    else if (v !== seen) return null;
  }
  return seen;
}

function checkValue(prop: Prop, value: unknown, where: string): string {
  const ok =
    typeof value === 'string' &&
    (prop === 'style' ? STYLES.has(value) : prop === 'weight' ? WEIGHTS.has(value) : HEX.test(value) || NAMED.test(value));
  if (!ok) throw officeError('InvalidArgument', where, `"${String(value)}" is not a border ${prop}.`);
  return prop === 'color' && HEX.test(value) ? value.toUpperCase() : value;
}

function writeSide(t: RangeTarget, index: Index, prop: Prop, value: unknown, where: string): void {
  const v = checkValue(prop, value, where);
  t.sheet.assertWritable(where);
  for (const [r, c, side] of sidesOf(t, index)) {
    const cell = t.sheet.ensure(r, c);
    const next: SideModel = { ...sideOf(cell, side), [prop]: v };
    const borders: Record<string, SideModel> = { ...cell.fmt?.borders };
    if (next.style === 'None' && next.color === NO_LINE.color && next.weight === NO_LINE.weight) delete borders[side];
    else borders[side] = next;
    cell.fmt = withFormat(cell.fmt, 'borders', Object.keys(borders).length === 0 ? undefined : borders);
  }
}

interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: Index;
}

const BORDER: TypeInfo<BorderTarget> = {
  name: 'RangeBorder',
  props: {
    color: { get: (b) => readSide(b.range, b.index, 'color'), set: (b, v, w) => writeSide(b.range, b.index, 'color', v, w) },
    style: { get: (b) => readSide(b.range, b.index, 'style'), set: (b, v, w) => writeSide(b.range, b.index, 'style', v, w) },
    weight: { get: (b) => readSide(b.range, b.index, 'weight'), set: (b, v, w) => writeSide(b.range, b.index, 'weight', v, w) },
    sideIndex: { get: (b) => b.index },
  },
};

export class FakeRangeBorder extends FakeObject<BorderTarget> {
  constructor(ctx: FakeContext, resolver: () => BorderTarget | null, wire: Record<string, unknown>) {
    super(ctx, resolver, wire);
  }
  protected get info(): TypeInfo<BorderTarget> {
    return BORDER;
  }
  protected override isAlive(b: BorderTarget): boolean {
    return b.range.book.alive(b.range.sheet);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.write('color', v);
  }
  get style(): Excel.RangeBorder['style'] {
    return this.read('style');
  }
  set style(v: Excel.RangeBorder['style']) {
    this.write('style', v);
  }
  get weight(): Excel.RangeBorder['weight'] {
    return this.read('weight');
  }
  set weight(v: Excel.RangeBorder['weight']) {
    this.write('weight', v);
  }
  get sideIndex(): Excel.RangeBorder['sideIndex'] {
    return this.read('sideIndex');
  }
}

const COLLECTION: TypeInfo<RangeTarget> = { name: 'RangeBorderCollection', props: {} };

export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<RangeTarget> {
    return COLLECTION;
  }
  protected override isAlive(t: RangeTarget): boolean {
    return t.book.alive(t.sheet);
  }
  /** The border on one side of the range, by its BorderIndex name. */
  getItem(index: Index | Excel.BorderIndex): FakeRangeBorder {
    const where = 'RangeBorderCollection.getItem';
    return new FakeRangeBorder(
      this.ctx,
      () => {
        const range = this.live(where);
        if (!(INDEXES as readonly string[]).includes(index)) throw officeError('InvalidArgument', where, `"${String(index)}" is not a border index.`);
        return { range, index: index as Index };
      },
      { Name: 'getItem', ParentId: this.pathId, Args: [index] },
    );
  }
}

/** A line as a file keeps it (ECMA-376 ST_BorderStyle): Excel's style and weight in one name. */
function fileStyle(side: SideModel): ExcelJS.BorderStyle | undefined {
  const heavy = side.weight === 'Medium' || side.weight === 'Thick';
  switch (side.style) {
    case 'Continuous':
      return side.weight === 'Hairline' ? 'hair' : side.weight === 'Thick' ? 'thick' : heavy ? 'medium' : 'thin';
    case 'Dash':
      return heavy ? 'mediumDashed' : 'dashed';
    case 'DashDot':
      return heavy ? 'mediumDashDot' : 'dashDot';
    case 'DashDotDot':
      return heavy ? 'mediumDashDotDot' : 'dashDotDot';
    case 'Dot':
      return 'dotted';
    case 'Double':
      return 'double';
    case 'SlantDashDot':
      return 'slantDashDot';
    default:
      return undefined;
  }
}

/** A cell's borders for ExcelJS, when the in-memory workbook is saved as .xlsx. */
export function fileBorders(borders: CellBorders): Partial<ExcelJS.Borders> | undefined {
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = borders[side];
    const style = b && fileStyle(b);
    if (b && style) out[side] = { style, color: { argb: HEX.test(b.color) ? 'FF' + b.color.slice(1) : 'FF000000' } };
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Office's style and weight of a file's line name (the inverse of fileStyle). */
const FROM_FILE: Readonly<Record<string, readonly [string, string]>> = {
  hair: ['Continuous', 'Hairline'],
  thin: ['Continuous', 'Thin'],
  medium: ['Continuous', 'Medium'],
  thick: ['Continuous', 'Thick'],
  dashed: ['Dash', 'Thin'],
  mediumDashed: ['Dash', 'Medium'],
  dashDot: ['DashDot', 'Thin'],
  mediumDashDot: ['DashDot', 'Medium'],
  dashDotDot: ['DashDotDot', 'Thin'],
  mediumDashDotDot: ['DashDotDot', 'Medium'],
  dotted: ['Dot', 'Thin'],
  double: ['Double', 'Thick'],
  slantDashDot: ['SlantDashDot', 'Medium'],
};

/** A cell's borders as ExcelJS read them from a file, when the in-memory workbook is opened from .xlsx. */
export function bordersFromFile(border: Partial<ExcelJS.Borders> | undefined): CellBorders | undefined {
  const out: Partial<Record<BorderSide, SideModel>> = {};
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const b = border?.[side];
    const office = b?.style ? FROM_FILE[b.style] : undefined;
    if (!office) continue;
    const argb = b?.color?.argb;
    out[side] = { style: office[0], weight: office[1], color: argb ? '#' + argb.slice(-6).toUpperCase() : '#000000' };
  }
  return Object.keys(out).length === 0 ? undefined : out;
}
