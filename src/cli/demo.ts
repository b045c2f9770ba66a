/**
 * `kaoping demo` (npm run demo): scores the power-plant sample, writes out/demo-结果.xlsx, and prints
 * each zone's ranking for the latest period and the composite, and the findings by severity.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { sampleByKey } from '../../seeds';
import type { Assessment, Flag, Lang } from '../engine/types';
import { sampleToXlsx } from '../workbook/xlsx';
import { alignedTable } from './display-width';
import { ensureDir, writeWhole } from './files';
import type { Io } from './io';
import { CliError, msg, say } from './messages';
import { countBySeverity, recalcBytes } from './pipeline';
import { Progress } from './progress';
import { parseLang } from './recalc';

interface Ranked {
  readonly unit: string;
  readonly zone: string;
  readonly total: number;
  readonly rankInZone: number;
  readonly vetoed: boolean;
  readonly flag: Flag;
}

const FLAG: Record<Lang, Record<'red' | 'warning' | 'vetoed', string>> = {
  zh: { red: '红旗', warning: '预警', vetoed: '否决' },
  en: { red: 'red flag', warning: 'warning', vetoed: 'vetoed' },
};

function block(title: string, rows: readonly Ranked[], lang: Lang, decimals: number): string[] {
  const head = lang === 'zh' ? ['名次', '单位', '总分', '标志'] : ['Rank', 'Unit', 'Total', 'Flag'];
  const sorted = [...rows].sort((a, b) => a.rankInZone - b.rankInZone);
  const body = sorted.map((r) => [String(r.rankInZone), r.unit, r.total.toFixed(decimals), r.vetoed ? FLAG[lang].vetoed : r.flag ? FLAG[lang][r.flag] : '']);
  return [title, ...alignedTable([head, ...body], new Set([0, 2])).map((l) => '  ' + l), ''];
}

/** Each zone's ranking for the latest period and, with two or more periods, the composite. */
export function rankingText(a: Assessment, lang: Lang): string {
  const zones = [...new Set(a.units.map((u) => u.zone as string))];
  const latest = a.periods[a.periods.length - 1];
  const composite = lang === 'zh' ? '综合' : 'Composite';
  const lines: string[] = [];
  for (const zone of zones) {
    const period = a.results.filter((r) => r.period === latest && r.zone === zone);
    lines.push(...block(`${zone} · ${latest}`, period, lang, a.settings.decimals));
    if (a.composite.length > 0) lines.push(...block(`${zone} · ${composite}`, a.composite.filter((r) => r.zone === zone), lang, a.settings.decimals));
  }
  return lines.join('\n');
}

export async function demo(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { lang: { type: 'string' }, output: { type: 'string', short: 'o' }, quiet: { type: 'boolean', short: 'q', default: false } },
  });
  const chosen = parseLang(values.lang);
  const lang: Lang = chosen ?? 'zh';
  const sample = sampleByKey('power-plant');
  if (!sample) throw new CliError(msg('找不到示例 power-plant', 'the power-plant sample is missing'), 2);
  const out = path.resolve(io.cwd, values.output ?? path.join('out', lang === 'en' ? 'demo-results.xlsx' : 'demo-结果.xlsx'));
  const progress = new Progress(io, chosen, values.quiet);
  const run = await recalcBytes(await sampleToXlsx(sample), `${sample.key}.xlsx`, lang, {}, progress);
  if (!run.output || !run.report) throw new CliError(msg('示例无法计分', 'the sample could not be scored'), 2);
  ensureDir(path.dirname(out));
  writeWhole(out, run.output);

  const n = countBySeverity(run.assessment, run.report.renamed);
  io.out(`${say(sample.title, chosen)}\n\n${rankingText(run.assessment, lang)}\n`);
  io.out(say(msg(`校验：错误 ${n.error}，警告 ${n.warning}，提示 ${n.info}`, `checks: ${n.error} errors, ${n.warning} warnings, ${n.info} notes`), chosen) + '\n');
  io.out(say(msg(`已写入 ${out}`, `wrote ${out}`), chosen) + '\n');
  return 0;
}
