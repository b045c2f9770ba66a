/** The demo's rankings show each unit's rank change and, where the sample sets it, the money. */
import { sampleByKey } from '../../seeds';
import { sampleToInput } from '../../seeds/to-input';
import { assess } from '../../src/engine/assess';
import { changeText, rankingText } from '../../src/cli/demo';

it('writes a change as ▲n, ▼n or —', () => {
  expect([2, -1, 0, null].map(changeText)).toEqual(['▲2', '▼1', '—', '—']);
});

it('双十强: each unit’s payable beside its rank, 1,489,920 fixed + 367,265 linked for 综采一队 at 986', () => {
  const text = rankingText(assess(sampleToInput(sampleByKey('double-ten')!)), 'zh');
  const line = text.split('\n').find((l) => l.includes('综采一队支部') && l.includes('986.00'))!;
  // With the sample's weighted sources its latest month is 986: 1,862,400 × 80% = 1,489,920;
  // 1,862,400 × 20% × 986 / 1000 = 367,265.28 → 367,265; payable 1,857,185.
  expect(line).toMatch(/1857185\s*$/);
  expect(text).toMatch(/应发合计/);
  expect(text).toMatch(/[▲▼]\d/);
});

it('a sample without money shows no money columns', () => {
  const text = rankingText(assess(sampleToInput(sampleByKey('power-plant')!)), 'en');
  expect(text).not.toMatch(/Payable|Fund share/);
  expect(text).toMatch(/Change/);
});
