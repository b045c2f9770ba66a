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

  it('lays its fields out in one order, as the JSON shows them: what it concerns between the cell and the parameters', () => {
    const f = makeFinding('OVER_CAP', '扣分记录', 'E7', messages.overCapItem(5, 1.5), { unit: '一支部', item: 'A1', period: 'Q1', category: '党建' });
    expect(Object.keys(f)).toEqual(['severity', 'code', 'sheet', 'cell', 'unit', 'item', 'period', 'category', 'params', 'message']);
    expect(Object.keys(f.params)).toEqual(['cap', 'cut', 'key']);
    const g = makeFinding('RECTIFICATION_OVERDUE', '扣分记录', 'J9', messages.rectificationOverdue('二支部', 'B2', 'Q2', '2024-03-01', '2024-03-31'), { period: '' });
    // An empty period given by the caller is no concern, and wins over the parameters' own period.
    expect(Object.keys(g)).toEqual(['severity', 'code', 'sheet', 'cell', 'unit', 'item', 'params', 'message']);
    expect(g).toMatchObject({ unit: '二支部', item: 'B2' });
  });

  it('a host message keeps its own words', () => {
    const f = makeFinding('MISSING_SHEET', '', '', messages.text('甲', 'A'), {}, 'info');
    expect(f).toMatchObject({ severity: 'info', message: { zh: '甲', en: 'A' } });
  });
});
