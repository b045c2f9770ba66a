/**
 * Excel.ChartCollection and the chart members the result writer uses, on the in-memory workbook:
 * charts.add (ExcelApi 1.1), Chart.title.text and Chart.setPosition (1.1), series.getItemAt and
 * ChartSeries.name (1.1), ChartSeries.setXAxisValues (1.7), the legend's visible and position
 * (Excel.ChartLegend, 1.1), and the font of the chart area and of the title (Chart.format.font,
 * ChartTitle.format.font: Excel.ChartFont size and bold, 1.1), the category axis
 * (Chart.axes.categoryAxis, 1.1) and its reversePlotOrder (1.7), as learn.microsoft.com's Excel
 * JavaScript reference gives them (javascript/api/excel/excel.chartlegend, excel.chartfont,
 * excel.chartaxis). A chart is kept with its sheet and goes when the sheet is deleted.
 */
import { parseRect, splitSheet, type Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import type { SheetModel } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import type { FakeRange } from './range';
import type { SheetTarget } from './worksheet';

/** The API set each chart member needs, for the host profiles and the manifest's requirement. */
export const CHART_API_SETS: Readonly<Record<string, string>> = {
  'ChartCollection.add': '1.1',
  'ChartTitle.text': '1.1',
  'Chart.setPosition': '1.1',
  'ChartSeriesCollection.getItemAt': '1.1',
  'ChartSeries.name': '1.1',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartLegend.visible': '1.1',
  'ChartLegend.position': '1.1',
  'ChartAreaFormat.font': '1.1',
  'ChartTitleFormat.font': '1.1',
  'ChartFont.size': '1.1',
  'ChartFont.bold': '1.1',
  'ChartAxes.categoryAxis': '1.1',
  'ChartAxis.reversePlotOrder': '1.7',
};

const CHART_TYPES = new Set(['ColumnClustered', 'Line', 'LineMarkers', 'BarClustered', 'Pie']);

export interface SeriesModel {
  name: string;
  /** The cells of the series' values and, once set, of its category labels. */
  readonly values: Rect;
  xValues: Rect | null;
}

export interface FontModel {
  size: number | null;
  bold: boolean | null;
}

export interface ChartModel {
  readonly type: string;
  readonly source: Rect;
  title: string;
  position: { readonly from: Rect; readonly to: Rect } | null;
  readonly series: SeriesModel[];
  readonly legend: { visible: boolean; position: string };
  /** The chart area's font (all the chart's text) and the title's; null until set. */
  readonly font: FontModel;
  readonly titleFont: FontModel;
  /** Whether the categories are plotted last to first (a bar chart's first unit at the top). */
  categoriesReversed: boolean;
}

const LEGEND_POSITIONS = new Set(['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']);

const CHARTS = new WeakMap<SheetModel, ChartModel[]>();

/** The charts on a sheet, in the order they were added. */
export function chartsOf(sheet: SheetModel): readonly ChartModel[] {
  return CHARTS.get(sheet) ?? [];
}

interface ChartTarget extends SheetTarget {
  readonly chart: ChartModel;
}

function rectOf(arg: FakeRange | string, sheet: SheetModel, where: string): Rect {
  if (typeof arg === 'string') return parseRect(splitSheet(arg).cells, where);
  const t = arg.live(where);
  if (t.sheet !== sheet) throw officeError('InvalidArgument', where, 'The range is on another sheet.');
  return t.rect;
}

abstract class ChartPart<T extends ChartTarget> extends FakeObject<T> {
  protected override isAlive(t: T): boolean {
    return t.book.alive(t.sheet) && chartsOf(t.sheet).includes(t.chart);
  }
}

export class FakeChartCollection extends FakeObject<SheetTarget> {
  constructor(ctx: FakeContext, resolver: () => SheetTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<SheetTarget> {
    return { name: 'ChartCollection', props: {} };
  }
  protected override isAlive(t: SheetTarget): boolean {
    return t.book.alive(t.sheet);
  }

  /** A chart of the given type over `sourceData`, its series by column or by row. */
  add(type: Excel.ChartType | string, sourceData: FakeRange, seriesBy: Excel.ChartSeriesBy | string = 'Auto'): FakeChart {
    const where = 'ChartCollection.add';
    return new FakeChart(
      this.ctx,
      () => {
        const t = this.live(where);
        if (!CHART_TYPES.has(type)) throw officeError('InvalidArgument', where, `Chart type "${type}" is not supported here.`);
        const source = rectOf(sourceData, t.sheet, where);
        const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && source.right - source.left > source.bottom - source.top);
        const series: SeriesModel[] = [];
        const count = byRows ? source.bottom - source.top + 1 : source.right - source.left + 1;
        for (let i = 0; i < count; i++) {
          const values = byRows ? { ...source, top: source.top + i, bottom: source.top + i } : { ...source, left: source.left + i, right: source.left + i };
          series.push({ name: `Series${i + 1}`, values, xValues: null });
        }
        const chart: ChartModel = {
          type,
          source,
          title: '',
          position: null,
          series,
          legend: { visible: true, position: 'Right' },
          font: { size: null, bold: null },
          titleFont: { size: null, bold: null },
          categoriesReversed: false,
        };
        CHARTS.set(t.sheet, [...chartsOf(t.sheet), chart]);
        return { ...t, chart };
      },
      { Name: 'add', ParentId: this.pathId, Args: [type, sourceData.pathId, seriesBy] },
    );
  }
}

const CHART: TypeInfo<ChartTarget> = { name: 'Chart', props: {} };

export class FakeChart extends ChartPart<ChartTarget> {
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  readonly legend: FakeChartLegend;
  readonly format: FakeChartFormat;
  readonly axes: FakeChartAxes;

  constructor(ctx: FakeContext, resolver: () => ChartTarget | null, wire?: Record<string, unknown>) {
    super(ctx, resolver, wire);
    const self = (): ChartTarget | null => this.resolve();
    this.title = new FakeChartTitle(ctx, self).attach(this as FakeObject<unknown>, 'Title');
    this.series = new FakeChartSeriesCollection(ctx, self).attach(this as FakeObject<unknown>, 'Series');
    this.legend = new FakeChartLegend(ctx, self).attach(this as FakeObject<unknown>, 'Legend');
    this.format = new FakeChartFormat(ctx, self, 'ChartAreaFormat', (c) => c.font).attach(this as FakeObject<unknown>, 'Format');
    this.axes = new FakeChartAxes(ctx, self).attach(this as FakeObject<unknown>, 'Axes');
  }
  protected get info(): TypeInfo<ChartTarget> {
    return CHART;
  }
  /** Places the chart over the cells from `startCell` to `endCell`. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.invoke('setPosition', [startCell, endCell], (t, where) => {
      const from = rectOf(startCell, t.sheet, where);
      t.chart.position = { from, to: endCell === undefined ? from : rectOf(endCell, t.sheet, where) };
    });
  }
}

const TITLE: TypeInfo<ChartTarget> = {
  name: 'ChartTitle',
  props: { text: { get: (t) => t.chart.title, set: (t, v) => (t.chart.title = String(v)) } },
};

export class FakeChartTitle extends ChartPart<ChartTarget> {
  readonly format: FakeChartFormat;
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null) {
    super(ctx, resolver);
    this.format = new FakeChartFormat(ctx, () => this.resolve(), 'ChartTitleFormat', (c) => c.titleFont).attach(this as FakeObject<unknown>, 'Format');
  }
  protected get info(): TypeInfo<ChartTarget> {
    return TITLE;
  }
  get text(): string {
    return this.read('text');
  }
  set text(v: string) {
    this.write('text', v);
  }
}

const LEGEND: TypeInfo<ChartTarget> = {
  name: 'ChartLegend',
  props: {
    visible: { get: (t) => t.chart.legend.visible, set: (t, v) => (t.chart.legend.visible = Boolean(v)) },
    position: {
      get: (t) => t.chart.legend.position,
      set: (t, v, where) => {
        if (typeof v !== 'string' || !LEGEND_POSITIONS.has(v)) throw officeError('InvalidArgument', where, `Legend position "${String(v)}" is not one of Excel's.`);
        t.chart.legend.position = v;
      },
    },
  },
};

/** Excel.ChartLegend: whether it shows, and where. */
export class FakeChartLegend extends ChartPart<ChartTarget> {
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<ChartTarget> {
    return LEGEND;
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.write('visible', v);
  }
  get position(): Excel.ChartLegend['position'] {
    return this.read('position');
  }
  set position(v: Excel.ChartLegend['position']) {
    this.write('position', v);
  }
}

/** Excel.ChartAxes: here only the category axis. */
export class FakeChartAxes extends ChartPart<ChartTarget> {
  readonly categoryAxis: FakeChartAxis;
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null) {
    super(ctx, resolver);
    this.categoryAxis = new FakeChartAxis(ctx, () => this.resolve()).attach(this as FakeObject<unknown>, 'CategoryAxis');
  }
  protected get info(): TypeInfo<ChartTarget> {
    return { name: 'ChartAxes', props: {} };
  }
}

const AXIS: TypeInfo<ChartTarget> = {
  name: 'ChartAxis',
  props: { reversePlotOrder: { get: (t) => t.chart.categoriesReversed, set: (t, v) => (t.chart.categoriesReversed = Boolean(v)) } },
};

/** Excel.ChartAxis (the category axis): whether it plots last to first (ExcelApi 1.7). */
export class FakeChartAxis extends ChartPart<ChartTarget> {
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<ChartTarget> {
    return AXIS;
  }
  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }
  set reversePlotOrder(v: boolean) {
    this.write('reversePlotOrder', v);
  }
}

/** Excel.ChartAreaFormat or Excel.ChartTitleFormat: here only its font. */
export class FakeChartFormat extends ChartPart<ChartTarget> {
  readonly font: FakeChartFont;
  constructor(
    ctx: FakeContext,
    resolver: () => ChartTarget | null,
    private readonly typeName: string,
    pick: (c: ChartModel) => FontModel,
  ) {
    super(ctx, resolver);
    this.font = new FakeChartFont(ctx, () => this.resolve(), pick).attach(this as FakeObject<unknown>, 'Font');
  }
  protected get info(): TypeInfo<ChartTarget> {
    return { name: this.typeName, props: {} };
  }
}

/** Excel.ChartFont: size in points (Excel takes 1 to 409) and bold. */
export class FakeChartFont extends ChartPart<ChartTarget> {
  private readonly typeInfo: TypeInfo<ChartTarget>;
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null, pick: (c: ChartModel) => FontModel) {
    super(ctx, resolver);
    this.typeInfo = {
      name: 'ChartFont',
      props: {
        size: {
          get: (t) => pick(t.chart).size,
          set: (t, v, where) => {
            if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw officeError('InvalidArgument', where);
            pick(t.chart).size = v;
          },
        },
        bold: { get: (t) => pick(t.chart).bold, set: (t, v) => (pick(t.chart).bold = Boolean(v)) },
      },
    };
  }
  protected get info(): TypeInfo<ChartTarget> {
    return this.typeInfo;
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.write('size', v);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v);
  }
}

export class FakeChartSeriesCollection extends ChartPart<ChartTarget> {
  constructor(ctx: FakeContext, resolver: () => ChartTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<ChartTarget> {
    return { name: 'ChartSeriesCollection', props: {} };
  }
  getItemAt(index: number): FakeChartSeries {
    const where = 'ChartSeriesCollection.getItemAt';
    return new FakeChartSeries(
      this.ctx,
      () => {
        const t = this.live(where);
        const series = t.chart.series[index];
        if (!series) throw officeError('ItemNotFound', where, `The chart has no series ${index}.`);
        return { ...t, series };
      },
      { Name: 'getItemAt', ParentId: this.pathId, Args: [index] },
    );
  }
}

interface SeriesTarget extends ChartTarget {
  readonly series: SeriesModel;
}

const SERIES: TypeInfo<SeriesTarget> = {
  name: 'ChartSeries',
  props: { name: { get: (t) => t.series.name, set: (t, v) => (t.series.name = String(v)) } },
};

export class FakeChartSeries extends ChartPart<SeriesTarget> {
  constructor(ctx: FakeContext, resolver: () => SeriesTarget | null, wire?: Record<string, unknown>) {
    super(ctx, resolver, wire);
  }
  protected get info(): TypeInfo<SeriesTarget> {
    return SERIES;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v);
  }
  /** The category labels of the series (ExcelApi 1.7). */
  setXAxisValues(sourceData: FakeRange): void {
    this.invoke('setXAxisValues', [sourceData.pathId], (t, where) => {
      const r = rectOf(sourceData, t.sheet, where);
      const n = Math.max(t.series.values.bottom - t.series.values.top, t.series.values.right - t.series.values.left) + 1;
      const m = Math.max(r.bottom - r.top, r.right - r.left) + 1;
      if (n !== m) throw officeError('InvalidArgument', where, `The category range has ${m} cells for ${n} values.`);
      t.series.xValues = r;
    });
  }
}
