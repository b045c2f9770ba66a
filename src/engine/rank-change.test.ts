import { assess } from './assess';
import { E, entries, RUBRIC, units } from './fixtures/base';
import { rankChangeText, standingWords } from './labels-notice';
import { readExtraSettings, sheetKeyOverrides } from './settings-extra';
import { wholeSheet } from './find';
import { sheet, workbook } from './testing/grid';

describe('rank change since the previous period', () => {
  // Q1: 甲 100, 乙 90, 丙 80. Q2: 丙 100, 甲 95, 乙 94.
  const input = workbook({
    考评细则: RUBRIC,
    考评单位: units(['甲', '一区', null], ['乙', '一区', null], ['丙', '一区', null]),
    扣分记录: entries(E('Q1', '乙', 'B1', null, 10), E('Q1', '丙', 'B1', null, 20), E('Q2', '甲', 'B1', null, 5), E('Q2', '乙', 'B1', null, 6)),
  });
  const a = assess(input);
  const change = (period: string, unit: string) => a.results.find((r) => r.period === period && r.unit === unit)?.rankChange;

  it('is the previous zone rank minus the rank now, null in the first period', () => {
    expect(['甲', '乙', '丙'].map((u) => change('Q1', u))).toEqual([null, null, null]);
    expect(['甲', '乙', '丙'].map((u) => change('Q2', u))).toEqual([-1, -1, 2]);
  });

  it('reads ▲2, ▼1 and — on the ranking', () => {
    expect([2, -1, 0, null].map(rankChangeText)).toEqual(['▲2', '▼1', '—', '']);
  });

  it('says a unit’s standing in words: 否决 and 不合格 as well as the flags', () => {
    expect(standingWords('zh', { flag: 'red', vetoed: false, passed: true })).toBe('红旗');
    expect(standingWords('zh', { flag: 'warning', vetoed: true, passed: false })).toBe('否决、预警');
    expect(standingWords('zh', { flag: null, vetoed: false, passed: false })).toBe('不合格');
    expect(standingWords('en', { flag: 'warning', vetoed: false, passed: false })).toBe('Failed, Warning');
    expect(standingWords('zh', { flag: null, vetoed: false, passed: true })).toBe('');
  });
});

describe('the settings that are words', () => {
  const view = wholeSheet(
    sheet('考评设置', [
      ['项目', '值'],
      ['合格线', 60],
      ['公示单位', '党委组织部'],
      ['Notice period', '7天'],
      ['结果语言', 'English'],
      ['单位表', '参评名单'],
      ['扣分表', '不使用'],
      ['Periods sheet', 'none'],
    ]),
  );
  const x = readExtraSettings(view);

  it('reads 公示单位, 公示期 and 结果语言, in either language', () => {
    expect(x).toMatchObject({ issuedBy: '党委组织部', noticePeriod: '7天', resultLang: 'en' });
    expect(x.cells).toMatchObject({ issuedBy: 'B3', resultLang: 'B5' });
  });

  it('reads the sheet keys: a name, or 不使用 / none for no sheet', () => {
    expect(sheetKeyOverrides(x)).toEqual({ units: '参评名单', scoreTable: null, periods: null });
  });

  it('names a language it does not write rather than guessing', () => {
    const bad = readExtraSettings(wholeSheet(sheet('考评设置', [['项目', '值'], ['结果语言', '法语']])));
    expect(bad.resultLang).toBeUndefined();
    expect(bad.badResultLang).toEqual({ text: '法语', cell: 'B2' });
  });
});

