/**
 * What the task pane can ask of the workbook. Components and hooks get these operations through
 * context (OpsProvider), never by calling Excel themselves: over a workbook port (portOps in
 * port-ops.ts: Excel in the add-in, the in-memory Excel in the preview), or a plain fake in tests.
 */
import type { ExtraSettings } from '../engine/settings-extra';
import type { Lang, RoleOverrides } from '../engine/types';
import type { RecalcResult } from '../app/recalc';
import type { InsertedTemplate, SettingsEdit, Stage } from '../workbook/port';

export type { Stage };

/** Progress of a long operation, as the pane shows it. */
export type OnProgress = (stage: Stage, done: number, total: number) => void;

/** What a check gives the pane: the assessment, and the milliseconds the read and the checks took. */
export type CheckOutcome = Pick<RecalcResult, 'assessment' | 'ms'> & Partial<Pick<RecalcResult, 'stale'>> & {
  /** The settings sheet's words: 结果语言 and the sheet keys, as the pane's form shows them. */
  readonly words?: ExtraSettings;
};

/** What 一键计算 gives the pane: the one recalculation's result. */
export type CalculateOutcome = RecalcResult;

export type { SettingsEdit };

export interface KaopingOps {
  /** Reads the workbook and checks it, writing nothing. */
  check(roles: RoleOverrides, progress: OnProgress): Promise<CheckOutcome>;
  /**
   * Reads, checks, scores and writes the result sheets, then shows the rankings (or the checks).
   * With `replaceEdited` (the clerk's explicit choice, after a confirmation) result sheets the clerk
   * edited are overwritten; otherwise the results go beside them.
   */
  calculate(roles: RoleOverrides, lang: Lang, progress: OnProgress, options?: { readonly replaceEdited?: boolean }): Promise<CalculateOutcome>;
  /** Selects a cell (or, with cell '', activates the sheet). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Writes the changed settings into the settings sheet (creating one when there is none).
   * Returns the settings sheet's name.
   */
  saveSettings(sheet: string | null, changes: Partial<SettingsEdit>, lang: Lang): Promise<string>;
  /** Adds template sheets (rubric, units, records, settings) that do not exist yet; returns their names. */
  insertTemplate(lang: Lang): Promise<InsertedTemplate>;
  /** Hears when an operation starts and stops waiting for a cell being edited; returns an unsubscribe. */
  onEditWait?(listener: (waiting: boolean) => void): () => void;
  /** Cancels the wait under way: the operation ends with a message, writing nothing half-way. */
  cancelWait?(): void;
}

export { KaopingError } from '../workbook/errors';
