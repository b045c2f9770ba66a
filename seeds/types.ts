/**
 * Sample workbooks as reviewable source: each sheet a list of rows of plain values, with the few
 * cell properties a clerk's workbook really has (notes, number formats, merged ranges, hidden rows).
 * `seeds/to-input.ts` turns one into the engine's grids; the xlsx adapter turns one into a .xlsx.
 */
export interface SampleCell {
  readonly v: string | number | null;
  /** A note (批注) on the cell: on a score table, the entry's reason. */
  readonly note?: string;
  /** An Excel number format, e.g. "0.00" so that the number 1.1 shows as 1.10. */
  readonly numFmt?: string;
  /** An Excel error value in the cell, e.g. "#N/A". */
  readonly error?: string;
}

export type SampleValue = string | number | null | SampleCell;

export interface SampleSheet {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<SampleValue>>;
  /** Merged ranges in A1 form ("A3:A6"); only the first cell of each holds a value. */
  readonly merges?: readonly string[];
  /** Column widths in Excel character units. */
  readonly widths?: readonly number[];
  /** 1-based rows that are hidden. */
  readonly hiddenRows?: readonly number[];
}

export interface SampleWorkbook {
  /** Short name used on the command line: `kaoping template out.xlsx --example power-plant`. */
  readonly key: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly description: { readonly zh: string; readonly en: string };
  /** The source document in shared/seeds it is drawn from. */
  readonly source: string;
  readonly sheets: readonly SampleSheet[];
}
