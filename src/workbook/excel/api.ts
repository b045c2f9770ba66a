/**
 * The part of the Excel JavaScript API the adapter uses, as structural types whose members take their
 * types from the real `Excel.*` declarations. Excel's own objects satisfy them (`officeRun` below
 * would not compile otherwise), and so does the in-memory Excel (checked in fake-run.ts), so the
 * adapter runs unchanged on either. To use more of the API, add it here: both sides are then checked.
 */

export interface XLoadable<Self> {
  load(propertyNames?: string | string[]): Self;
}

export interface XRangeFont extends XLoadable<XRangeFont> {
  bold: Excel.RangeFont['bold'];
  italic: Excel.RangeFont['italic'];
  color: Excel.RangeFont['color'];
  size: Excel.RangeFont['size'];
}

export interface XRangeFill extends XLoadable<XRangeFill> {
  color: Excel.RangeFill['color'];
}

export interface XRangeBorder extends XLoadable<XRangeBorder> {
  color: Excel.RangeBorder['color'];
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
}

export interface XRangeBorderCollection {
  getItem(index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal'): XRangeBorder;
}

export interface XRangeFormat extends XLoadable<XRangeFormat> {
  readonly font: XRangeFont;
  readonly fill: XRangeFill;
  /** ExcelApi 1.1. */
  readonly borders: XRangeBorderCollection;
  columnWidth: Excel.RangeFormat['columnWidth'];
  rowHeight: Excel.RangeFormat['rowHeight'];
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: Excel.RangeFormat['wrapText'];
  autofitColumns(): void;
  autofitRows(): void;
}

export interface XRange extends XLoadable<XRange> {
  readonly isNullObject: boolean;
  /** Host values are `any` in Excel's declarations; the adapter reads them as unknown and checks. */
  values: unknown[][];
  readonly text: Excel.Range['text'];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: Excel.Range['valueTypes'];
  /** ExcelApi 1.16: each value with its type, which alone tells a picture in a cell from #VALUE!. */
  readonly valuesAsJson: Excel.Range['valuesAsJson'];
  readonly address: Excel.Range['address'];
  readonly rowCount: Excel.Range['rowCount'];
  readonly columnCount: Excel.Range['columnCount'];
  readonly rowIndex: Excel.Range['rowIndex'];
  readonly columnIndex: Excel.Range['columnIndex'];
  readonly format: XRangeFormat;
  hyperlink: Excel.Range['hyperlink'];
  getCell(row: number, column: number): XRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XRange;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  unmerge(): void;
}

export interface XWorksheetProtection extends XLoadable<XWorksheetProtection> {
  readonly protected: Excel.WorksheetProtection['protected'];
}

/** Native charts (ExcelApi 1.1; setXAxisValues 1.7). */
export interface XChartFont {
  size: Excel.ChartFont['size'];
  bold: Excel.ChartFont['bold'];
}

export interface XChartSeries {
  name: Excel.ChartSeries['name'];
  setXAxisValues(sourceData: XRange): void;
}

export interface XChart {
  readonly title: { text: Excel.ChartTitle['text']; readonly format: { readonly font: XChartFont } };
  readonly legend: { visible: Excel.ChartLegend['visible']; position: Excel.ChartLegend['position'] };
  readonly format: { readonly font: XChartFont };
  readonly axes: { readonly categoryAxis: { reversePlotOrder: Excel.ChartAxis['reversePlotOrder'] } };
  readonly series: { getItemAt(index: number): XChartSeries };
  setPosition(startCell: XRange | string, endCell?: XRange | string): void;
}

export interface XChartCollection {
  add(type: 'ColumnClustered' | 'BarClustered' | 'LineMarkers', sourceData: XRange, seriesBy?: 'Columns' | 'Rows'): XChart;
}

export interface XWorksheet extends XLoadable<XWorksheet> {
  readonly isNullObject: boolean;
  name: Excel.Worksheet['name'];
  position: Excel.Worksheet['position'];
  visibility: Excel.Worksheet['visibility'];
  readonly protection: XWorksheetProtection;
  readonly freezePanes: { freezeRows(rowCount?: number): void };
  readonly pageLayout: {
    orientation: Excel.PageLayout['orientation'];
    centerHorizontally: Excel.PageLayout['centerHorizontally'];
    setPrintTitleRows(printTitleRows: string): void;
    setPrintTitleColumns(printTitleColumns: string): void;
  };
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown; removePageBreaks(): void };
  readonly charts: XChartCollection;
  getRange(address?: string): XRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  delete(): void;
  activate(): void;
}

export interface XWorksheetCollection extends XLoadable<XWorksheetCollection> {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
  getActiveWorksheet(): XWorksheet;
}

export interface XTable extends XLoadable<XTable> {
  readonly name: Excel.Table['name'];
  readonly worksheet: XWorksheet;
  getRange(): XRange;
}

export interface XTableCollection extends XLoadable<XTableCollection> {
  readonly items: XTable[];
}

/** A classic note (Excel.Note, ExcelApi 1.18). */
export interface XNote extends XLoadable<XNote> {
  readonly content: Excel.Note['content'];
  readonly authorName: Excel.Note['authorName'];
  getLocation(): XRange;
}

export interface XNoteCollection extends XLoadable<XNoteCollection> {
  readonly items: XNote[];
}

/** A threaded comment (Excel.Comment, ExcelApi 1.10). */
export interface XComment extends XLoadable<XComment> {
  readonly content: Excel.Comment['content'];
  getLocation(): XRange;
}

export interface XCommentCollection extends XLoadable<XCommentCollection> {
  readonly items: XComment[];
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly tables: XTableCollection;
  readonly notes: XNoteCollection;
  readonly comments: XCommentCollection;
  readonly protection: XLoadable<{ readonly protected: Excel.WorkbookProtection['protected'] }> & {
    readonly protected: Excel.WorkbookProtection['protected'];
  };
}

/**
 * No calculationMode: it is Excel's setting for every open workbook, not saved with this one, ignored
 * on some builds (office-js #6922) and read back wrong for AutomaticExceptTables (office-js #2770).
 * A batch suspends calculation for itself instead (suspendApiCalculationUntilNextSync, ExcelApi 1.6).
 */
export interface XApplication extends XLoadable<XApplication> {
  suspendScreenUpdatingUntilNextSync(): void;
  suspendApiCalculationUntilNextSync(): void;
}

export interface XContext {
  readonly workbook: XWorkbook;
  readonly application: XApplication;
  sync(): Promise<unknown>;
}

/** Office.context.requirements, or a host profile's answer to the same question. */
export interface XRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * What Excel.run does: one request context for the batch. `requirements`, where given, says which
 * API sets this Excel has (the in-memory Excel's profile); without it Office.context.requirements is asked.
 */
export type XRun = (<T>(batch: (context: XContext) => Promise<T>) => Promise<T>) & { readonly requirements?: XRequirements };

/** Excel.run itself, for the task pane. Compiling this checks that Excel's objects fit the types above. */
export const officeRun: XRun = (batch) => Excel.run((context) => batch(context));
