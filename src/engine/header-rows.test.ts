import { cell, type Sheet } from './cells';
import { findTables } from './header-rows';

const sheet = (name: string, rows: ReadonlyArray<ReadonlyArray<string | null>>): Sheet => ({
  name,
  rows: rows.map((r) => r.map((v) => (v === null ? undefined : cell(v)))),
});

describe('findTables', () => {
  const input = {
    sheets: [
      sheet('考评细则', [['2024年度考评细则', null], ['编号', '栏目', '分值'], ['1.1', '党建', '5']]),
      sheet('考评单位', [['单位', '考评区'], ['一支部', '甲']]),
      sheet('一季度扣分表', [['说明：按季度填写'], ['单位', '期间', '1.1'], ['一支部', 'Q1', '1']]),
      sheet('备注', [['甲', '乙'], ['丙', '丁']]),
    ],
  };
  const found = findTables(input);

  it('finds a header row below a title, as the engine reads the rubric', () => {
    expect(found.headerRows.get('考评细则')).toBe(1);
    expect(found.byRole.rubric?.cols.points).toBe(2);
  });

  it('finds the units and score tables, and no header on a sheet the engine does not read', () => {
    expect(found.headerRows.get('考评单位')).toBe(0);
    expect(found.headerRows.get('一季度扣分表')).toBe(1);
    expect(found.headerRows.has('备注')).toBe(false);
    expect(found.byRole.entries).toBeUndefined();
  });
});
