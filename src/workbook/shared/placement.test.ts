import { placeAt } from './placement';

const REPORT = ['结果-总分', '结果-排名', '结果-扣分明细', '结果-对照', '结果-校验', '结果-趋势'];

/** Places each report sheet not held by a tab, in the report's order, as both adapters do. */
function run(tabs: readonly string[], held: ReadonlyArray<boolean>): string[] {
  const order = [...tabs];
  const holders = REPORT.map((n, i) => (held[i] ? n : undefined));
  REPORT.forEach((name, i) => {
    if (holders[i] !== undefined) return;
    order.splice(placeAt(order, holders, i), 0, name);
    holders[i] = name;
  });
  return order;
}

describe('placeAt: where a result sheet written anew goes', () => {
  it('after the nearest result sheet before it in the report’s order, not after the clerk’s sheets', () => {
    const tabs = ['扣分记录', '结果-总分', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势', '领导看板', '_kaoping'];
    expect(run(tabs, [true, true, true, false, true, true])).toEqual([
      '扣分记录', '结果-总分', '结果-排名', '结果-扣分明细', '结果-对照', '结果-校验', '结果-趋势', '领导看板', '_kaoping',
    ]);
  });

  it('where the clerk moved a result sheet, the new one follows it there', () => {
    const tabs = ['结果-扣分明细', '扣分记录', '结果-总分', '结果-排名', '结果-校验', '结果-趋势', '领导看板'];
    expect(run(tabs, [true, true, true, false, true, true])).toEqual(['结果-扣分明细', '结果-对照', '扣分记录', '结果-总分', '结果-排名', '结果-校验', '结果-趋势', '领导看板']);
  });

  it('before the nearest one after it when none comes before, and several new ones in the report’s order', () => {
    const tabs = ['扣分记录', '领导看板', '结果-校验', '备注'];
    expect(run(tabs, [false, false, false, false, true, false])).toEqual([
      '扣分记录', '领导看板', '结果-总分', '结果-排名', '结果-扣分明细', '结果-对照', '结果-校验', '结果-趋势', '备注',
    ]);
  });

  it('with no result sheet yet, after the last sheet but the marker; the clerk’s sheets keep their order', () => {
    expect(run(['扣分记录', '领导看板', '_kaoping'], [false, false, false, false, false, false])).toEqual(['扣分记录', '领导看板', ...REPORT, '_kaoping']);
    expect(run(['扣分记录', '领导看板'], [false, false, false, false, false, false])).toEqual(['扣分记录', '领导看板', ...REPORT]);
    expect(run([], [false, false, false, false, false, false])).toEqual(REPORT);
  });

  it('finds a holder whatever the case of its name, as Excel compares names', () => {
    expect(placeAt(['a', 'RESULTS-TOTALS', 'b'], ['Results-Totals', undefined], 1)).toBe(2);
  });
});
