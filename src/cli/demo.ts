/**
 * `kaoping demo` (npm run demo): scores the power-plant sample (or `--example <key>`), writes
 * out/demo-结果.xlsx, and prints each zone's ranking for the latest period (with each unit's change
 * since the period before) and the composite, with the money where the sample sets it, and the
 * findings by severity.
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
  /** Places gained since the previous period (undefined: not shown, as on the composite). */
  readonly change?: number | null;
  /** Payable and fund share, when the assessment has money. */
  readonly money?: { readonly payable: number | null; readonly fundShare: number | null };
}

/** ▲2, ▼1, — as on the rankings sheet. */
export function changeText(change: number | null): string {
  if (change === null || change === 0) return '—';
  return change > 0 ? `▲${change}` : `▼${-change}`;
}

const FLAG: Record<Lang, Record<'red' | 'warning' | 'vetoed', string>> = {
  zh: { red: '红旗', warning: '预警', vetoed: '否决' },
  en: { red: 'red flag', warning: 'warning', vetoed: 'vetoed' },
};

function block(title: string, rows: readonly Ranked[], lang: Lang, decimals: number, moneyDecimals?: number): string[] {
  const withChange = rows.some((r) => r.change !== undefined);
  const withPayable = rows.some((r) => r.money?.payable != null);
  const withFund = rows.some((r) => r.money?.fundShare != null);
  const head = lang === 'zh' ? ['名次', '升降', '单位', '总分', '标志', '应发合计', '奖励资金'] : ['Rank', 'Change', 'Unit', 'Total', 'Flag', 'Payable', 'Fund share'];
  const keep = (i: number): boolean => (i !== 1 || withChange) && (i !== 5 || withPayable) && (i !== 6 || withFund);
  const amount = (v: number | null | undefined): string => (v === null || v === undefined ? '' : v.toFixed(moneyDecimals ?? 0));
  const sorted = [...rows].sort((a, b) => a.rankInZone - b.rankInZone);
  const body = sorted.map((r) => [
    String(r.rankInZone),
    r.change === undefined ? '' : changeText(r.change),
    r.unit,
    r.total.toFixed(decimals),
    r.vetoed ? FLAG[lang].vetoed : r.flag ? FLAG[lang][r.flag] : '',
    amount(r.money?.payable),
    amount(r.money?.fundShare),
  ]);
  const table = [head, ...body].map((row) => row.filter((_, i) => keep(i)));
  const kept = head.map((_, i) => i).filter(keep);
  const right = new Set(kept.flatMap((orig, j) => ([0, 3, 5, 6].includes(orig) ? [j] : [])));
  return [title, ...alignedTable(table, right).map((l) => '  ' + l), ''];
}

/** Each zone's ranking for the latest period and, with two or more periods, the composite. */
export function rankingText(a: Assessment, lang: Lang): string {
  const zones = [...new Set(a.units.map((u) => u.zone as string))];
  const latest = a.periods[a.periods.length - 1];
  const composite = lang === 'zh' ? '综合' : 'Composite';
  const lines: string[] = [];
  const moneyOf = (period: string | null, unit: string) => {
    const row = a.pay?.rows.find((p) => p.period === period && p.unit === unit);
    return row ? { payable: row.payable, fundShare: row.fundShare } : undefined;
  };
  const md = a.pay?.moneyDecimals;
  for (const zone of zones) {
    const period: Ranked[] = [];
    a.results.forEach((r) => {
      if (r.period === latest && r.zone === zone) period.push({ ...r, change: r.rankChange, money: moneyOf(r.period, r.unit) });
    });
    lines.push(...block(`${zone} · ${latest}`, period, lang, a.settings.decimals, md));
    if (a.composite.length > 0) {
      const rows = a.composite.filter((r) => r.zone === zone).map((r): Ranked => ({ ...r, money: moneyOf(null, r.unit) }));
      lines.push(...block(`${zone} · ${composite}`, rows, lang, a.settings.decimals, md));
    }
  }
  return lines.join('\n');
}

export async function demo(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      lang: { type: 'string' },
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q', default: false },
      example: { type: 'string' },
    },
  });
  const chosen = parseLang(values.lang);
  const lang: Lang = chosen ?? 'zh';
  const key = values.example ?? 'power-plant';
  const sample = sampleByKey(key);
  if (!sample) throw new CliError(msg(`找不到示例 ${key}`, `there is no sample called ${key}`), 2);
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
