/** Compare sources: totals beside the official ones, what the self-check missed, the JSON and the sheet. */
import { assess } from './assess';
import { COMPARED, WEIGHTED } from './fixtures/sources';
import { toJson } from './json';
import { buildReport } from './report';
import { workbook } from './testing/grid';

describe('a compare source (fixture: 联查 scored, 自查 compared)', () => {
  const input = workbook(COMPARED.sheets);
  const a = assess(input);

  it('gives a compare total where the source has an entry, beside the official total', () => {
    // Hand-computed in fixtures/sources.ts: 一支部 85 official, 101 by 自查 (+16, high); 二支部 100 and 100.
    expect(a.compare?.rows).toEqual([
      { source: '自查', period: 'Q1', unit: '一支部', zone: '全部', official: 85, total: 101, difference: 16, flag: 'high' },
      { source: '自查', period: 'Q1', unit: '二支部', zone: '全部', official: 100, total: 100, difference: 0, flag: null },
    ]);
  });

  it('lists the items the scored source found a loss on and the self-check did not', () => {
    expect(a.compare?.missed).toEqual([{ source: '自查', period: 'Q1', unit: '一支部', id: 'B1', item: '稿件', loss: 5 }]);
  });

  it('the JSON carries compare rows in the contract shape', () => {
    const j = toJson(a, 'zh');
    expect(j.compare[0]).toEqual({ source: '自查', period: 'Q1', unit: '一支部', official: 85, total: 101, difference: 16, flag: 'high' });
    expect(Object.keys(j.compare[0])).toEqual(['source', 'period', 'unit', 'official', 'total', 'difference', 'flag']);
  });

  it('writes 结果-对照 before 结果-校验, with the flag in words and the missed items under a title', () => {
    const report = buildReport(a, input, 'zh');
    expect(report.sheets.map((s) => s.name)).toEqual(['结果-总分', '结果-排名', '结果-扣分明细', '结果-对照', '结果-校验', '结果-趋势']);
    const s = report.sheets.find((x) => x.key === 'compare')!;
    const v = s.rows.map((r) => r.map((c) => c.value));
    expect(v[0]).toEqual(['来源', '期间', '考评区', '单位', '正式得分', '对照得分', '差值', '提示']);
    expect(v[1]).toEqual(['自查', 'Q1', '全部', '一支部', 85, 101, 16, '偏高']);
    expect(v[2]).toEqual(['自查', 'Q1', '全部', '二支部', 100, 100, 0, null]);
    expect(v[4][0]).toContain('自查未发现');
    expect(v[6]).toEqual(['自查', 'Q1', '全部', '一支部', 'B1', '稿件', 5]);
    expect(s.freezeRows).toBe(1);
    expect(s.widths.length).toBeGreaterThanOrEqual(8);
  });

  it('in English the sheet is Results-Compare', () => {
    expect(buildReport(a, input, 'en').sheets.map((s) => s.name)).toContain('Results-Compare');
  });

  it('heads the missed items with a left-aligned block heading that widens no column', () => {
    for (const lang of ['zh', 'en'] as const) {
      const s = buildReport(a, input, lang).sheets.find((x) => x.key === 'compare')!;
      const heading = s.rows[4];
      expect(heading).toHaveLength(1);
      expect(heading[0].style).toBe('heading');
      // The source column is as wide as the sources' names and its header, not the heading.
      expect(s.widths[0]).toBeLessThan(String(heading[0].value).length / 2);
    }
  });

  it('a 偏差提示 setting moves the line at which a difference is high', () => {
    const b = assess(workbook({ ...COMPARED.sheets, 考评设置: [['项目', '值'], ['偏差提示', 20]] }));
    expect(b.compare?.rows[0]).toMatchObject({ difference: 16, flag: null });
  });
});

describe('without a compare source', () => {
  it('there is no compare outcome, no 结果-对照 and an empty JSON compare', () => {
    const input = workbook(WEIGHTED.sheets);
    const a = assess(input);
    expect(a.compare).toBeUndefined();
    expect(toJson(a, 'zh').compare).toEqual([]);
    expect(buildReport(a, input, 'zh').sheets.map((s) => s.key)).not.toContain('compare');
  });

  it('a weighted run raises one MISSING_SCORE per unit and item, not one per source', () => {
    const a = assess(workbook(WEIGHTED.sheets));
    expect(a.findings.filter((f) => f.code === 'MISSING_SCORE').map((f) => f.unit)).toEqual(['二支部']);
  });
});
