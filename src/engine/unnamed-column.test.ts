import type { Cell } from './cells';
import type { GridView } from './find';
import { message, messages } from './findings';
import { unnamedColumn } from './unnamed-column';

/** A view of two columns: 单位 under its header, and beside it (first or second) a blank header over the given cells. */
function column(values: ReadonlyArray<string | number | null>, first: boolean): GridView {
  const at = (v: string | number | null): Cell | undefined => (v === null ? undefined : { value: v });
  const pair = (mine: Cell | undefined, unit: Cell | undefined) => (first ? [mine, unit] : [unit, mine]);
  const rows = [pair(undefined, { value: '单位' }), ...values.map((v, i) => pair(at(v), { value: `${i + 1}支部` }))];
  return { sheet: '扣分表', rows, top: 0, left: 0, bottom: rows.length - 1, right: 1 };
}

describe('a score-table column without a header', () => {
  it.each([
    ['pandas’s index, from 0', [0, 1, 2, 3], 'rowNumbers', 'rowNumbers'],
    ['numbered from 1', [1, 2, 3], 'rowNumbers', 'rowNumbers'],
    ['row numbers with a blank row among them', [0, null, 2], 'rowNumbers', 'rowNumbers'],
    ['the index of a filtered DataFrame', [0, 3, 7], 'rowNumbers', 'values'],
    ['the index of a sorted DataFrame', [5, 0, 2], 'rowNumbers', 'values'],
    ['a number twice', [0, 1, 1], 'values', 'values'],
    ['a negative number', [2, -1], 'values', 'values'],
    ['row numbers typed as text', ['0', '1'], 'values', 'values'],
    ['a number with a fraction', [0.5], 'values', 'values'],
    ['nothing but blanks and dashes', [null, '-', ''], 'blank', 'blank'],
  ] as const)('%s: first column %s, after 单位 %s', (_, values, first, later) => {
    expect(unnamedColumn(column(values, true), 0, 0)).toBe(first);
    expect(unnamedColumn(column(values, false), 0, 1)).toBe(later);
  });

  it('says in both languages which column it is and why it is not read', () => {
    const zh = message({ params: messages.unnamedColumn('A', true) }, 'zh');
    expect(zh).toContain('A 列没有表头');
    expect(zh).toContain('行号');
    expect(message({ params: messages.unnamedColumn('D', false) }, 'en')).toBe('Column D has values but no header; they do not count. If they are points, put the rubric ID in the header cell.');
  });
});
