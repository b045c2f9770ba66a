/** The pay, rectification and trends sheets: what a clerk reads on them, worked by hand. */
import { assess } from './assess';
import { FOLLOW_UP } from './fixtures/follow-up';
import { E, entries, RUBRIC, settings } from './fixtures/base';
import { buildReport } from './report';
import { printWidth, rowHeightsFor } from './report-cells';
import { workbook } from './testing/grid';
import type { Report } from './types';
import { SAMPLES } from '../../seeds';
import { sampleToInput } from '../../seeds/to-input';

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

  it('lists each unit with its pay under the block’s title and header, and sums each money column at the foot', () => {
    const v = values(report, 'pay');
    expect(v[0]).toEqual(['全年 考核兑现（挂钩比例 20%）']);
    // No reward fund anywhere: no fund column.
    expect(v[1]).toEqual(['考评区', '单位', '总分', '得分率', '挂钩基数', '固定部分', '挂钩部分', '应发合计']);
    expect(v[2]).toEqual(['一区', '一队', 95, 0.95, 100000, 80000, 19000, 99000]);
    expect(v[3]).toEqual(['一区', '二队', 100, 1, 80000, 64000, 0, 64000]);
    expect(v[4]).toEqual(['一区', '三队', 97, 0.97, null, null, null, null]);
    // 100000 + 80000; 80000 + 64000; 19000 + 0; 99000 + 64000.
    expect(v[5]).toEqual(['合计', '', '', '', 180000, 144000, 19000, 163000]);
    const sheet = report.sheets.find((s) => s.key === 'pay')!;
    expect(sheet.moneyFormat).toBe('0');
    expect(sheet.rows[2][5].style).toBe('money');
    // Each block carries its own header: no print titles, nothing frozen over another block.
    expect(sheet.printTitleRows).toEqual([0, 0]);
    expect(sheet.freezeRows).toBe(0);
  });

  it('says in one line why a block has nothing to pay, rather than printing it empty', () => {
    const f = byTitle('period funds');
    const inp = workbook(f.sheets);
    const r = buildReport(assess(inp), inp, 'en');
    const v = values(r, 'pay');
    // Funds only, no linked share: the fund column alone after the scores.
    expect(v.find((row) => row[0] === 'Zone')).toEqual(['Zone', 'Unit', 'Total', 'Score rate', 'Fund share']);
    const lines = v.filter((row) => row.length === 1).map((row) => row[0]);
    expect(lines).toEqual(['Q2: nothing to pay: the setting Linked share (挂钩比例) is not set, and the periods sheet gives this period no reward fund.', 'Composite pay (reward fund 300)']);
    const foot = v.filter((row) => row[0] === 'Total');
    expect(foot.map((row) => row[4])).toEqual([300]);
    // Only the composite has a table, so only one header row.
    expect(v.filter((row) => row[0] === 'Zone')).toHaveLength(1);
  });

  it('keeps a block that fits a page on one page, and repeats its header on each page of a longer one', () => {
    const many = [['单位', '考评区', '挂钩基数'], ...Array.from({ length: 60 }, (_, i) => [`队${i + 1}`, '一区', 1000 + i])];
    const inp = workbook({ ...byTitle('挂钩比例').sheets, 考评单位: many });
    const sheet = buildReport(assess(inp), inp, 'zh').sheets.find((s) => s.key === 'pay')!;
    const v = sheet.rows.map((row) => row.map((c) => c.value));
    expect(sheet.pageBreaksBefore.length).toBeGreaterThan(0);
    // Every page starts with the header row (the first with the block's title above it).
    const starts = [1, ...sheet.pageBreaksBefore];
    expect(v[0][0]).toBe('全年 考核兑现（挂钩比例 20%）');
    for (const [k, row] of starts.entries()) expect(v[row - 1 + (k === 0 ? 1 : 0)][0]).toBe('考评区');
    // Each page holds at most 470 points of rows.
    const ends = [...sheet.pageBreaksBefore, sheet.rows.length + 1];
    starts.forEach((s, k) => expect(sheet.rowHeights!.slice(s - 1, ends[k] - 1).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(470));
    expect(v.filter((row) => row[0] === '合计')).toHaveLength(1);
  });
});

describe('结果-整改', () => {
  const f = byTitle('rectification: statuses');
  const input = workbook(f.sheets);
  const rectReport = buildReport(assess(input), input, 'zh');
  const v = values(rectReport, 'rectification');
  const sheet = rectReport.sheets.find((s) => s.key === 'rectification')!;

  it('counts per unit with a total row, then every open problem, overdue marked, each block under its own header', () => {
    expect(v[0]).toEqual(['整改情况统计（评定日期 2024-04-15）']);
    expect(v[1]).toEqual(['考评区', '单位', '问题数', '已整改', '整改中', '未整改', '逾期']);
    expect(v[2]).toEqual(['全部', '一支部', 3, 1, 1, 1, 1]);
    expect(v[6]).toEqual(['合计', '', 7, 2, 2, 3, 2]);
    expect(v[7]).toEqual([]);
    expect(v[8]).toEqual(['未完成整改的问题（评定日期 2024-04-15）']);
    expect(v[9]).toEqual(['期间', '单位', '编号', '考核内容', '原因', '计分', '整改责任人', '整改期限', '整改状态', '逾期']);
    expect(v[10]).toEqual(['Q1', '一支部', 'A1', '三会一课', '未按时召开支委会', 5, '张三', '2024-03-31', '未整改', '逾期']);
    expect(v[11]).toEqual(['Q1', '一支部', 'A2', '党费', '党费迟交', 2, '张三', '2024-04-30', '整改中', null]);
    expect(v.slice(10).map((r) => r[2])).toEqual(['A1', 'A2', 'B1', 'C2', 'B2']);
    expect(sheet.printTitleRows).toEqual([0, 0]);
  });

  it('wraps an English header between words, never inside one', () => {
    const en = buildReport(assess(input), input, 'en').sheets.find((s) => s.key === 'rectification')!;
    const col = en.rows.find((r) => r[0]?.value === 'Period')!.findIndex((c) => c.value === 'Responsible');
    expect(en.widths[col]).toBeGreaterThanOrEqual('Responsible'.length + 2);
  });

  it('fits a landscape page at 100%: the item and reason columns wrap in what is left', () => {
    expect(sheet.widths.reduce((s, w) => s + (w * 7 + 5) * 0.75, 0)).toBeLessThanOrEqual(741);
    expect(sheet.rows[10][3].style).toBe('wrap');
    expect(sheet.rows[10][4].style).toBe('wrap');
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
    expect(values(r, 'trends').filter((row) => row.length > 0)).toEqual([
      ['考评区', '单位', 'Q1', 'Q2', '综合'],
      ['一区', '甲', 95, 100, 97.5],
      ['一区', '丙', 100, 97, 98.5],
      ['二区', '乙', 100, 99, 99.5],
    ]);
  });

  it('charts each zone: a bar chart of the latest period and a line chart by period', () => {
    expect(sheet.charts!.map((c) => [c.kind, c.title, c.firstRow, c.lastRow, c.firstCol, c.lastCol])).toEqual([
      ['bar', '一区 · Q2 总分', 2, 3, 3, 3],
      ['line', '一区 · 各期总分走势', 2, 3, 2, 3],
      ['bar', '二区 · Q2 总分', 4, 4, 3, 3],
      ['line', '二区 · 各期总分走势', 4, 4, 2, 3],
    ]);
  });

  it('places the charts below the table, side by side, on pages of their own that never cut one', () => {
    const charts = sheet.charts!;
    // Below the table, which ends at row 4; the charts' rows start a page.
    expect(Math.min(...charts.map((c) => c.anchor.row))).toBeGreaterThanOrEqual(4);
    const chartTop = Math.min(...charts.map((c) => c.anchor.row));
    // The charts' page starts with a blank row above the first (pageBreaksBefore counts rows from 1, anchors from 0).
    expect(sheet.pageBreaksBefore).toContain(chartTop);
    expect(sheet.rows[chartTop - 1]).toEqual([]);
    // A pair shares its rows; the line chart starts where the bar chart ends.
    expect(charts[1].anchor.row).toBe(charts[0].anchor.row);
    expect(charts[1].anchor.col).toBe(charts[0].anchor.col + charts[0].anchor.cols);
    // No page break falls inside a chart, and each chart's rows fit a landscape page (487 pt).
    for (const c of charts) {
      for (const b of sheet.pageBreaksBefore) expect(b - 1 <= c.anchor.row || b - 1 >= c.anchor.row + c.anchor.rows).toBe(true);
      expect(sheet.rowHeights!.slice(c.anchor.row, c.anchor.row + c.anchor.rows).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(487);
    }
    // The two charts of a pair fit the page's width at 100% (741 pt between Excel's default margins).
    const pts = (cols: number) => sheet.widths.slice(0, cols).reduce((s, w) => s + (w * 7 + 5) * 0.75, 0);
    expect(pts(charts[1].anchor.col + charts[1].anchor.cols)).toBeLessThanOrEqual(741);
    expect(pts(charts[0].anchor.cols)).toBeGreaterThan(300);
    expect(sheet.fitToWidth).toBe(false);
    expect(sheet.printTitleRows).toEqual([0, 0]);
  });

  it('gives a zone of more than 20 units a pair of charts per part', () => {
    const units = [['单位', '考评区'], ...Array.from({ length: 30 }, (_, i) => [`单位${i + 1}`, '一区'])];
    const inp = workbook({ 考评细则: RUBRIC, 考评单位: units, 扣分记录: entries(E('Q1', '单位1', 'A1', null, 5), E('Q2', '单位2', 'A1', null, 1)) });
    const s = buildReport(assess(inp), inp, 'zh').sheets.find((x) => x.key === 'trends')!;
    const bars = s.charts!.filter((c) => c.kind === 'bar');
    expect(bars.map((c) => c.title)).toEqual(['一区 · Q2 总分（1/2）', '一区 · Q2 总分（2/2）']);
    expect(bars.map((c) => c.lastRow - c.firstRow + 1).reduce((a, b) => a + b, 0)).toBe(30);
    for (const c of bars) expect(c.lastRow - c.firstRow + 1).toBeLessThanOrEqual(20);
    // Each part's rows are table rows of units, not a repeated header.
    for (const c of bars) for (let r = c.firstRow; r <= c.lastRow; r++) expect(s.rows[r - 1][0].value).toBe('一区');
  });
});

describe('wrapped text on paper', () => {
  it('counts curly quotes as wide as a 汉字, as a Chinese font prints them', () => {
    // 落实“三会一课”制度: 16 for the 汉字 and 4 for the quotes, one more than a 19-character column holds on a line.
    const [h] = rowHeightsFor([[{ value: '落实“三会一课”制度', style: 'wrap' }]], [19]);
    const [plain] = rowHeightsFor([[{ value: '落实三会一课制度', style: 'wrap' }]], [19]);
    expect(h).toBeGreaterThan(plain);
    expect(printWidth('落实“三会一课”制度')).toBe(20);
  });
});

describe('text past Excel’s 32,767 characters', () => {
  it('is cut there on 结果-对照 too, whose title line names the compare source', () => {
    const long = '自'.repeat(40000);
    const input = workbook({
      考评细则: RUBRIC,
      来源设置: [['来源', '用途'], ['联查', '计分'], [long, '对照']],
      扣分记录: [['期间', '单位', '编号', '扣分', '原因', '来源'], [null, '一队', 'A1', 5, '缺', '联查'], [null, '一队', 'B1', 2, '缺', long]],
    });
    const r = buildReport(assess(input), input, 'zh');
    expect(r.sheets.some((s) => s.key === 'compare')).toBe(true);
    for (const s of r.sheets) for (const row of s.rows) for (const c of row) if (typeof c.value === 'string') expect(c.value.length).toBeLessThanOrEqual(32767);
  });
});

describe('结果-对照 on paper', () => {
  it('prints each block under its own header: the missed items never under the compare table’s', () => {
    const input = sampleToInput(SAMPLES.find((s) => s.key === 'quarterly')!);
    const sheet = buildReport(assess(input), input, 'zh').sheets.find((s) => s.key === 'compare')!;
    expect(sheet.printTitleRows).toEqual([0, 0]);
    const v = sheet.rows.map((r) => r.map((c) => c.value));
    const compareHead = v[0];
    const missedAt = v.findIndex((r) => String(r[0] ?? '').includes('未发现的问题'));
    expect(missedAt).toBeGreaterThan(0);
    const missedHead = v[missedAt + 1];
    expect(missedHead).not.toEqual(compareHead);
    // The quarterly sample's missed list runs past a page: each page it goes on to starts with its header.
    const within = sheet.pageBreaksBefore.filter((b) => b - 1 > missedAt + 1);
    expect(within.length).toBeGreaterThanOrEqual(1);
    for (const b of within) expect(v[b - 1]).toEqual(missedHead);
    for (const b of sheet.pageBreaksBefore.filter((x) => x - 1 < missedAt)) expect(v[b - 1]).toEqual(compareHead);
  });
});
