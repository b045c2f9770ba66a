/** Findings are values: their parameters say what they concern, and the message is made from them. */
import { assess } from './assess';
import { E, entries, RUBRIC, units } from './fixtures/base';
import { makeFinding, message, messages, render } from './findings';
import { toJson } from './json';
import { workbook } from './testing/grid';

const withScoreItem = [...RUBRIC, ['S1', '其他', '酌情评分', 10, null, '评分']];

describe('a finding raised while scoring', () => {
  // A1: 12 + 10 = 22 > cap 20: the second entry (row 3) crosses by 2.
  const a = assess(
    workbook({
      考评细则: withScoreItem,
      扣分记录: entries(E('Q1', '一支部', 'A1', null, 12), E('Q1', '一支部', 'A1', null, 10), E('Q1', '二支部', 'B1', null, 3, null), E('Q1', '三支部', 'A1', null, 1)),
      考评单位: units(['一支部', '一区', null], ['二支部', '一区', null]),
    }),
  );
  const at = (code: string, cell: string) => a.findings.find((f) => f.code === code && f.cell === cell);

  it('carries the unit, item and period it concerns, and the cap and amount cut', () => {
    const f = at('OVER_CAP', 'E3');
    expect(f).toMatchObject({ unit: '一支部', item: 'A1', period: 'Q1', category: '党建', params: { key: 'overCapItem', cap: 20, cut: 2 } });
  });

  it('a missing reason names its unit and item', () => {
    expect(at('MISSING_REASON', 'F4')).toMatchObject({ unit: '二支部', item: 'B1', period: 'Q1', params: { key: 'missingReason' } });
  });

  it('a missing score names the unit, period and item, from its parameters', () => {
    const f = a.findings.find((x) => x.code === 'MISSING_SCORE' && x.unit === '二支部');
    expect(f).toMatchObject({ item: 'S1', period: 'Q1', params: { key: 'missingScore', unit: '二支部', item: 'S1', period: 'Q1' } });
  });

  it('an entry for an unknown unit names the unit, item and period', () => {
    expect(at('UNKNOWN_UNIT', 'B5')).toMatchObject({ unit: '三支部', item: 'A1', period: 'Q1' });
  });

  it('its message is made from its parameters, in either language', () => {
    const f = at('OVER_CAP', 'E3')!;
    expect(f.message.en).toBe('This entry takes the item past its cap of 20; the 2 points over it do not count.');
    expect(f.message.zh).toBe('此条使该项目扣分超过上限 20 分，超出的 2 分不计。');
    expect(message(f, 'en')).toBe(f.message.en);
    expect(message(f, 'zh')).toBe(f.message.zh);
  });

  it('the JSON keeps its issue shape: severity, code, sheet, cell, message', () => {
    const j = toJson(a, 'en');
    for (const i of j.issues) expect(Object.keys(i)).toEqual(['severity', 'code', 'sheet', 'cell', 'message']);
    expect(j.issues.find((i) => i.cell === 'E3')?.message).toBe(at('OVER_CAP', 'E3')!.message.en);
  });
});

describe('makeFinding', () => {
  it('takes the severity from the code unless given, and what it concerns from its parameters', () => {
    const f = makeFinding('UNZONED_UNIT', '考评单位', 'B3', messages.unzoned('二支部'));
    expect(f).toMatchObject({ severity: 'warning', code: 'UNZONED_UNIT', unit: '二支部', message: render(messages.unzoned('二支部')) });
    expect(f.item).toBeUndefined();
  });

  it('a blank name is not a concern', () => {
    expect(makeFinding('UNKNOWN_UNIT', '扣分记录', 'B2', messages.unknownUnit('')).unit).toBeUndefined();
  });

  it('a host message keeps its own words', () => {
    const f = makeFinding('MISSING_SHEET', '', '', messages.text('甲', 'A'), {}, 'info');
    expect(f).toMatchObject({ severity: 'info', message: { zh: '甲', en: 'A' } });
  });
});
