import { cell, type Cell } from '../../engine/cells';
import { KaopingError } from '../errors';
import { planSettingsWrites } from './settings-sheet';

const grid = (rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Array<Array<Cell | undefined> | undefined> =>
  rows.map((r) => r.map((v) => cell(v)));

describe('writing the pane settings into the settings sheet', () => {
  test('overwrites the value of a key the sheet has, under a title row', () => {
    const rows = grid([
      ['2023 年考评设置', null],
      ['项目', '值', '说明'],
      ['排名方式', '美式', ''],
      ['红旗名额', 3, ''],
    ]);
    expect(planSettingsWrites('考评设置', rows, { ranking: 'dense', topFlags: 5 }, 'zh')).toEqual([
      { row: 2, col: 1, value: '中国式' },
      { row: 3, col: 1, value: 5 },
    ]);
  });

  test('adds a row under the last for a key the sheet lacks, in the pane language', () => {
    const rows = grid([
      ['Key', 'Value'],
      ['Ranking', 'standard'],
      [null, null],
    ]);
    expect(planSettingsWrites('Settings', rows, { passLine: 70, ranking: 'dense' }, 'zh')).toEqual([
      { row: 2, col: 0, value: '合格线' },
      { row: 2, col: 1, value: 70 },
      { row: 1, col: 1, value: 'dense' },
    ]);
  });

  test('finds keys typed with full-width forms and spaces', () => {
    const rows = grid([
      ['项 目', '设置值'],
      ['小数位 ', 2],
    ]);
    expect(planSettingsWrites('设置', rows, { decimals: 1 }, 'zh')).toEqual([{ row: 1, col: 1, value: 1 }]);
  });

  test('refuses a sheet without the key and value headers rather than guess', () => {
    const rows = grid([['排名方式', '美式']]);
    expect(() => planSettingsWrites('考评设置', rows, { decimals: 1 }, 'zh')).toThrow(KaopingError);
  });
});
