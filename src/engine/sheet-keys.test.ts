import { assess } from './assess';
import { E, entries, RUBRIC } from './fixtures/base';
import { resultLanguage } from './sheet-keys';
import { sheet, workbook } from './testing/grid';

const base = {
  考评细则: RUBRIC,
  参评名单: [['单位', '考评区'], ['一支部', '一区'], ['二支部', '一区']],
  扣分记录: entries(E(null, '一支部', 'A1', null, 4)),
  '3月扣分表': [['单位', 'A1'], ['一支部', 10], ['二支部', 2]],
};

describe('the sheet keys in the settings sheet', () => {
  it('choose a role’s sheet, and 不使用 leaves a role without one', () => {
    const input = workbook({ ...base, 考评设置: [['项目', '值'], ['单位表', '参评名单'], ['扣分表', '不使用']] });
    const a = assess(input);
    expect(a.roles.find((r) => r.role === 'units')).toMatchObject({ sheets: ['参评名单'], how: 'chosen' });
    expect(a.roles.find((r) => r.role === 'scoreTable')).toMatchObject({ sheets: [], how: 'none' });
    // Only the log counts: 一支部 loses 4.
    expect(a.results.map((r) => [r.unit, r.total])).toEqual([['一支部', 96], ['二支部', 100]]);
    expect(a.findings.filter((f) => f.code === 'BAD_SETTING')).toEqual([]);
  });

  it('give way to the caller’s choice (the command line’s --sheet)', () => {
    const input = workbook({ ...base, 考评设置: [['项目', '值'], ['扣分表', '不使用']] });
    const a = assess(input, { roles: { scoreTable: '3月扣分表' } });
    expect(a.roles.find((r) => r.role === 'scoreTable')).toMatchObject({ sheets: ['3月扣分表'], how: 'chosen' });
  });

  it('naming a sheet that is not there is a BAD_SETTING at its cell, and the role is found as usual', () => {
    const input = workbook({ ...base, 考评单位: base.参评名单, 考评设置: [['项目', '值'], ['单位表', '旧名单']] });
    const a = assess(input);
    expect(a.roles.find((r) => r.role === 'units')).toMatchObject({ sheets: ['考评单位'], how: 'name' });
    expect(a.findings).toContainEqual(expect.objectContaining({ code: 'BAD_SETTING', sheet: '考评设置', cell: 'B2' }));
    expect(a.findings.find((f) => f.code === 'BAD_SETTING')?.message.zh).toContain('旧名单');
  });
});

describe('the result sheets’ language', () => {
  it('is 结果语言 when set', () => {
    expect(resultLanguage(workbook({ ...base, 考评设置: [['项目', '值'], ['结果语言', 'English']] }), 'zh')).toBe('en');
    expect(resultLanguage(workbook({ ...base, Settings: [['Key', 'Value'], ['Result language', '中文']] }), 'en')).toBe('zh');
  });

  it('else follows Kaoping’s results already in the workbook, else the clerk’s language', () => {
    const withResults = { ...workbook(base), sheets: [...workbook(base).sheets, sheet('结果-总分', [['期间']], { owned: true })] };
    expect(resultLanguage(withResults, 'en')).toBe('zh');
    expect(resultLanguage(workbook(base), 'en')).toBe('en');
  });

  it('a value it cannot use is a finding, and the default holds', () => {
    const input = workbook({ ...base, 考评设置: [['项目', '值'], ['结果语言', '法文']] });
    expect(resultLanguage(input, 'zh')).toBe('zh');
    expect(assess(input).findings).toContainEqual(expect.objectContaining({ code: 'BAD_SETTING', cell: 'B2' }));
  });
});
