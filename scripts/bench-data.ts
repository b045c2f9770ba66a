/**
 * Synthetic workbooks for the benchmarks: a rubric, units in zones with their pay bases, periods with
 * reward funds, and a long entries log whose problems carry 整改状态 and 整改期限, so that every result
 * sheet (pay, rectification and the trends with their charts) is written.
 */
import { cell, type Cell, type Sheet, type WorkbookInput } from '../src/engine/cells';

export interface BenchSize {
  readonly units: number;
  readonly items: number;
  readonly periods: number;
  readonly entries: number;
}

const CATEGORIES = ['重点指标', '班子建设', '支部建设', '企业文化', '群团工作', '其他工作', '特色工作', '安全生产', '宣传工作', '纪律监督'];
const REASONS = ['支委会缺1次', '黑板报少办一期', '党费未按时上缴', '未上党课', '学习记录不全', '群访事件', '稿件未达标'];
/** Most problems put right, some in hand, a few still open. */
const STATUSES = ['已整改', '已整改', '已整改', '已整改', '已整改', '已整改', '已整改', '已整改', '整改中', '未整改'];

/** A deterministic pseudo-random sequence, so every run scores the same workbook. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function row(values: ReadonlyArray<string | number | null>): Cell[] {
  return values.map((v) => cell(v));
}

export type PlainRows = Array<Array<string | number | null>>;

/** The benchmark workbook as plain rows per sheet (for writers that want values only). */
export function benchRows(size: BenchSize, seed = 42): Record<string, PlainRows> {
  const rand = rng(seed);
  const rubric: PlainRows = [['编号', '栏目', '考核内容', '分值', '单次扣分', '类型']];
  const nCats = Math.min(CATEGORIES.length, Math.max(1, Math.ceil(size.items / 20)));
  for (let i = 0; i < size.items; i++) {
    const kind = i % 50 === 49 ? '加分' : i % 25 === 7 ? '累进扣分' : '扣分';
    rubric.push([`${Math.floor(i / 20) + 1}.${(i % 20) + 1}`, CATEGORIES[i % nCats], `考核项目${i + 1}`, 5, kind === '累进扣分' ? 1 : 2, kind]);
  }
  const unitNames = Array.from({ length: size.units }, (_, u) => `第${u + 1}支部`);
  const units: PlainRows = [
    ['单位', '考评区', '规模系数', '工资总额'],
    ...unitNames.map((n, u) => [n, `第${(u % 10) + 1}考评区`, u % 7 === 0 ? 1.1 : null, 300_000 + ((u * 7919) % 1_500_000)]),
  ];
  const periodNames = Array.from({ length: size.periods }, (_, p) => `2023年${p + 1}月`);
  const dates = Array.from({ length: size.periods }, (_, p) => `2023-${String(p + 1).padStart(2, '0')}-15`);
  const periods: PlainRows = [['期间', '权重', '奖励资金'], ...periodNames.map((n) => [n, 1, 100_000])];
  const dues = Array.from({ length: size.periods }, (_, p) => `2023-${String(Math.min(12, p + 2)).padStart(2, '0')}-28`);
  const log: PlainRows = [['期间', '单位', '编号', '次数', '扣分', '原因', '检查人', '日期', '整改状态', '整改期限', '整改责任人']];
  for (let e = 0; e < size.entries; e++) {
    const item = Math.floor(rand() * size.items);
    const p = Math.floor(rand() * size.periods);
    log.push([
      periodNames[p],
      unitNames[Math.floor(rand() * size.units)],
      rubric[item + 1][0],
      rand() < 0.3 ? 1 + Math.floor(rand() * 3) : null,
      rand() < 0.5 ? 1 + Math.floor(rand() * 4) / 2 : null,
      REASONS[e % REASONS.length],
      '党群工作部',
      dates[p],
      STATUSES[e % STATUSES.length],
      dues[p],
      '支部书记',
    ]);
  }
  const settings: PlainRows = [['项目', '值'], ['红旗名额', 3], ['预警名额', 1], ['挂钩比例', '20%'], ['奖励资金', 1_000_000], ['评定日期', '2023-03-31']];
  return { 考评细则: rubric, 考评单位: units, 期间设置: periods, 考评设置: settings, 扣分记录: log };
}

/** The benchmark workbook as the engine's grids; the plain rows are dropped sheet by sheet. */
export function benchWorkbook(size: BenchSize, seed = 42): WorkbookInput {
  const plain = benchRows(size, seed);
  const sheets: Sheet[] = [];
  for (const name of Object.keys(plain)) {
    const rows = plain[name];
    const cells: Cell[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) cells[r] = row(rows[r]);
    delete plain[name];
    sheets.push({ name, rows: cells });
  }
  return { sheets };
}
