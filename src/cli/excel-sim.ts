/**
 * `kaoping recalc --host excel-sim`: the same recalculation, but the workbook goes through the Office.js
 * adapter over the in-memory Excel (with Excel on the web's 5 MB limits) instead of the xlsx adapter.
 * It proves the add-in's path on the command line and says what it cost in round trips.
 *
 * The caller wires it where it calls recalcBytes: same arguments for the workbook, the same result
 * (RecalcResult), plus the counters; print `simLine(run.counters)` on stderr.
 */
import type { Lang, RoleOverrides } from '../engine/types';
import { recalc, type RecalcOptions, type RecalcResult } from '../app/recalc';
import { ExcelPort } from '../workbook/excel';
import { fakeRun } from '../workbook/fake-excel/fake-run';
import type { Counters, FakeExcel } from '../workbook/fake-excel';
import { fakeFromXlsx, fakeToXlsx } from '../workbook/fake-excel/xlsx-io';
import { parseA1 } from '../engine/cells';
import { excelJsLoadError, pictureCellsOf } from '../workbook/xlsx';
import { readingCopy } from '../workbook/xlsx/ooxml/reading-copy';

export interface ExcelSimRun extends RecalcResult {
  /** The workbook with the result sheets, saved from the in-memory Excel. */
  readonly output?: Buffer;
  /** Round trips to the (simulated) Excel: syncs, request bytes in all, the largest request. */
  readonly counters: Readonly<Counters>;
}

/**
 * Reads `bytes` into the in-memory Excel and runs the one recalculation over ExcelPort, then saves
 * the workbook. Errors are the adapter's (ExcelHostError with zh/en text), or XlsxReadError for a
 * file ExcelJS cannot open.
 */
export async function recalcExcelSim(bytes: Uint8Array, lang: Lang, roles: RoleOverrides = {}, hooks: Pick<RecalcOptions, 'onRead' | 'replaceEdited'> = {}): Promise<ExcelSimRun> {
  let fake: FakeExcel;
  try {
    fake = await fakeFromXlsx(bytes, { reopen: readingCopy });
  } catch (e) {
    throw excelJsLoadError(e);
  }
  await placePictures(fake, bytes);
  const run = await recalc(new ExcelPort(fakeRun(fake)), { lang, roles, ...hooks });
  const output = run.report ? await fakeToXlsx(fake) : undefined;
  return { ...run, output, counters: { ...fake.counters } };
}

/**
 * Microsoft 365's pictures placed in cells, which the in-memory Excel's file edge reads as the
 * #VALUE! they cache, made the image values Excel holds there. (WPS's DISPIMG cells come through as
 * their formulas, as Excel has them.)
 */
async function placePictures(fake: FakeExcel, bytes: Uint8Array): Promise<void> {
  for (const [name, refs] of await pictureCellsOf(bytes)) {
    const sheet = fake.book.find(name);
    for (const ref of refs) {
      const at = parseA1(ref);
      const cell = at && sheet?.cell(at.row, at.col);
      if (cell && cell.f === undefined && typeof cell.v === 'object' && cell.v?.error === '#VALUE!') cell.img = { type: 'LocalImage' };
    }
  }
}

/** The line for stderr: `syncs=N requestBytes=N maxRequestBytes=N`. */
export function simLine(c: Readonly<Counters>): string {
  return `syncs=${c.syncs} requestBytes=${c.requestBytes} maxRequestBytes=${c.maxRequestBytes}`;
}
