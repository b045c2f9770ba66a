/**
 * The command line's way into the one recalculation (src/app/recalc.ts), for `kaoping recalc`, the
 * demo and the benchmark: workbook bytes in; assessment, report and workbook bytes with the result
 * sheets out, and a line on stderr per stage. No file system here.
 */
import { countBySeverity as countFindings, recalc, type RecalcResult } from '../app/recalc';
import type { WorkbookInput } from '../engine/cells';
import type { Assessment, Lang, Report, RoleOverrides, Severity } from '../engine/types';
import { ExcelHostError } from '../workbook/excel';
import { checkXlsx, XlsxReadError, XlsxWorkbook, type SizeProblem } from '../workbook/xlsx';
import type { Counters } from '../workbook/fake-excel';
import { tooManyRowsText } from '../workbook/shared/limits';
import { recalcExcelSim } from './excel-sim';
import { CliError, msg, num, type Msg } from './messages';
import type { Progress } from './progress';

/** The one recalculation's result, with the workbook's bytes once the result sheets are in. */
export interface RecalcRun extends RecalcResult {
  readonly output?: Buffer;
}

function unreadable(e: XlsxReadError, name: string): Msg {
  const ext = /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
  switch (e.problem) {
    case 'legacy-or-encrypted':
      // WPS 表格 saves its own .et (and .ett templates) in the same container as an .xls.
      if (ext === '.et' || ext === '.ett') {
        return msg(
          `无法读取 ${name}：这是 WPS 表格自己的 .et 文件；请在 WPS 中“另存为” Excel 工作簿（.xlsx）后再试`,
          `cannot read ${name}: it is a WPS Spreadsheets .et file; in WPS, save it as an Excel workbook (.xlsx) and try again`,
        );
      }
      return msg(
        `无法读取 ${name}：这是旧版 .xls 工作簿或设了打开密码的文件；请在 Excel 中另存为 .xlsx（不设密码）后再试`,
        `cannot read ${name}: it is an old .xls workbook or a password-protected file; save it from Excel as .xlsx without a password and try again`,
      );
    case 'empty':
      return msg(
        `无法读取 ${name}：文件是空的（0 字节），可能没有保存或复制完整；请在 Excel 中重新保存，或重新复制后再试`,
        `cannot read ${name}: the file is empty (0 bytes), perhaps not saved or copied in full; save it again from Excel, or copy it again, and try again`,
      );
    case 'not-xlsx':
      if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
        return msg(
          `无法读取 ${name}：这是文本（CSV）文件，不是工作簿；请在 Excel 或 WPS 中打开，另存为 .xlsx 后再试`,
          `cannot read ${name}: it is a text (CSV) file, not a workbook; open it in Excel or WPS, save it as .xlsx and try again`,
        );
      }
      return msg(
        `无法读取 ${name}：不是 .xlsx 工作簿；请选择 .xlsx 文件，或在 Excel、WPS 中打开后另存为 .xlsx 再试`,
        `cannot read ${name}: not an .xlsx workbook; choose an .xlsx file, or open it in Excel or WPS and save it as .xlsx`,
      );
    case 'unsupported':
      return msg(
        `无法读取 ${name}：文件的内部结构不是常见的格式；请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx 再试（供技术人员排查：${e.message}）`,
        `cannot read ${name}: its inner layout is not a common one; open it in Excel, WPS or LibreOffice, save it as .xlsx and try again (for whoever looks into it: ${e.message})`,
      );
    case 'damaged':
      return msg(
        `无法读取 ${name}：文件已损坏；请用备份或从原来的程序重新导出后再试（供技术人员排查：${e.message}）`,
        `cannot read ${name}: the file is damaged; use a backup or export it again from the program that made it (for whoever looks into it: ${e.message})`,
      );
    case 'too-large':
      return tooLarge(name, e.size);
  }
}

function tooLarge(name: string, size: SizeProblem | undefined): Msg {
  const sheet = size?.sheet ?? '';
  const max = num(size?.max ?? 0);
  switch (size?.limit) {
    case 'rows': {
      const { what, todo } = tooManyRowsText(sheet, size.max);
      return msg(`无法读取 ${name}：${what.zh}；${todo.zh}`, `cannot read ${name}: ${what.en}; ${todo.en}`);
    }
    case 'cells':
      return msg(
        `无法读取 ${name}：文件中的单元格超过 ${max} 个（数到工作表“${sheet}”时），这是考评助手从一个文件读取的上限；请删除不需要的工作表或旧的结果表`,
        `cannot read ${name}: it holds more than ${max} cells (counting up to the sheet "${sheet}"), the most Kaoping reads from one file; delete sheets not needed or old result sheets`,
      );
    case 'merges':
      return msg(
        `无法读取 ${name}：文件中的合并单元格区域超过 ${max} 个（数到工作表“${sheet}”时），这是考评助手从一个文件读取的上限；请取消不需要的合并（“开始”→“合并后居中”→“取消单元格合并”），或删除不需要的工作表`,
        `cannot read ${name}: it holds more than ${max} merged ranges (counting up to the sheet "${sheet}"), the most Kaoping reads from one file; unmerge the cells that need not be merged (Home > Merge & Center > Unmerge Cells) or delete sheets not needed`,
      );
    default:
      return msg(
        `无法读取 ${name}：“${sheet}”解压后超过 ${num(Math.round((size?.max ?? 0) / 1024 / 1024))} MB，文件可能已损坏`,
        `cannot read ${name}: "${sheet}" unpacks to more than ${num(Math.round((size?.max ?? 0) / 1024 / 1024))} MB; the file may be damaged`,
      );
  }
}

/** How many findings of each severity: the assessment's, and those writing added. */
export function countBySeverity(a: Assessment, extra: Report['renamed'] = []): Record<Severity, number> {
  return countFindings([...a.findings, ...extra]);
}

/** Every role the clerk named must be a sheet of the workbook. */
function checkRoles(input: WorkbookInput, roles: RoleOverrides): void {
  for (const [role, name] of Object.entries(roles)) {
    if (name !== null && name !== undefined && !input.sheets.some((s) => s.name === name)) {
      throw new CliError(msg(`--sheet ${role}=${name}：工作簿中没有名为“${name}”的工作表`, `--sheet ${role}=${name}: the workbook has no sheet named "${name}"`), 2);
    }
  }
}

/** Where the workbook is opened: the xlsx adapter, or the Office.js adapter over the in-memory Excel. */
export type Host = 'xlsx' | 'excel-sim';

export async function recalcOn(
  host: Host,
  bytes: Uint8Array,
  name: string,
  lang: Lang,
  roles: RoleOverrides,
  progress: Progress,
  /** --replace-edited: overwrite result sheets the clerk edited instead of writing beside them. */
  replaceEdited = false,
): Promise<RecalcRun & { readonly counters?: Readonly<Counters> }> {
  if (host === 'xlsx') return recalcBytes(bytes, name, lang, roles, progress, replaceEdited);
  progress.begin();
  try {
    await checkXlsx(bytes);
    const run = await recalcExcelSim(bytes, lang, roles, { onRead: (input) => checkRoles(input, roles), replaceEdited });
    progress.done(msg('经 Office.js 在模拟 Excel 上读取、计分并写入', 'read, scored and written through Office.js on the in-memory Excel'));
    return run;
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(unreadable(e, name), 2);
    if (e instanceof ExcelHostError) throw new CliError(e.text, 2);
    throw e;
  }
}

/** `kaoping recalc` over the xlsx adapter: the one recalculation, a line on stderr per stage. */
export async function recalcBytes(
  bytes: Uint8Array,
  name: string,
  lang: Lang,
  roles: RoleOverrides,
  progress: Progress,
  replaceEdited = false,
): Promise<RecalcRun> {
  progress.begin();
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.load(bytes);
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(unreadable(e, name), 2);
    throw e;
  }
  let run: RecalcResult;
  try {
    run = await recalc(wb, {
      lang,
      roles,
      replaceEdited,
      onRead: (input) => {
        const { sheets, cells } = wb.stats;
        progress.done(msg(`读取：${num(sheets)} 个工作表，${num(cells)} 个单元格`, `read ${num(sheets)} sheets, ${num(cells)} cells`));
        checkRoles(input, roles);
      },
      onChecked: () => progress.done(msg('检查：已识别各表并读入记录', 'checked: sheets found and entries read')),
      onScored: (assessment) => {
        const n = countBySeverity(assessment);
        progress.done(
          msg(
            `计分：${num(assessment.entryCount)} 条记录，${num(assessment.units.length)} 个单位，${num(assessment.periods.length)} 个期间；错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}`,
            `scored ${num(assessment.entryCount)} entries, ${num(assessment.units.length)} units, ${num(assessment.periods.length)} periods: ${n.error} errors, ${n.warning} warnings, ${n.info} notes`,
          ),
        );
      },
    });
  } catch (e) {
    if (e instanceof XlsxReadError) throw new CliError(unreadable(e, name), 2);
    throw e;
  }
  if (!run.report) return run;
  const output = await wb.toBuffer();
  const rows = run.report.sheets.reduce((k, s) => k + s.rows.length, 0);
  progress.done(msg(`写入：${run.report.sheets.length} 个结果表，${num(rows)} 行`, `wrote ${run.report.sheets.length} result sheets, ${num(rows)} rows`));
  return { ...run, output };
}
