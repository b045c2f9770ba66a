/**
 * The one recalculation, for every face: `kaoping recalc` (over the xlsx adapter), `--host excel-sim`
 * (the Office.js adapter over the in-memory Excel), the pane's 一键计算 and check, and the ribbon's
 * 一键计算 (the Office.js adapter over Excel). Read the workbook through the port, check and score it
 * with the engine, write the result sheets, then show the rankings (or the checks, when there are
 * errors) where the workbook is open in a window.
 *
 * What differs between the faces comes in as options: the language, the sheets chosen for roles,
 * progress, a pause for the screen to paint, and hooks at each stage (the command line prints a
 * line per stage and refuses a --sheet the workbook lacks).
 */
import { assess, buildReport, extraSettings, inputFingerprint, resultLanguage, resultsOutOfDate } from '../engine';
import type { WorkbookInput } from '../engine/cells';
import type { Assessment, Finding, Lang, Report, RoleOverrides, Severity } from '../engine/types';
import type { LiveWorkbookPort, Progress, WorkbookPort, WriteOutcome } from '../workbook/port';

export interface RecalcOptions {
  /** The language of the result sheets' names and contents. */
  readonly lang: Lang;
  /** Sheets the clerk chose for roles (a name, or null for none). */
  readonly roles?: RoleOverrides;
  /**
   * When to write the result sheets: 'scored' (default) only when the workbook could be scored;
   * 'always' also the checks alone when it could not (the pane, so the clerk sees every finding in
   * the workbook); 'never' to read and check only (the pane's check on open).
   */
  readonly write?: 'scored' | 'always' | 'never';
  /**
   * Without 结果语言 in the settings sheet, keep the language of Kaoping's result sheets already in
   * the workbook (the pane and the ribbon, whose language is the clerk's display, not the workbook's);
   * otherwise `lang` is used (the command line's --lang).
   */
  readonly keepLanguage?: boolean;
  /**
   * Overwrite result sheets the clerk has edited (the pane's 替换 after its confirmation, the command
   * line's --replace-edited). Without it the results go beside an edited sheet, and the finding
   * EDITED_RESULT says so: never silently either way.
   */
  readonly replaceEdited?: boolean;
  readonly progress?: Progress;
  /** Milliseconds, for the time taken. Default performance.now. */
  readonly now?: () => number;
  /** Lets a screen paint between stages that run without awaiting anything (the pane). */
  readonly pause?: () => Promise<void>;
  /** Once the workbook is read, before it is checked; may throw to stop. */
  readonly onRead?: (input: WorkbookInput) => void;
  /** Once every sheet is found and the entries are read. */
  readonly onChecked?: () => void;
  /** Once scored (or found unscorable), before anything is written. */
  readonly onScored?: (assessment: Assessment) => void;
  /** Once the result sheets are written. */
  readonly onWritten?: (report: Report, outcome: WriteOutcome) => void;
}

/** What one recalculation gives every face. */
export interface RecalcResult {
  readonly input: WorkbookInput;
  readonly assessment: Assessment;
  /** Milliseconds the whole run took. */
  readonly ms: number;
  /** The result sheets; present when the workbook was scored and written. */
  readonly report?: Report;
  readonly outcome?: WriteOutcome;
  /** Result sheet names as written (none for a check, or when nothing could be scored). */
  readonly written: readonly string[];
  /** Findings that only writing produced (an output name already taken by a clerk's sheet). */
  readonly extra: readonly Finding[];
  /** The sheet shown after writing, where the workbook is open in a window; else ''. */
  readonly shown: string;
  /**
   * Whether the result sheets found in the workbook were computed from other data or settings than
   * it holds now (the marker's fingerprint of their inputs against the inputs just read); undefined
   * when it cannot tell (no results of Kaoping's, or none with that fingerprint). False once written.
   */
  readonly stale: boolean | undefined;
  /** Result sheets the clerk edited by hand (EDITED_RESULT), and the sheet this run wrote beside each. */
  readonly edited: ReadonlyArray<{ readonly sheet: string; readonly beside: string }>;
}

function isLive(port: WorkbookPort): port is LiveWorkbookPort {
  return typeof (port as Partial<LiveWorkbookPort>).show === 'function';
}

const clock = (): number => performance.now();

/** The sheet to show after writing: the rankings, or the checks when there are errors. */
export function sheetToShow(assessment: Assessment, report: Report): string {
  const errors = [...assessment.findings, ...report.renamed].some((f) => f.severity === 'error');
  const wanted = errors ? 'checks' : 'rankings';
  return report.sheets.find((s) => s.key === wanted)?.name ?? report.sheets.find((s) => s.key === 'checks')?.name ?? '';
}

export async function recalc(port: WorkbookPort, options: RecalcOptions): Promise<RecalcResult> {
  const now = options.now ?? clock;
  const pause = options.pause ?? (() => Promise.resolve());
  const progress = options.progress;
  const start = now();
  const input = await port.read(progress);
  options.onRead?.(input);
  progress?.('checking', 0, 1);
  await pause();
  let checked = false;
  const assessment = assess(input, {
    roles: options.roles ?? {},
    progress: (stage, done, total) => {
      progress?.(stage, done, total);
      if (stage === 'checking' && done === total && !checked) {
        checked = true;
        options.onChecked?.();
      }
    },
  });
  if (!checked) options.onChecked?.();
  options.onScored?.(assessment);
  const stale = resultsOutOfDate(input, assessment);
  const base = { input, assessment, written: [], extra: [], shown: '', stale, edited: [] };
  const write = options.write ?? 'scored';
  if (write === 'never' || (write === 'scored' && !assessment.scored)) return { ...base, ms: now() - start };

  progress?.('writing', 0, 1);
  await pause();
  const words = extraSettings(input, options.roles ?? {});
  const lang = words.resultLang ?? (options.keepLanguage ? resultLanguage(input, options.lang, options.roles ?? {}) : options.lang);
  const full = buildReport(assessment, input, lang, { replaceEdited: options.replaceEdited === true });
  // Nothing scored: only the checks sheet, so no empty totals or rankings pass for results.
  const report = assessment.scored ? full : { ...full, sheets: full.sheets.filter((s) => s.key === 'checks') };
  const outcome = await port.write(report, progress, inputFingerprint(input, assessment));
  options.onWritten?.(report, outcome);
  const shown = isLive(port) ? sheetToShow(assessment, report) : '';
  if (shown && isLive(port)) await port.show(shown, '');
  const edited = report.renamed.flatMap((f) => (f.params.key === 'editedResult' ? [{ sheet: f.params.wanted, beside: f.params.used }] : []));
  return { ...base, report, outcome, written: outcome.written, extra: report.renamed, shown, stale: false, edited, ms: now() - start };
}

/** How many findings of each severity, writing's own included. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
