import { newSheetMoves, placeFresh, replaceMoves, type OrderInput } from './write-order';

/** The tabs once the commit's moves are made and the replaced sheets deleted, as Excel would hold them. */
function after(input: OrderInput, tabs: string[], deleted: readonly string[]): string[] {
  const out = [...tabs];
  for (const m of [...replaceMoves(input), ...newSheetMoves(input)]) {
    out.splice(out.indexOf(m.name), 1);
    out.splice(m.position, 0, m.name);
  }
  return out.filter((n) => !deleted.includes(n));
}

describe('the commit’s moves in the add-in', () => {
  it('a run in Chinese after one in English: each sheet takes its English one’s place, and 结果-对照, new, goes after 结果-总分', () => {
    const input: OrderInput = {
      existing: ['扣分记录', 'Results-Totals', 'Results-Checks', '领导看板', '_kaoping'],
      finals: ['结果-总分', '结果-对照', '结果-校验'],
      temps: ['_kp_new_1', '_kp_new_2', '_kp_new_3'],
      replaces: [{ trash: 'Results-Totals', position: 1, rename: false }, undefined, { trash: 'Results-Checks', position: 2, rename: false }],
      markerExists: true,
    };
    // At the moves the temporary sheets already have their names, at the end where they were added.
    const tabs = [...input.existing, ...input.finals];
    expect(after(input, tabs, ['Results-Totals', 'Results-Checks'])).toEqual(['扣分记录', '结果-总分', '结果-对照', '结果-校验', '领导看板', '_kaoping']);
  });

  it('a first run: the result sheets after the clerk’s, in the report’s order, the new marker last', () => {
    const input: OrderInput = {
      existing: ['扣分记录', '备注'],
      finals: ['结果-总分', '结果-排名', '结果-校验'],
      temps: ['_kp_new_1', '_kp_new_2', '_kp_new_3'],
      replaces: [undefined, undefined, undefined],
      markerExists: false,
    };
    expect(after(input, [...input.existing, ...input.finals, '_kaoping'], [])).toEqual(['扣分记录', '备注', '结果-总分', '结果-排名', '结果-校验', '_kaoping']);
  });

  it('a sheet rewritten in place stays; one replaced under its own name is renamed away and the new one stands where it stood', () => {
    const input: OrderInput = {
      existing: ['结果-总分', '扣分记录', '结果-校验', '领导看板', '_kaoping'],
      finals: ['结果-总分', '结果-排名', '结果-校验'],
      temps: [undefined, '_kp_new_2', '_kp_new_3'],
      replaces: [undefined, undefined, { trash: '_kp_old_3', position: 2, rename: true }],
      markerExists: true,
    };
    const tabs = ['结果-总分', '扣分记录', '_kp_old_3', '领导看板', '_kaoping', '结果-排名', '结果-校验'];
    expect(after(input, tabs, ['_kp_old_3'])).toEqual(['结果-总分', '结果-排名', '扣分记录', '结果-校验', '领导看板', '_kaoping']);
  });
});

describe('finishing a commit cut short', () => {
  const input = {
    finals: ['结果-总分', '结果-对照', '结果-校验', '结果-兑现'],
    temps: [undefined, '_kp_new_2', undefined, '_kp_new_4'],
    replaces: [undefined, undefined, undefined, undefined],
  };
  const placed = ['扣分记录', '结果-总分', '结果-对照', '结果-校验', '结果-兑现', '领导看板', '_kaoping'];

  it('places the new sheets still where they were added, at the end', () => {
    const tabs = ['扣分记录', '结果-总分', '结果-校验', '领导看板', '_kaoping', '结果-对照', '结果-兑现'];
    placeFresh(tabs, input);
    expect(tabs).toEqual(placed);
  });

  it('moves nothing once they stand where they go', () => {
    const tabs = [...placed];
    const moves = placeFresh(tabs, input);
    expect(tabs).toEqual(placed);
    expect(moves).toEqual(moves.map((m) => ({ name: m.name, position: placed.indexOf(m.name) })));
  });
});
