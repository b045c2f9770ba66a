/**
 * `kaoping recalc --host excel-sim`: the same recalculation, but the workbook goes through the Office.js
 * adapter over the in-memory Excel (with Excel on the web's 5 MB limits) instead of the xlsx adapter.
 * It proves the add-in's path on the command line and says what it cost in round trips.
 *
 * The caller wires it where it calls recalcBytes: same arguments for the workbook, same result shape
 * (RecalcRun), plus the counters; print `simLine(run.counters)` on stderr.
 */
import { assess, buildReport } from '../engine';
import type { WorkbookInput } from '../engine/cells';
import type { Assessment, Lang, Report, RoleOverrides } from '../engine/types';
import { ExcelPort } from '../workbook/excel/port';
import { fakeRun } from '../workbook/fake-excel/fake-run';
import type { Counters, FakeExcel } from '../workbook/fake-excel';
import { fakeFromXlsx, fakeToXlsx } from '../workbook/fake-excel/xlsx-io';
import type { WriteOutcome } from '../workbook/port';
import { excelJsLoadError } from '../workbook/xlsx';

export interface ExcelSimRun {
  readonly input: WorkbookInput;
  readonly assessment: Assessment;
  /** Present when the workbook could be scored. */
  readonly report?: Report;
  /** The workbook with the result sheets, saved from the in-memory Excel. */
  readonly output?: Buffer;
  readonly outcome?: WriteOutcome;
  /** Round trips to the (simulated) Excel: syncs, request bytes in all, the largest request. */
  readonly counters: Readonly<Counters>;
}

/**
 * Reads `bytes` into the in-memory Excel, reads it back through ExcelPort, scores it, writes the
 * report through ExcelPort, and saves the workbook. Errors are the adapter's (ExcelHostError with
 * zh/en text), or XlsxReadError for a file ExcelJS cannot open.
 */
export async function recalcExcelSim(bytes: Uint8Array, lang: Lang, roles: RoleOverrides = {}): Promise<ExcelSimRun> {
  let fake: FakeExcel;
  try {
    fake = await fakeFromXlsx(bytes);
  } catch (e) {
    throw excelJsLoadError(e);
  }
  const port = new ExcelPort(fakeRun(fake));
  const input = await port.read();
  const assessment = assess(input, { roles });
  if (!assessment.scored) return { input, assessment, counters: { ...fake.counters } };
  const report = buildReport(assessment, input, lang);
  const outcome = await port.write(report);
  const output = await fakeToXlsx(fake);
  return { input, assessment, report, output, outcome, counters: { ...fake.counters } };
}

/** The line for stderr: `syncs=N requestBytes=N maxRequestBytes=N`. */
export function simLine(c: Readonly<Counters>): string {
  return `syncs=${c.syncs} requestBytes=${c.requestBytes} maxRequestBytes=${c.maxRequestBytes}`;
}
