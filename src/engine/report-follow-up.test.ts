/** The pay, rectification and trends sheets: what a clerk reads on them, worked by hand. */
import { assess } from './assess';
import { FOLLOW_UP } from './fixtures/follow-up';
import { E, entries, RUBRIC, settings } from './fixtures/base';
import { buildReport } from './report';
import { workbook } from './testing/grid';
import type { Report } from './types';

const values = (r: Report, key: string) => r.sheets.find((s) => s.key === key)!.rows.map((row) => row.map((c) => c.value));
const byTitle = (title: string) => FOLLOW_UP.find((f) => f.title.startsWith(title))!;

describe('结果-兑现', () => {
  const input = workbook(byTitle('挂钩比例').sheets);
  const report = buildReport(assess(input), input, 'zh');

  it('is written only when 挂钩比例 or 奖励资金 is set, after the trends', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['结果-总分', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势', '结果-兑现']);
    const plain = workbook({ 考评细则: RUBRIC, 扣分记录: entries(E(null, '一队', 'A1', null, 5)) });
    expect(buildReport(assess(plain), plain, 'zh').sheets.map((s) => s.key)).not.toContain('pay');
  });

  it('lists each unit with its pay and sums each money column at the foot', () => {
    const v = values(report, 'pay');
    expect(v[0]).toEqual(['考评区', '单位', '总分', '得分率', '挂钩基数', '固定部分', '挂钩部分', '应发合计', '奖励资金']);
    expect(v[1]).toEqual(['全年 考核兑现（挂钩比例 20%）']);
    expect(v[2]).toEqual(['一区', '一队', 95, 0.95, 100000, 80000, 19000, 99000, null]);
    expect(v[3]).toEqual(['一区', '二队', 100, 1, 80000, 64000, 0, 64000, null]);
    expect(v[4]).toEqual(['一区', '三队', 97, 0.97, null, null, null, null, null]);
    // 100000 + 80000; 80000 + 64000; 19000 + 0; 99000 + 64000; no fund.
    expect(v[5]).toEqual(['合计', '', '', '', 180000, 144000, 19000, 163000, null]);
    const sheet = report.sheets.find((s) => s.key === 'pay')!;
    expect(sheet.moneyFormat).toBe('0');
    expect(sheet.rows[2][5].style).toBe('money');
  });

  it('has a block for the latest period and one for the composite, each on its own page', () => {
    const f = byTitle('period funds');
    const inp = workbook(f.sheets);
    const r = buildReport(assess(inp), inp, 'en');
    const v = values(r, 'pay');
    const titles = v.filter((row) => row.length === 1).map((row) => row[0]);
    expect(titles).toEqual(['Q2 pay', 'Composite pay (reward fund 300)']);
    const foot = v.filter((row) => row[0] === 'Total');
    expect(foot.map((row) => row[8])).toEqual([null, 300]);
    expect(r.sheets.find((s) => s.key === 'pay')!.pageBreaksBefore).toHaveLength(1);
  });
});

describe('结果-整改', () => {
  const f = byTitle('rectification: statuses');
  const input = workbook(f.sheets);
  const v = values(buildReport(assess(input), input, 'zh'), 'rectification');

  it('counts per unit with a total row, then every open problem, overdue marked', () => {
    expect(v[0]).toEqual(['考评区', '单位', '问题数', '已整改', '整改中', '未整改', '逾期']);
    expect(v[1]).toEqual(['整改情况统计（评定日期 2024-04-15）']);
    expect(v[2]).toEqual(['全部', '一支部', 3, 1, 1, 1, 1]);
    expect(v[6]).toEqual(['合计', '', 7, 2, 2, 3, 2]);
    expect(v[8]).toEqual(['未完成整改的问题（评定日期 2024-04-15）']);
    expect(v[9]).toEqual(['期间', '单位', '编号', '考核内容', '原因', '计分', '整改责任人', '整改期限', '整改状态', '逾期']);
    expect(v[10]).toEqual(['Q1', '一支部', 'A1', '三会一课', '未按时召开支委会', 5, '张三', '2024-03-31', '未整改', '逾期']);
    expect(v[11]).toEqual(['Q1', '一支部', 'A2', '党费', '党费迟交', 2, '张三', '2024-04-30', '整改中', null]);
    expect(v.slice(10).map((r) => r[2])).toEqual(['A1', 'A2', 'B1', 'C2', 'B2']);
  });
});

describe('结果-趋势', () => {
  const input = workbook({
    考评细则: RUBRIC,
    考评单位: [['单位', '考评区'], ['甲', '一区'], ['乙', '二区'], ['丙', '一区']],
    扣分记录: entries(E('Q1', '甲', 'A1', null, 5), E('Q2', '丙', 'B1', null, 3), E('Q2', '乙', 'A1', null, 1)),
    考评设置: settings(['小数位', 1]),
  });
  const r = buildReport(assess(input), input, 'zh');
  const sheet = r.sheets.find((s) => s.key === 'trends')!;

  it('holds each unit’s total per period and the composite, grouped by zone', () => {
    expect(values(r, 'trends')).toEqual([
      ['考评区', '单位', 'Q1', 'Q2', '综合'],
      ['一区', '甲', 95, 100, 97.5],
      ['一区', '丙', 100, 97, 98.5],
      ['二区', '乙', 100, 99, 99.5],
    ]);
  });

  it('charts each zone: a column chart of the latest period and a line chart by period', () => {
    expect(sheet.charts!.map((c) => [c.kind, c.title, c.firstRow, c.lastRow, c.firstCol, c.lastCol])).toEqual([
      ['column', '一区 · Q2 总分', 2, 3, 3, 3],
      ['line', '一区 · 各期总分走势', 2, 3, 2, 3],
      ['column', '二区 · Q2 总分', 4, 4, 3, 3],
      ['line', '二区 · 各期总分走势', 4, 4, 2, 3],
    ]);
  });
});
