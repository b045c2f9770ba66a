/** What must always hold, over random rubrics and entry logs (fast-check). */
import fc from 'fast-check';
import { assess } from './assess';
import { buildReport } from './report';
import { toJson } from './json';
import { workbook, type FixtureCell } from './testing/grid';
import type { Assessment, PeriodResult } from './types';

const CATEGORIES = ['党建', '宣传', '安全', '群团'];
const KINDS = ['扣分', '累进扣分', '评分', '加分', '否决', ''];
const half = fc.integer({ min: 0, max: 50 }).map((n) => n / 2);

const itemArb = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  kind: fc.constantFrom(...KINDS),
  cap: fc.integer({ min: 1, max: 30 }),
  per: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
});
const entryArb = (nItems: number, nUnits: number) =>
  fc.record({
    period: fc.constantFrom('P1', 'P2'),
    unit: fc.integer({ min: 0, max: nUnits - 1 }),
    item: fc.integer({ min: 0, max: nItems - 1 }),
    count: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    points: fc.option(half, { nil: null }),
  });

const caseArb = fc
  .record({
    items: fc.array(itemArb, { minLength: 1, maxLength: 8 }),
    nUnits: fc.integer({ min: 1, max: 6 }),
    ranking: fc.constantFrom('美式', '中国式'),
    topFlags: fc.integer({ min: 0, max: 4 }),
    bottomWarnings: fc.integer({ min: 0, max: 3 }),
  })
  .chain((c) => fc.record({ c: fc.constant(c), entries: fc.array(entryArb(c.items.length, c.nUnits), { maxLength: 40 }) }));

type Case = { c: { items: Array<{ category: string; kind: string; cap: number; per: number | null }>; nUnits: number; ranking: string; topFlags: number; bottomWarnings: number }; entries: Array<{ period: string; unit: number; item: number; count: number | null; points: number | null }> };

function build(k: Case, entries = k.entries) {
  const rubric: FixtureCell[][] = [['编号', '栏目', '分值', '单次扣分', '类型'], ...k.c.items.map((it, i) => [`I${i}`, it.category, it.cap, it.per, it.kind])];
  const unitRows: FixtureCell[][] = [['单位', '考评区'], ...Array.from({ length: k.c.nUnits }, (_, u) => [`U${u}`, u % 2 ? '乙区' : '甲区'])];
  const log: FixtureCell[][] = [['期间', '单位', '编号', '次数', '扣分', '原因'], ...entries.map((e) => [e.period, `U${e.unit}`, `I${e.item}`, e.count, e.points, '检查'])];
  return workbook({
    考评细则: rubric,
    考评单位: unitRows,
    期间设置: [['期间', '权重'], ['P1', 1], ['P2', 1]],
    考评设置: [['项目', '值'], ['排名方式', k.c.ranking], ['红旗名额', k.c.topFlags], ['预警名额', k.c.bottomWarnings]],
    扣分记录: log,
  });
}

function scores(a: Assessment): Record<string, Omit<PeriodResult, 'flag' | 'rankInZone' | 'rankOverall'> & { ranks: string }> {
  const out: Record<string, Omit<PeriodResult, 'flag' | 'rankInZone' | 'rankOverall'> & { ranks: string }> = {};
  for (const r of a.results) out[`${r.period}|${r.unit}`] = { ...r, ranks: `${r.rankInZone}/${r.rankOverall}/${r.flag}` };
  return out;
}

describe('engine properties', () => {
  it('a category score stays within [0, its cap]', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const a = assess(build(k));
        for (const r of a.results) {
          for (const c of a.categories) {
            const s = r.categories[c.name];
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(c.cap);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shuffling the entries changes no score and no rank', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), (k, seed) => {
        const shuffled = [...k.entries];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        expect(scores(assess(build(k, shuffled)))).toEqual(scores(assess(build(k))));
      }),
      { numRuns: 300 },
    );
  });

  it('splitting a deduction entry into two with the same sum changes no score', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 49 }), (k, pick, cut) => {
        const candidates = k.entries
          .map((e, i) => ({ e, i }))
          .filter(({ e }) => (k.c.items[e.item].kind === '扣分' || k.c.items[e.item].kind === '') && e.points !== null && e.points >= 1);
        fc.pre(candidates.length > 0);
        const { e, i } = candidates[pick % candidates.length];
        const first = Math.min(e.points! - 0.5, cut / 2);
        const split = [...k.entries.slice(0, i), { ...e, points: first }, { ...e, points: e.points! - first }, ...k.entries.slice(i + 1)];
        expect(scores(assess(build(k, split)))).toEqual(scores(assess(build(k))));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks form a valid competition (美式) or dense (中国式) ranking in every zone and overall', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const a = assess(build(k));
        const dense = a.settings.ranking === 'dense';
        const groups = new Map<string, PeriodResult[]>();
        for (const r of a.results) {
          for (const key of [`${r.period}|zone|${r.zone}`, `${r.period}|all`]) groups.set(key, [...(groups.get(key) ?? []), r]);
        }
        for (const [key, rows] of groups) {
          const rank = (r: PeriodResult) => (key.includes('|zone|') ? r.rankInZone : r.rankOverall);
          const better = (x: PeriodResult, y: PeriodResult) => (x.vetoed !== y.vetoed ? !x.vetoed : x.rankScore > y.rankScore);
          for (const x of rows) {
            const ahead = rows.filter((y) => better(y, x));
            const want = dense ? new Set(ahead.map((y) => `${y.vetoed}|${y.rankScore}`)).size + 1 : ahead.length + 1;
            expect(rank(x)).toBe(want);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

const ALIASES = ['考评细则', '扣分记录', '考评单位', '栏目设置', '期间设置', '考评设置', '一月扣分表', '得分表', 'Sheet1', 'Rubric'];
const HEADERS = ['编号', '栏目', '分值', '单次扣分', '类型', '单位', '考评区', '规模系数', '期间', '权重', '次数', '扣分', '原因', '项目', '值', '满分', '合格线', '小数位', '排名方式'];
const cellArb: fc.Arbitrary<FixtureCell> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...HEADERS, '扣分', '累进扣分', '评分', '加分', '否决', '美式', '中国式', '—', '-', '/', '30%', '５', '2分', '１．１０', '=SUM(A1)'),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 120 }),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((e) => ({ error: e })),
  fc.boolean(),
);

describe('no input makes the engine throw', () => {
  it('random grids shaped loosely like a workbook are scored or refused with findings, never an exception', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ALIASES), fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 12 }), { maxKeys: 6 }),
        (sheets) => {
          const input = workbook(sheets);
          const a = assess(input);
          const r = buildReport(a, input, 'zh');
          const j = toJson(a, 'en', r.renamed);
          expect(Array.isArray(j.issues)).toBe(true);
          if (!a.scored) expect(a.findings.some((f) => f.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
