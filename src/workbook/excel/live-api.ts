/**
 * The part of Excel's JavaScript API the pane's own batches use (selecting a cell, the settings sheet,
 * the template). Both Excel.run and the in-memory Excel's run fit it, so the same code runs on either.
 */
export interface PaneRange {
  values: unknown[][];
  numberFormat: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly isNullObject: boolean;
  readonly format: { readonly font: { bold: boolean }; readonly fill: { color: string }; columnWidth: number };
  /** ExcelApi 1.8: check the requirement set before use. */
  readonly dataValidation: { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert };
  select(): void;
  load(propertyNames: string[]): unknown;
}

export interface PaneWorksheet {
  readonly name: string;
  readonly isNullObject: boolean;
  readonly freezePanes: { freezeRows(count: number): void };
  activate(): void;
  getRange(address: string): PaneRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): PaneRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): PaneRange;
}

export interface PaneWorksheets {
  readonly items: PaneWorksheet[];
  getItem(key: string): PaneWorksheet;
  getItemOrNullObject(key: string): PaneWorksheet;
  add(name: string): PaneWorksheet;
  load(propertyNames: string): unknown;
}

export interface PaneContext {
  readonly workbook: { readonly worksheets: PaneWorksheets };
  sync(): Promise<unknown>;
}

/** Excel.run, or the in-memory Excel's run: one batch of queued commands and syncs. */
export type ExcelRun = <T>(batch: (context: PaneContext) => Promise<T>) => Promise<T>;

/** Excel.run as an ExcelRun; compiling this checks that Office.js has every member used above. */
export function officeRun(): ExcelRun {
  return (batch) => Excel.run((context: Excel.RequestContext) => batch(context));
}
