/** What must always hold for sources and the new item kinds, over random workbooks (fast-check). */
import fc from 'fast-check';
import { assess } from './assess';
import { workbook, type FixtureCell } from './testing/grid';

const HEAD: FixtureCell[] = ['期间', '单位', '编号', '次数', '扣分', '原因', '来源'];
const UNITS: FixtureCell[][] = [['单位', '考评区'], ['U0', '甲区'], ['U1', '甲区'], ['U2', '乙区']];
const PERIODS: FixtureCell[][] = [['期间'], ['P1'], ['P2']];

type ItemSpec = { category: string; kind: string; cap: number; per: number; scale: number | null; target: number };
const itemArb: fc.Arbitrary<ItemSpec> = fc.record({
  category: fc.constantFrom('党建', '业务', '作风'),
  kind: fc.constantFrom('扣分', '累进扣分', '评分', '折合', '达标率', '加分', '否决'),
  cap: fc.integer({ min: 1, max: 20 }),
  per: fc.integer({ min: 1, max: 5 }),
  scale: fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }),
  target: fc.integer({ min: 50, max: 100 }),
});
type EntrySpec = { period: string; unit: number; item: number; points: number };
const entryArb = (nItems: number): fc.Arbitrary<EntrySpec> =>
  fc.record({
    period: fc.constantFrom('P1', 'P2'),
    unit: fc.integer({ min: 0, max: 2 }),
    item: fc.integer({ min: 0, max: nItems - 1 }),
    points: fc.integer({ min: 0, max: 300 }).map((n) => n / 2),
  });

function rubric(items: readonly ItemSpec[]): FixtureCell[][] {
  return [['编号', '栏目', '分值', '单次扣分', '类型', '折合基数', '达标值'], ...items.map((it, i) => [`I${i}`, it.category, it.cap, it.per, it.kind, it.scale, it.target])];
}
function log(entries: ReadonlyArray<EntrySpec & { source: string }>): FixtureCell[][] {
  return [HEAD, ...entries.map((e) => [e.period, `U${e.unit}`, `I${e.item}`, null, e.points, '检查', e.source])];
}

const caseArb = fc
  .array(itemArb, { minLength: 1, maxLength: 6 })
  .chain((items) => fc.record({ items: fc.constant(items), a: fc.array(entryArb(items.length), { maxLength: 25 }), b: fc.array(entryArb(items.length), { maxLength: 25 }) }));

describe('sources and item kinds: properties', () => {
  it('a compare source never changes an official result', () => {
    fc.assert(
      fc.property(caseArb, ({ items, a, b }) => {
        const sheets = { 考评细则: rubric(items), 考评单位: UNITS, 期间设置: PERIODS, 来源设置: [['来源', '用途'], ['联查', '计分'], ['自查', '对照']] };
        const official = assess(workbook({ ...sheets, 扣分记录: log(a.map((e) => ({ ...e, source: '联查' }))) }));
        const both = assess(workbook({ ...sheets, 扣分记录: log([...a.map((e) => ({ ...e, source: '联查' })), ...b.map((e) => ({ ...e, source: '自查' }))]) }));
        expect(both.results).toEqual(official.results);
        expect(both.composite).toEqual(official.composite);
      }),
      { numRuns: 150 },
    );
  });

  it('scored sources of equal weight give the plain mean of their own scores', () => {
    // Deductions only: no score items to pool, no bonus or veto to share.
    const deductOnly = fc
      .array(itemArb.map((it) => ({ ...it, kind: it.kind === '累进扣分' ? '累进扣分' : '扣分' })), { minLength: 1, maxLength: 6 })
      .chain((items) => fc.record({ items: fc.constant(items), a: fc.array(entryArb(items.length), { maxLength: 25 }), b: fc.array(entryArb(items.length), { maxLength: 25 }) }));
    fc.assert(
      fc.property(deductOnly, ({ items, a, b }) => {
        const base = { 考评细则: rubric(items), 考评单位: UNITS, 期间设置: PERIODS };
        const onlyA = assess(workbook({ ...base, 扣分记录: log(a.map((e) => ({ ...e, source: '' }))) }));
        const onlyB = assess(workbook({ ...base, 扣分记录: log(b.map((e) => ({ ...e, source: '' }))) }));
        const weighted = assess(
          workbook({
            ...base,
            来源设置: [['来源', '权重'], ['甲', '50%'], ['乙', '50%']],
            扣分记录: log([...a.map((e) => ({ ...e, source: '甲' })), ...b.map((e) => ({ ...e, source: '乙' }))]),
          }),
        );
        weighted.results.forEach((r, i) => {
          // Each side is rounded to 2 decimals, so they may differ by rounding alone.
          expect(Math.abs(r.base - (onlyA.results[i].base + onlyB.results[i].base) / 2)).toBeLessThanOrEqual(0.0100001);
          for (const c of weighted.categories) {
            expect(Math.abs(r.categories[c.name] - (onlyA.results[i].categories[c.name] + onlyB.results[i].categories[c.name]) / 2)).toBeLessThanOrEqual(0.0100001);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a 折合 score never exceeds its cap, nor falls below 0', () => {
    // One 折合 item per category, so the category score is the item's score.
    const scaled = fc
      .array(fc.record({ cap: fc.integer({ min: 1, max: 20 }), scale: fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }) }), { minLength: 1, maxLength: 4 })
      .chain((items) => fc.record({ items: fc.constant(items), a: fc.array(entryArb(items.length), { maxLength: 30 }) }));
    fc.assert(
      fc.property(scaled, ({ items, a }) => {
        const specs = items.map((it, i) => ({ category: `栏目${i}`, kind: '折合', cap: it.cap, per: 1, scale: it.scale, target: 0 }));
        const r = assess(workbook({ 考评细则: rubric(specs), 考评单位: UNITS, 期间设置: PERIODS, 扣分记录: log(a.map((e) => ({ ...e, source: '' }))) }));
        for (const res of r.results) {
          specs.forEach((s) => {
            expect(res.categories[s.category]).toBeGreaterThanOrEqual(0);
            expect(res.categories[s.category]).toBeLessThanOrEqual(s.cap);
          });
        }
      }),
      { numRuns: 200 },
    );
  });
});
