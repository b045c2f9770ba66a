import { assess } from './assess';
import { E, entries, RUBRIC, units } from './fixtures/base';
import { toJson } from './json';
import { buildReport } from './report';
import { sheet, workbook } from './testing/grid';
import type { ReportSheet } from './types';

const sheets = {
  考评细则: RUBRIC,
  考评单位: units(['一支部', '一区', null], ['二支部', '一区', null], ['三支部', '二区', null]),
  扣分记录: entries(
    E('Q1', '一支部', 'A1', null, 12, '=HYPERLINK("http://x")'),
    E('Q1', '一支部', 'A1', null, 10, '+缺会'),
    E('Q2', '二支部', 'X1', null, 3, '@表彰'),
    E('Q2', '二支部', 'X1', null, 4, '-省级表彰'),
    E('Q2', '三支部', 'V1', null, null, '班子成员受到刑事处理'),
  ),
};

function values(s: ReportSheet): Array<Array<string | number | null>> {
  return s.rows.map((r) => r.map((c) => c.value));
}

describe('result sheets', () => {
  const input = workbook(sheets);
  const a = assess(input);
  const report = buildReport(a, input, 'zh');
  const byKey = Object.fromEntries(report.sheets.map((s) => [s.key, s]));

  it('writes the four sheets under their Chinese names, each with a frozen, repeated, styled header', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['结果-总分', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势']);
    for (const s of report.sheets) {
      expect(s.freezeRows).toBe(1);
      expect(s.printTitleRows).toEqual([1, 1]);
      expect(s.landscape).toBe(true);
      expect(s.rows[0].every((c) => c.style === 'header')).toBe(true);
      expect(s.widths.length).toBeGreaterThanOrEqual(s.rows[0].length);
    }
  });

  it('totals: a row per period and unit, then composite rows', () => {
    const v = values(byKey.totals);
    expect(v[0]).toEqual(['期间', '考评区', '单位', '党建', '宣传', '安全', '基础分', '加分', '总分', '否决', '合格', '区内名次', '总名次', '标志']);
    expect(v.slice(1).map((r) => [r[0], r[2], r[8]])).toEqual([
      ['Q1', '一支部', 80], ['Q1', '二支部', 100], ['Q1', '三支部', 100],
      ['Q2', '一支部', 100], ['Q2', '二支部', 104], ['Q2', '三支部', 100],
      ['综合', '一支部', 90], ['综合', '二支部', 102], ['综合', '三支部', 100],
    ]);
    expect(byKey.totals.numberFormat).toBe('0.00');
  });

  it('rankings: the latest period and the composite, a block per zone in rank order, red flags coloured', () => {
    const v = values(byKey.rankings);
    expect(v[1]).toEqual(['Q2 · 一区']);
    expect(v[2]).toEqual([1, '二支部', 104, '红旗']);
    expect(byKey.rankings.rows[2][1].style).toBe('flagRed');
    expect(v).toContainEqual(['综合 · 二区']);
  });

  it('deductions: a printable block per unit, the cap note, a subtotal, a page break between units', () => {
    const v = values(byKey.deductions);
    const start = v.findIndex((r) => r[0] === '一支部（一区）');
    expect(start).toBe(1);
    expect(v[start + 1].slice(0, 7)).toEqual(['Q1', 'A1', '党建', '三会一课', '扣分', 12, 12]);
    expect(v[start + 2].slice(0, 7)).toEqual(['Q1', 'A1', '党建', '三会一课', '扣分', 10, 8]);
    expect(String(v[start + 3][3])).toContain('超出项目分值，2.00 分不计');
    expect(String(v[start + 4][3])).toContain('小计（Q1）：扣分 20.00');
    const second = v.findIndex((r) => r[0] === '二支部（一区）');
    expect(byKey.deductions.pageBreaksBefore).toContain(second + 1);
    expect(v.some((r) => String(r[3]).includes('同一事项只按最高一次计'))).toBe(true);
  });

  it('keeps text that looks like a formula as text, exactly as written', () => {
    const reasons = byKey.deductions.rows.map((r) => r[7]?.value);
    expect(reasons).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '+缺会', '@表彰', '-省级表彰']));
  });

  it('checks: every finding, errors first, with severity, code, sheet, cell and message', () => {
    const v = values(byKey.checks);
    expect(v[0]).toEqual(['严重程度', '代码', '工作表', '单元格', '说明']);
    expect(v).toContainEqual(['警告', 'OVER_CAP', '扣分记录', 'E3', expect.stringContaining('上限 20 分')]);
  });

  it('writes English names and labels when asked', () => {
    const en = buildReport(a, input, 'en');
    expect(en.sheets.map((s) => s.name)).toEqual(['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Checks', 'Results-Trends']);
    expect(en.sheets[0].rows[0][0].value).toBe('Period');
  });

  it("never takes the name of a clerk's own sheet: writes beside it and says so", () => {
    const clerk = { ...input, sheets: [...input.sheets, sheet('结果-总分', [['我的汇总']]), sheet('结果-排名', [['旧结果']], { owned: true })] };
    const r = buildReport(assess(clerk), clerk, 'zh');
    expect(r.sheets.map((s) => s.name)).toEqual(['结果-总分 (2)', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势']);
    expect(r.renamed).toHaveLength(1);
    expect(r.renamed[0]).toMatchObject({ code: 'OUTPUT_NAME_TAKEN', severity: 'warning', sheet: '结果-总分' });
    expect(values(r.sheets[3]).map((row) => row[1])).toContain('OUTPUT_NAME_TAKEN');
  });

  it('shows the coefficient and rank score columns only when a unit has a coefficient', () => {
    expect(values(byKey.totals)[0]).not.toContain('规模系数');
    const withK = workbook({ ...sheets, 考评单位: units(['一支部', '一区', 1.2], ['二支部', '一区', null], ['三支部', '二区', null]) });
    const r = buildReport(assess(withK), withK, 'zh');
    expect(values(r.sheets[0])[0]).toEqual(expect.arrayContaining(['规模系数', '排名分']));
  });
});

describe('the --json shape', () => {
  it('has exactly the contract keys', () => {
    const input = workbook(sheets);
    const a = assess(input);
    const j = toJson(a, 'en', buildReport(a, input, 'en').renamed);
    expect(Object.keys(j)).toEqual(['periods', 'results', 'composite', 'issues', 'compare', 'pay', 'rectification']);
    expect(Object.keys(j.results[0])).toEqual([
      'period', 'unit', 'zone', 'categories', 'base', 'bonus', 'total', 'coefficient', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag',
    ]);
    expect(Object.keys(j.composite[0])).toEqual(['unit', 'zone', 'total', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag']);
    expect(Object.keys(j.issues[0])).toEqual(['severity', 'code', 'sheet', 'cell', 'message']);
    expect(j.issues[0].message).toMatch(/cap/);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });

  it('has an empty composite with a single period', () => {
    const input = workbook({ 考评细则: RUBRIC, 扣分记录: entries(E(null, '一支部', 'A1', null, 1)) });
    expect(toJson(assess(input), 'zh').composite).toEqual([]);
  });
});

describe('progress', () => {
  it('checking counts the sheets read, scoring counts unit-periods, each ending at its total', () => {
    const calls: Array<[string, number, number]> = [];
    assess(workbook(sheets), { progress: (stage, done, total) => calls.push([stage, done, total]) });
    const checking = calls.filter(([s]) => s === 'checking');
    expect(checking[0]).toEqual(['checking', 0, 3]);
    expect(checking.map(([, d]) => d)).toEqual([0, 1, 2, 3]);
    expect(calls[calls.length - 1]).toEqual(['scoring', 6, 6]);
  });
});
