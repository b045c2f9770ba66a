/** The recalculation path for tests: workbook bytes in, assessment and written bytes out. */
import { assess, buildReport, extraSettings, toJson } from '../../src/engine';
import type { Assessment, Lang, Report } from '../../src/engine/types';
import type { WorkbookInput } from '../../src/engine/cells';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

export interface Recalculated {
  readonly input: WorkbookInput;
  readonly assessment: Assessment;
  readonly report: Report;
  readonly output: Buffer;
}

/** `lang` unless the settings sheet's 结果语言 names one, as the command and the pane do. */
export async function recalcXlsx(bytes: Uint8Array, lang: Lang = 'zh'): Promise<Recalculated> {
  const wb = await XlsxWorkbook.load(bytes);
  const input = await wb.read();
  const assessment = assess(input);
  const report = buildReport(assessment, input, extraSettings(input).resultLang ?? lang);
  await wb.write(report);
  return { input, assessment, report, output: await wb.toBuffer() };
}

/** The results of an assessment, without the findings' cells and messages (for comparing runs). */
export function scores(a: Assessment): unknown {
  const j = toJson(a, 'zh');
  return { periods: j.periods, results: j.results, composite: j.composite, issues: j.issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`) };
}
