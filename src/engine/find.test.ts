import { findRoles } from './find';
import { sheet, workbook } from './testing/grid';
import type { Role } from './types';

const rubricRows = [
  ['编号', '栏目', '分值'],
  ['1', '甲', 10],
];
const entryRows = [
  ['单位', '编号', '扣分'],
  ['一支部', '1', 2],
];

function taken(wb: ReturnType<typeof workbook>, role: Role): { sheets: readonly string[]; how: string } {
  const c = findRoles(wb).choices.find((x) => x.role === role)!;
  return { sheets: c.sheets, how: c.how };
}

describe('finding which sheet plays which role', () => {
  it('matches sheet names case- and width-insensitively, ignoring surrounding spaces', () => {
    const wb = workbook({ ' ＲＵＢＲＩＣ ': rubricRows, entries: entryRows });
    expect(taken(wb, 'rubric')).toEqual({ sheets: [' ＲＵＢＲＩＣ '], how: 'name' });
    expect(taken(wb, 'entries')).toEqual({ sheets: ['entries'], how: 'name' });
  });

  it('finds a sheet by its header row when the name says nothing', () => {
    const wb = workbook({ Sheet1: [['2023年度考评'], ...rubricRows], Sheet2: entryRows });
    expect(taken(wb, 'rubric')).toEqual({ sheets: ['Sheet1'], how: 'header' });
    expect(taken(wb, 'entries')).toEqual({ sheets: ['Sheet2'], how: 'header' });
  });

  it('takes an Excel table named after a role', () => {
    const wb = workbook({ 扣分记录: entryRows }, [
      sheet('数据', [['说明'], [], ...rubricRows], { tables: [{ name: 'Rubric', top: 2, left: 0, bottom: 3, right: 2 }] }),
    ]);
    expect(taken(wb, 'rubric')).toEqual({ sheets: ['数据'], how: 'table' });
  });

  it('reads every sheet whose name holds 扣分表 or 得分表 as a score table', () => {
    const wb = workbook({ 细则: rubricRows, '一月扣分表': [['单位', '1']], '二月得分表': [['单位', '1']] });
    expect(taken(wb, 'scoreTable').sheets).toEqual(['一月扣分表', '二月得分表']);
  });

  it('never reads a sheet Kaoping wrote as input', () => {
    const wb = workbook({ 细则: rubricRows }, [sheet('扣分记录', entryRows, { owned: true })]);
    expect(taken(wb, 'entries').sheets).toEqual([]);
  });

  it("follows the clerk's pick over detection, and 'none' when told so", () => {
    const wb = workbook({ 细则: rubricRows, 扣分记录: entryRows, 旧记录: entryRows });
    const found = findRoles(wb, { entries: '旧记录', settings: null });
    expect(found.choices.find((c) => c.role === 'entries')).toMatchObject({ sheets: ['旧记录'], how: 'chosen' });
    expect(found.views.settings).toBeUndefined();
  });
});
