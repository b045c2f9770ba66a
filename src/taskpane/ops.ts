/**
 * What the task pane can ask of the workbook. Components and hooks get these operations through
 * context (OpsProvider), never by calling Excel themselves: over a workbook port (portOps in
 * port-ops.ts: Excel in the add-in, the in-memory Excel in the preview), or a plain fake in tests.
 */
import type { Lang, RoleOverrides } from '../engine/types';
import type { RecalcResult } from '../app/recalc';
import type { InsertedTemplate, SettingsEdit, Stage } from '../workbook/port';

export type { Stage };

/** Progress of a long operation, as the pane shows it. */
export type OnProgress = (stage: Stage, done: number, total: number) => void;

/** What a check gives the pane: the assessment, and the milliseconds the read and the checks took. */
export type CheckOutcome = Pick<RecalcResult, 'assessment' | 'ms'>;

/** What 一键计算 gives the pane: the one recalculation's result. */
export type CalculateOutcome = RecalcResult;

export type { SettingsEdit };

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
  insertTemplate(lang: Lang): Promise<InsertedTemplate>;
}

export { KaopingError } from '../workbook/errors';
