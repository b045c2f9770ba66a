/**
 * One calculation, shared by the pane's 一键计算 and the ribbon command: read the workbook through the
 * port, check and score it with the engine, write the result sheets, then show the rankings (or the
 * checks, when there are errors).
 */
import { assess, buildReport } from '../../engine';
import type { Lang, RoleOverrides } from '../../engine/types';
import type { WorkbookPort } from '../../workbook/port';
import type { CalculateOutcome, CheckOutcome, OnProgress } from '../ops';
import { classifyHostError, type ExcelRun } from './host';
import { activateSheet } from './navigate';

export interface PipelineDeps {
  readonly port: WorkbookPort;
  readonly run: ExcelRun;
  /** Milliseconds, for the time taken (performance.now in the browser). */
  readonly now: () => number;
}

/** Lets the browser paint the progress bar between stages that run without awaiting anything. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function readAndAssess(deps: PipelineDeps, roles: RoleOverrides, progress: OnProgress) {
  let input;
  try {
    input = await deps.port.read(progress);
  } catch (error) {
    throw classifyHostError(error);
  }
  progress('checking', 0, 1);
  await breathe();
  const assessment = assess(input, { roles, progress });
  return { input, assessment };
}

export async function check(deps: PipelineDeps, roles: RoleOverrides, progress: OnProgress): Promise<CheckOutcome> {
  const start = deps.now();
  const { assessment } = await readAndAssess(deps, roles, progress);
  return { assessment, ms: deps.now() - start };
}

export async function calculate(
  deps: PipelineDeps,
  roles: RoleOverrides,
  lang: Lang,
  progress: OnProgress,
): Promise<CalculateOutcome> {
  const start = deps.now();
  const { input, assessment } = await readAndAssess(deps, roles, progress);
  progress('writing', 0, 1);
  await breathe();
  const report = buildReport(assessment, input, lang);
  let written: readonly string[];
  try {
    written = (await deps.port.write(report, progress)).written;
  } catch (error) {
    throw classifyHostError(error);
  }
  const errors = [...assessment.findings, ...report.renamed].some((f) => f.severity === 'error');
  const wanted = errors ? 'checks' : 'rankings';
  const shown = report.sheets.find((s) => s.key === wanted)?.name ?? report.sheets.find((s) => s.key === 'checks')?.name ?? '';
  if (shown) await activateSheet(deps.run, shown);
  return { assessment, ms: deps.now() - start, written, extra: report.renamed, shown };
}
