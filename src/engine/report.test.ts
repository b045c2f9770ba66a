import { assess } from './assess';
import { E, entries, RUBRIC, units } from './fixtures/base';
import { toJson } from './json';
import { buildReport } from './report';
import { noticeTitles, rowHeightsFor, t, type Row } from './report-cells';
import { signOffBreak } from './report-notices';
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

  it('writes the four sheets under their Chinese names: wide tables landscape with a frozen header, repeated on each page; notices portrait', () => {
    expect(report.sheets.map((s) => s.name)).toEqual(['结果-总分', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势']);
    for (const s of [byKey.totals, byKey.checks, byKey.trends]) {
      expect(s.freezeRows).toBe(1);
      // The trends sheet repeats its header as cells at each page's top (its chart pages have none).
      expect(s.printTitleRows).toEqual(s === byKey.trends ? [0, 0] : [1, 1]);
      expect(s.landscape).toBe(true);
      expect(s.rows[0].every((c) => c.style === 'header')).toBe(true);
      expect(s.widths.length).toBeGreaterThanOrEqual(s.rows[0].length);
    }
    for (const s of [byKey.rankings, byKey.deductions]) {
      expect(s.landscape).toBe(false);
      expect(s.freezeRows).toBe(0);
      expect(s.rows[0][0].style).toBe('title');
      // Portrait A4 at 100%: the columns fit 494 pt (Excel's default margins).
      expect(s.widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0)).toBeLessThanOrEqual(494);
    }
    for (const s of report.sheets) expect(s.rowHeights).toHaveLength(s.rows.length);
  });

  it('centres every sheet one page wide on its page (the ranking, the notices, the tables); only a table printed across pages stays at the left', () => {
    const centred = Object.fromEntries(report.sheets.map((s) => [s.key, s.centerHorizontally]));
    expect(centred).toEqual({ totals: true, rankings: true, deductions: true, checks: true, trends: true });
    for (const s of report.sheets) expect([s.key, s.centerHorizontally]).toEqual([s.key, !s.printTitleColumns]);
  });

  it('totals: a row per period and unit, then composite rows; each category with its points; 否决 only where it applies', () => {
    const v = values(byKey.totals);
    expect(v[0]).toEqual(['期间', '考评区', '单位', '党建 (30)', '宣传 (30)', '安全 (40)', '基础分', '加分', '总分', '否决', '合格', '区内名次', '总名次', '标志']);
    expect(v.slice(1).map((r) => [r[0], r[2], r[8]])).toEqual([
      ['Q1', '一支部', 80], ['Q1', '二支部', 100], ['Q1', '三支部', 100],
      ['Q2', '一支部', 100], ['Q2', '二支部', 104], ['Q2', '三支部', 100],
      ['综合', '一支部', 90], ['综合', '二支部', 102], ['综合', '三支部', 100],
    ]);
    const vetoCol = v[0].indexOf('否决');
    expect(v.slice(1).map((r) => r[vetoCol] ?? null)).toEqual([null, null, null, null, null, '否决', null, null, '否决']);
    const row = byKey.totals.rows[6];
    expect(row[vetoCol].style).toBe('vetoed');
    expect(row[vetoCol + 1]).toEqual({ value: '不合格', style: 'failed' });
    expect(byKey.totals.numberFormat).toBe('0.00');
  });

  it('rankings: a title and date, then per block its heading and own header, rank change, standing in words', () => {
    const r = buildReport(a, input, 'zh', { date: '2026-11-30' });
    const v = values(r.sheets[1]);
    expect(v[0][0]).toBe('考评结果公示');
    expect(v[1][0]).toContain('2026年11月30日');
    const at = v.findIndex((row) => row[0] === 'Q2 · 一区');
    expect(v[at + 1]).toEqual(['名次', '变化', '单位', '总分', '标志']);
    // Q1: 二支部 first (100), 一支部 second (80); Q2: 二支部 104, 一支部 100.
    expect(v[at + 2]).toEqual([1, '—', '二支部', 104, '红旗']);
    expect(v[at + 3]).toEqual([2, '—', '一支部', 100, '红旗']);
    const z2 = v.findIndex((row) => row[0] === 'Q2 · 二区');
    expect(v[z2 + 2]).toEqual([1, '—', '三支部', 100, '否决']);
    expect(r.sheets[1].rows[z2 + 2][4].style).toBe('vetoed');
    expect(v).toContainEqual(['综合 · 二区']);
    const comp = v.findIndex((row) => row[0] === '综合 · 一区');
    expect(v[comp + 2][1]).toBeNull();
  });

  it('rankings: a zone longer than a page goes on over the next pages with its header again at their top', () => {
    // 90 villages in one zone and 3 in another: the long zone cannot keep to one page.
    const many = Array.from({ length: 90 }, (_, i) => [`第${i + 1}村`, '山区', null]);
    const book = workbook({ 考评细则: RUBRIC, 考评单位: units(...many, ['甲村', '平原', null], ['乙村', '平原', null], ['丙村', '平原', null]), 扣分记录: entries(E('Q1', '第1村', 'A1', null, 2)) });
    const ranking = buildReport(assess(book), book, 'zh', { date: '2026-11-30' }).sheets[1];
    const v = values(ranking);
    const head = ['名次', '单位', '总分', '标志'];
    const breaks = ranking.pageBreaksBefore;
    const long = v.findIndex((row) => row[0] === 'Q1 · 山区');
    const short = v.findIndex((row) => row[0] === 'Q1 · 平原');
    const inLong = breaks.filter((b) => b - 1 > long && b - 1 < short);
    expect(inLong.length).toBeGreaterThanOrEqual(1);
    // Each page the long zone goes on to starts with its header row.
    for (const b of inLong) expect(v[b - 1]).toEqual(head);
    // Every village is listed once, in rank order, none lost at a page's edge.
    const listed = v.slice(long, short).filter((row) => typeof row[0] === 'number');
    expect(listed).toHaveLength(90);
    expect(listed.map((row) => row[0])).toEqual([...listed.map((row) => row[0] as number)].sort((x, y) => x - y));
    // The short zone after it stays on one page: no break inside it.
    const end = v.findIndex((row, i) => i > short && row.length === 0);
    expect(breaks.filter((b) => b - 1 > short && b - 1 < (end < 0 ? v.length : end))).toEqual([]);
  });

  it('rankings: 公示单位 and 公示期 from the settings sheet at the foot', () => {
    const withSettings = workbook({ ...sheets, 考评设置: [['项目', '值'], ['公示单位', '党委组织部'], ['公示期', '2026年12月1日至12月7日']] });
    const r = buildReport(assess(withSettings), withSettings, 'zh');
    const v = values(r.sheets[1]);
    expect(v.slice(-2)).toEqual([['公示单位：党委组织部'], ['公示期：2026年12月1日至12月7日']]);
    expect(assess(withSettings).findings.filter((f) => f.code === 'BAD_SETTING')).toEqual([]);
  });

  it('deductions: a notice per unit starting a page: title, standing, sections, cap line, subtotal, sign-off', () => {
    const v = values(byKey.deductions);
    const starts = v.map((r, i) => (r[0] === '扣分情况通知单' ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(3);
    expect(byKey.deductions.pageBreaksBefore).toEqual(starts.slice(1).map((i) => i + 1));
    const first = v.slice(starts[0], starts[1]);
    expect(first[2][0]).toBe('单位：一支部\u3000\u3000\u3000考评区：一区');
    expect(first[3][0]).toMatch(/^综合总分：90\.00\u3000\u3000区内名次：第 2 名（共 2 个）\u3000\u3000总名次：第 2 名\u3000\u3000红旗$/);
    expect(first).toContainEqual(['一、扣分']);
    expect(first).toContainEqual(['Q1']);
    const lines = first.filter((r) => r[0] === 'A1');
    expect(lines.map((r) => r.slice(0, 4))).toEqual([['A1', '三会一课', 12, 12], ['A1', '三会一课', 10, 8]]);
    expect(first.some((r) => String(r[1]).includes('超出项目分值，2.00 分不计'))).toBe(true);
    expect(first).toContainEqual([null, '扣分小计', null, 20]);
    expect(first.some((r) => String(r[0]).startsWith('小计（Q1）：扣分 20.00'))).toBe(true);
    expect(String(first[first.length - 1][0])).toContain('签收人');
    const second = v.slice(starts[1], starts[2]);
    expect(second).toContainEqual(['二、加分']);
    expect(v.some((r) => String(r[1]).includes('同一事项只按最高一次计'))).toBe(true);
    const third = v.slice(starts[2]);
    expect(third).toContainEqual(['二、否决']);
    expect(third.find((r) => r[0] === 'V1')?.[3]).toBe('一票否决');
  });

  it('keeps text that looks like a formula as text, exactly as written', () => {
    const reasons = byKey.deductions.rows.map((r) => r[4]?.value);
    expect(reasons).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', '+缺会', '@表彰', '-省级表彰']));
  });

  it('checks: every finding, errors first, with severity, code, sheet, cell and message', () => {
    const v = values(byKey.checks);
    expect(v[0]).toEqual(['严重程度', '代码', '工作表', '单元格', '单位', '编号', '说明']);
    expect(v).toContainEqual(['警告', 'OVER_CAP', '扣分记录', 'E3', expect.anything(), expect.anything(), expect.stringContaining('上限 20 分')]);
    // The unit and item columns are the finding's own fields.
    const over = a.findings.find((f) => f.code === 'OVER_CAP' && f.cell === 'E3')!;
    expect(over.unit).toBeDefined();
    expect(v.find((r) => r[1] === 'OVER_CAP' && r[3] === 'E3')?.slice(4, 6)).toEqual([over.unit ?? null, over.item ?? null]);
    const row = byKey.checks.rows.find((r) => r[3].value === 'E3')!;
    expect(row[3].link).toEqual({ sheet: '扣分记录', cell: 'E3' });
  });

  it('writes English names and labels when asked', () => {
    const en = buildReport(a, input, 'en');
    expect(en.sheets.map((s) => s.name)).toEqual(['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Checks', 'Results-Trends']);
    expect(en.sheets[0].rows[0][0].value).toBe('Period');
  });

  it('widens the English notice’s number columns to their header words, the Chinese notice’s not', () => {
    const en = buildReport(a, input, 'en').sheets.find((s) => s.key === 'deductions')!;
    const zh = byKey.deductions;
    const at = (sh: ReportSheet, text: string) => sh.widths[sh.rows.find((r) => r.some((c) => c.value === text))!.findIndex((c) => c.value === text)];
    expect(at(en, 'Recorded')).toBe('Recorded'.length + 1);
    expect(at(en, 'Counted')).toBe(8);
    expect(at(zh, '记录分')).toBe(8);
    expect(at(zh, '计分')).toBe(8);
    expect(en.widths.reduce((s, w) => s + w, 0)).toBe(zh.widths.reduce((s, w) => s + w, 0));
  });

  it('sets a title apart from the assessment’s name where a Latin letter meets the join; Chinese runs on', () => {
    expect(noticeTitles('动力厂党委考评', 'Deduction notice', [40, 40])).toEqual(['动力厂党委考评 Deduction notice']);
    expect(noticeTitles('动力厂党委考评', '扣分情况通知单', [40, 40])).toEqual(['动力厂党委考评扣分情况通知单']);
    expect(noticeTitles('Power plant review', '扣分情况通知单', [40, 40])).toEqual(['Power plant review 扣分情况通知单']);
    expect(noticeTitles('2024', '年度考评结果公示', [40, 40])).toEqual(['2024年度考评结果公示']);
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
      'period', 'unit', 'zone', 'categories', 'base', 'bonus', 'total', 'coefficient', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag', 'rankChange',
    ]);
    expect(Object.keys(j.composite[0])).toEqual(['unit', 'zone', 'total', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag', 'rankChange']);
    // Q1 first, then Q2: 一支部 was second in 一区 and is second again; composite rows carry null.
    expect(j.results.map((r) => r.rankChange)).toEqual([null, null, null, 0, 0, 0]);
    expect(j.composite.every((r) => r.rankChange === null)).toBe(true);
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

describe('a notice’s sign-off on paper', () => {
  const widths = [6, 18, 9, 8, 24, 10, 11];
  const plain = (k: number): Row[] => Array.from({ length: k }, (_, i) => [t(`行 ${i}`)]);
  const tail = (lines: number): Row[] => [[t('三、各期得分', 'heading')], ...plain(lines), [], [], [t('签收人：＿＿＿＿')]];

  it('starts the last section on a new page rather than leave the sign-off alone on one', () => {
    // 39 plain rows of 18 pt fill 702 of a page's 730; the section's heading, two lines and the sign-off do not fit after them.
    const notice = [...plain(39), ...tail(2)];
    expect(signOffBreak(rowHeightsFor(notice, widths), 39)).toBe(39);
  });

  it('adds no break when the notice fits its page, or the section already begins the page the sign-off is on', () => {
    expect(signOffBreak(rowHeightsFor([...plain(20), ...tail(2)], widths), 20)).toBeUndefined();
    // The section starts the second page with the sign-off: nothing to mend.
    expect(signOffBreak(rowHeightsFor([...plain(41), ...tail(2)], widths), 41)).toBeUndefined();
  });

  it('adds no break when the last section alone is longer than a page: a break would not bring the sign-off to it', () => {
    expect(signOffBreak(rowHeightsFor([...plain(10), ...tail(45)], widths), 10)).toBeUndefined();
  });
});

describe('wrapped text on paper', () => {
  it('gives a cell as many lines as whole 汉字 to a line make: 34 in a column 18 wide take five lines of eight, not four', () => {
    const text = '每月分别召开一次支委会、党小组会；每季召开一次党员大会，上一次党课。';
    const [h] = rowHeightsFor([[t('2.5'), t(text, 'wrap')]], [6, 18]);
    expect(h).toBe(5 * 16 + 3);
    // A short one stays on one line; Latin letters are narrower than a 汉字.
    expect(rowHeightsFor([[t('x'), t('每月召开一次', 'wrap')]], [6, 18])[0]).toBe(16 + 3);
    expect(rowHeightsFor([[t('x'), t('a'.repeat(17), 'wrap')]], [6, 18])[0]).toBe(16 + 3);
  });
});
