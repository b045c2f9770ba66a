/**
 * Results out of date on opening: the marker keeps a fingerprint of the inputs the result sheets were
 * computed from, written by both adapters alike, so a check before any calculation (the pane on
 * opening) can tell that the data or the settings changed since.
 */
import { sampleByKey } from '../../seeds';
import { inputFingerprint } from '../../src/engine';
import { hosts } from './hosts';

const VILLAGES = sampleByKey('villages')!;

describe.each(['xlsx', 'office'] as const)('through the %s path', (path) => {
  const open = async (extra: Parameters<typeof hosts>[1] = []) => (await hosts(VILLAGES, extra)).find((h) => h.name === path)!;

  it('cannot say anything about a workbook that has no results yet', async () => {
    const h = await open();
    expect((await h.check()).stale).toBeUndefined();
  });

  it('finds the results up to date when nothing changed since they were written', async () => {
    const h = await open();
    await h.calculate();
    const check = await h.check();
    expect(check.input.resultsBasis).toBe(inputFingerprint(check.input, check.assessment));
    expect(check.stale).toBe(false);
  });

  it('finds the results out of date once an entry changed', async () => {
    const h = await open();
    await h.calculate();
    await h.type('扣分记录', 1, 2, 7);
    expect((await h.check()).stale).toBe(true);
    await h.calculate();
    expect((await h.check()).stale).toBe(false);
  });

  it('finds the results out of date once a setting changed', async () => {
    const h = await open();
    await h.calculate();
    await h.type('考评设置', 1, 1, 70);
    expect((await h.check()).stale).toBe(true);
  });

  it('is not fooled by an edit on a result sheet or on a sheet Kaoping does not read', async () => {
    const h = await open([{ name: '我的汇总', rows: [['备注'], ['待定']] }]);
    await h.calculate();
    await h.type('结果-排名', 0, 0, '手写标题');
    await h.type('我的汇总', 1, 0, '已核');
    expect((await h.check()).stale).toBe(false);
  });
});

it('both adapters write the same fingerprint of the same inputs', async () => {
  const [xlsx, office] = await hosts(VILLAGES);
  await xlsx.calculate();
  await office.calculate();
  const a = (await xlsx.read()).resultsBasis;
  const b = (await office.read()).resultsBasis;
  expect(a).toMatch(/^in1:[0-9a-f]{16}$/);
  expect(b).toBe(a);
  // And a change reads as a change in both.
  await xlsx.type('扣分记录', 1, 2, 7);
  await office.type('扣分记录', 1, 2, 7);
  expect([(await xlsx.check()).stale, (await office.check()).stale]).toEqual([true, true]);
});
