import type { Cell } from './cells';
import type { GridView } from './find';
import { message, messages } from './findings';
import { unnamedColumn } from './unnamed-column';

/** A one-column view: a blank header, then the given cells. */
function column(values: Array<string | number | null>): GridView {
  const rows: Array<Array<Cell | undefined>> = [[undefined], ...values.map((v) => [v === null ? undefined : { value: v }])];
  return { sheet: '扣分表', rows, top: 0, left: 0, bottom: rows.length - 1, right: 0 };
}

describe('a score-table column without a header', () => {
  it.each([
    ['pandas’s index, from 0', [0, 1, 2, 3], 'rowNumbers'],
    ['numbered from 1', [1, 2, 3], 'rowNumbers'],
    ['row numbers with a blank row among them', [0, null, 2], 'rowNumbers'],
    ['numbers that skip', [0, 2, 3], 'values'],
    ['points', [4, 2], 'values'],
    ['row numbers typed as text', ['0', '1'], 'values'],
    ['a number with a fraction', [0.5], 'values'],
    ['nothing but blanks and dashes', [null, '-', ''], 'blank'],
  ] as const)('%s', (_, values, want) => {
    expect(unnamedColumn(column([...values]), 0, 0)).toBe(want);
  });

  it('says in both languages which column it is and why it is not read', () => {
    const zh = message({ params: messages.unnamedColumn('A', true) }, 'zh');
    expect(zh).toContain('A 列没有表头');
    expect(zh).toContain('行号');
    expect(message({ params: messages.unnamedColumn('D', false) }, 'en')).toBe('Column D has values but no header; they do not count. If they are points, put the rubric ID in the header cell.');
  });
});
