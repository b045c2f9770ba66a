/** `kaoping template <out.xlsx>`: a new input workbook with headers and dropdowns, blank or from a sample. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLES, sampleByKey } from '../../seeds';
import { templateXlsx } from '../workbook/xlsx';
import { writeWhole } from './files';
import type { Io } from './io';
import { CliError, msg, say, usageError } from './messages';
import { parseLang } from './recalc';

export async function template(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      example: { type: 'string' },
      force: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  if (positionals.length !== 1) throw usageError('template 需要一个输出文件：kaoping template 新表.xlsx', 'template takes one output file: kaoping template new.xlsx');
  const chosen = parseLang(values.lang);
  const out = path.resolve(io.cwd, positionals[0]);
  let example;
  if (values.example !== undefined) {
    example = sampleByKey(values.example);
    if (!example) {
      const keys = SAMPLES.map((s) => s.key).join(', ');
      throw usageError(`没有名为“${values.example}”的示例；可用：${keys}`, `no example named "${values.example}"; there are: ${keys}`);
    }
  }
  if (fs.existsSync(out) && !values.force) {
    throw new CliError(msg(`${out} 已存在；如要覆盖，请加 --force`, `${out} exists already; add --force to overwrite it`), 2);
  }
  writeWhole(out, await templateXlsx(chosen ?? 'zh', example));
  if (!values.quiet) {
    const what = example ? msg(`示例“${example.title.zh}”`, `the example "${example.title.en}"`) : msg('空白模板', 'a blank template');
    io.err(say(msg(`已写入 ${out}（${what.zh}）`, `wrote ${out} (${what.en})`), chosen) + '\n');
  }
  return 0;
}
