/**
 * The workbook port: how the faces (command line, task pane) reach a workbook, wherever it lives.
 * One adapter per place: xlsx/ (ExcelJS, buffers in and out) and excel/ (Office.js).
 */
import type { WorkbookInput } from '../engine/cells';
import type { Lang, RankingStyle, Report } from '../engine/types';

export type Stage = 'reading' | 'checking' | 'scoring' | 'writing';

/** Progress of long work: a stage, and how far into it (done of total, in the stage's own unit). */
export type Progress = (stage: Stage, done: number, total: number) => void;

/** Name of the very hidden sheet in which Kaoping lists the sheets it wrote (its ownership marker). */
export const MARKER_SHEET = '_kaoping';

/**
 * The most rows Kaoping reads in one sheet (Excel allows 1,048,576). Kaoping's own result sheets
 * are not held to it: they only restate an input that was.
 */
export const MAX_SHEET_ROWS = 150_000;

/** The most cells Kaoping reads from one .xlsx file, its own result sheets included (memory grows with them). */
export const MAX_FILE_CELLS = 3_000_000;

/** The most bytes one part of an .xlsx may take once unpacked (256 MiB). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export interface WriteOutcome {
  /** Result sheet names as written. */
  readonly written: readonly string[];
  /** Earlier Kaoping sheets that were replaced (same name). */
  readonly replaced: readonly string[];
  /**
   * Earlier Kaoping sheets for the same results under another name (`结果-总分 (2)`, or the English
   * names after a run in Chinese), removed now that those results are written under the new name.
   */
  readonly removed: readonly string[];
}

export interface WorkbookPort {
  /** Every sheet as a grid; sheets Kaoping wrote earlier come marked `owned`. */
  read(progress?: Progress): Promise<WorkbookInput>;
  /**
   * Writes the result sheets: new sheets first, then the earlier Kaoping sheets are swapped out,
   * so a failure leaves either the old results or the new, never half of them. Never touches a
   * sheet Kaoping did not create; a result sheet the clerk edited only when the report lists it in
   * `overwrite` (the clerk's explicit choice). `basis`, the fingerprint of the inputs the report was
   * computed from (engine/input-basis.ts), goes on the marker beside the sheets it lists.
   */
  write(report: Report, progress?: Progress, basis?: string): Promise<WriteOutcome>;
}

/** The settings a face edits (the pane's settings form); only the fields the clerk changed are written. */
export interface SettingsEdit {
  readonly ranking: RankingStyle;
  readonly topFlags: number;
  readonly bottomWarnings: number;
  readonly passLine: number;
  readonly decimals: number;
  /** 结果语言: 中文 / English, or '' to leave it to the results already there. */
  readonly resultLang?: '' | Lang;
  /** The sheet keys (contract section 3): a sheet's name, null for 不使用, or '' to find it as usual. */
  readonly rubricSheet?: string | null;
  readonly categoriesSheet?: string | null;
  readonly unitsSheet?: string | null;
  readonly entriesSheet?: string | null;
  readonly scoreTableSheet?: string | null;
  readonly periodsSheet?: string | null;
}

/** What 插入模板 added. */
export interface InsertedTemplate {
  /** The sheets added, in order. */
  readonly sheets: readonly string[];
  /**
   * Whether the added sheets got their dropdowns; false where Excel lacks data validation (ExcelApi
   * 1.8), so the pane can say so.
   */
  readonly dropdowns: boolean;
}

/**
 * A workbook open in a window (Excel, or the in-memory Excel of the preview): besides reading and
 * writing, it can show a place, take the settings the clerk chose, and add the input template.
 * Failures are KaopingErrors the clerk can act on.
 */
export interface LiveWorkbookPort extends WorkbookPort {
  /** Activates the sheet and, when a cell is given (not ''), selects it. */
  show(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the changed settings into the settings sheet `sheet` (a new one when null, named in
   * `lang`); returns the settings sheet's name.
   */
  saveSettings(sheet: string | null, changes: Partial<SettingsEdit>, lang: Lang): Promise<string>;
  /** Adds the template's input sheets the workbook does not have yet. */
  insertTemplate(lang: Lang): Promise<InsertedTemplate>;
}
