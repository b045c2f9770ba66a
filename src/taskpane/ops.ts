/**
 * What the task pane can ask of the workbook. Components and hooks get these operations through
 * context (OpsProvider), never by calling Excel themselves: in Excel they run over Excel.run, in the
 * browser preview over the in-memory Excel, and in component tests over a plain fake.
 */
import type { Assessment, Finding, Lang, RankingStyle, RoleOverrides } from '../engine/types';
import type { Stage } from '../workbook/port';

export type { Stage };

/** Progress of a long operation, as the pane shows it. */
export type OnProgress = (stage: Stage, done: number, total: number) => void;

export interface CheckOutcome {
  readonly assessment: Assessment;
  /** Milliseconds the read and the checks took. */
  readonly ms: number;
}

export interface CalculateOutcome extends CheckOutcome {
  /** Result sheet names as written. */
  readonly written: readonly string[];
  /** Findings that only writing produced (an output name already taken by a clerk's sheet). */
  readonly extra: readonly Finding[];
  /** The sheet shown after writing: the rankings, or the checks when there are errors. */
  readonly shown: string;
}

/** The settings the pane edits; only the fields the clerk changed are written. */
export interface SettingsEdit {
  readonly ranking: RankingStyle;
  readonly topFlags: number;
  readonly bottomWarnings: number;
  readonly passLine: number;
  readonly decimals: number;
}

export interface KaopingOps {
  /** Reads the workbook and checks it, writing nothing. */
  check(roles: RoleOverrides, progress: OnProgress): Promise<CheckOutcome>;
  /** Reads, checks, scores and writes the result sheets, then shows the rankings (or the checks). */
  calculate(roles: RoleOverrides, lang: Lang, progress: OnProgress): Promise<CalculateOutcome>;
  /** Selects a cell (or, with cell '', activates the sheet). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the changed settings into the settings sheet (creating one when there is none).
   * Returns the settings sheet's name.
   */
  saveSettings(sheet: string | null, changes: Partial<SettingsEdit>, lang: Lang): Promise<string>;
  /** Adds template sheets (rubric, units, records, settings) that do not exist yet; returns their names. */
  insertTemplate(lang: Lang): Promise<readonly string[]>;
}

/** A failure the clerk can act on, with its message in both languages. Raised by the adapters. */
export class KaopingError extends Error {
  constructor(
    readonly code: string,
    readonly text: { readonly zh: string; readonly en: string },
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'KaopingError';
  }
}
