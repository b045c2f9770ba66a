/** The output's extension must be the one its content calls for, or Excel refuses to open the file. */
import * as path from 'node:path';
import { workbookExtension } from '../workbook/xlsx';
import { CliError, msg } from './messages';

/**
 * The output path to write: `output` as given when its extension fits the workbook's kind; the
 * default name with the fitting extension; a usage error when `-o` names the wrong one.
 */
export async function fittingOutput(bytes: Uint8Array, output: string, explicit: boolean): Promise<string> {
  const wanted = await workbookExtension(bytes);
  const ext = path.extname(output);
  if (wanted === undefined || ext.toLowerCase() === wanted) return output;
  if (!explicit) return output.slice(0, output.length - ext.length) + wanted;
  const macro = wanted === '.xlsm' || wanted === '.xltm';
  throw new CliError(
    msg(
      `无法写入 ${path.basename(output)}：输入是${macro ? '启用宏的' : ''}工作簿，结果必须保存为 ${wanted} 文件，否则 Excel 不会打开；请把 -o 的文件名改为以 ${wanted} 结尾`,
      `cannot write ${path.basename(output)}: the input is a ${macro ? 'macro-enabled ' : ''}workbook, so the results must be saved as a ${wanted} file or Excel will not open it; give -o a name ending in ${wanted}`,
    ),
    2,
  );
}
