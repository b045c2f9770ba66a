/** What an open problem counted for is read from its own deduction line, whatever the entries' numbers. */
import type { Entry } from './parse-entries';
import { countedByEntry } from './rectification';
import { line } from './score';
import type { Item, PeriodLabel, UnitName } from './types';

const item = { id: 'A1', kind: 'deduct', cap: 5, text: '支委会', category: '班子建设' } as unknown as Item;
const src = { sheet: '扣分记录', pointsCol: 4, unitCol: 1, periodCol: 0, reasonCol: 5 };

function entry(seq: number, row: number): Entry {
  return { seq, period: '1月', unit: '一支部', item, amount: 2, direct: false, recorded: 2, reason: '缺会', reasonPicture: false, inspector: '', date: '', source: '', src, row, status: '', due: undefined, responsible: '' };
}

const at = (e: Entry, counted: number) => line(e, '1月' as PeriodLabel, '一支部' as UnitName, counted);

describe('countedByEntry', () => {
  it('gives each entry what its line counted, 0 for an entry without a line', () => {
    const [a, b, c] = [entry(0, 1), entry(1, 2), entry(2, 3)];
    const of = countedByEntry([a, b, c], [at(b, 1.5), at(a, 2)]);
    expect([of(a), of(b), of(c)]).toEqual([2, 1.5, 0]);
  });

  it('takes the last line when an entry has two, as the lines were made', () => {
    const a = entry(0, 1);
    expect(countedByEntry([a], [at(a, 2), at(a, 0.5)])(a)).toBe(0.5);
  });

  it('keeps two entries apart that carry the same number', () => {
    // A copy of an entry (its period settled) keeps its number; each must still find its own line.
    const a = entry(3, 1);
    const copy = { ...a, period: '全年' };
    const of = countedByEntry([a, copy], [at(a, 2), at(copy, 1)]);
    expect([of(a), of(copy)]).toEqual([2, 1]);
    expect(countedByEntry([copy], [at(a, 2)])(copy)).toBe(0);
  });
});
