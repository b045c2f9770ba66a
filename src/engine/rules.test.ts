/** Every contract rule as a small workbook with its expected result, run by one loop. */
import { assess } from './assess';
import { render, SEVERITY, severityOf } from './findings';
import type { Fixture } from './fixtures/base';
import { FOLLOW_UP } from './fixtures/follow-up';
import { KINDS } from './fixtures/kinds';
import { READING } from './fixtures/reading';
import { SOURCES } from './fixtures/sources';
import { SCORING } from './fixtures/scoring';
import { workbook } from './testing/grid';
import type { FindingCode } from './types';

const FIXTURES: Fixture[] = [...SCORING, ...READING, ...KINDS, ...SOURCES, ...FOLLOW_UP];

describe.each(FIXTURES.map((f) => [f.title, f] as const))('%s', (_title, f) => {
  const a = assess(workbook(f.sheets));

  it('is scored or not, as expected', () => {
    expect(a.scored).toBe(f.scored ?? true);
  });

  if (f.results) {
    it.each(Object.entries(f.results))('result %s', (key, want) => {
      const [period, unit] = key.split('|');
      const got = a.results.find((r) => r.period === period && r.unit === unit);
      expect(got).toBeDefined();
      const { categories, ...rest } = want;
      expect(got).toMatchObject(rest);
      if (categories) expect(got!.categories).toMatchObject(categories);
    });
  }

  if (f.composite) {
    it.each(Object.entries(f.composite))('composite %s', (unit, want) => {
      expect(a.composite.find((r) => r.unit === unit)).toMatchObject(want);
    });
  }

  if (f.periods) it('periods in order', () => expect(a.periods).toEqual(f.periods));
  if (f.units) it('units in order, with zones', () => expect(a.units.map((u) => [u.name, u.zone])).toEqual(f.units));

  it('reports each expected finding at its cell, and nothing unexpected', () => {
    const got = a.findings.map((x) => [x.code, x.sheet, x.cell]);
    for (const want of f.findings ?? []) expect(got).toContainEqual(want);
    if (f.onlyCodes) {
      const allowed = new Set((f.findings ?? []).map(([code]) => code));
      expect(a.findings.filter((x) => !allowed.has(x.code)).map((x) => `${x.code} ${x.sheet}!${x.cell}: ${x.message.en}`)).toEqual([]);
    }
  });

  it('every finding has both languages and a severity matching its code', () => {
    for (const x of a.findings) {
      expect(x.message.zh.length).toBeGreaterThan(0);
      expect(x.message.en.length).toBeGreaterThan(0);
      expect(x.severity).toBe(severityOf(x.code, x.params));
      expect(x.message).toEqual(render(x.params));
    }
  });
});

it('every finding code has a fixture that raises it at its cell', () => {
  const raised = new Set<FindingCode>();
  for (const f of FIXTURES) for (const [code] of f.findings ?? []) raised.add(code);
  raised.add('OUTPUT_NAME_TAKEN'); // raised by the report: see report.test.ts
  raised.add('EDITED_RESULT'); // raised by the report for an edited result sheet: see test/safety/ownership.test.ts
  raised.add('EDITED_REPLACED');
  expect([...raised].sort()).toEqual((Object.keys(SEVERITY) as FindingCode[]).sort());
});
