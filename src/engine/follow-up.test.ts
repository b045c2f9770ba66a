/** Pay, the reward fund and rectification: each fixture's hand-worked amounts (fixtures/follow-up.ts). */
import { assess } from './assess';
import { FOLLOW_UP } from './fixtures/follow-up';
import { toJson } from './json';
import { workbook } from './testing/grid';

describe.each(FOLLOW_UP.map((f) => [f.title, f] as const))('%s', (_title, f) => {
  const a = assess(workbook(f.sheets));

  if (f.pay) {
    it.each(Object.entries(f.pay))('pay %s', (key, want) => {
      const [period, unit] = key.split('|');
      const got = a.pay?.rows.find((r) => r.unit === unit && (period === '综合' ? r.period === null : r.period === period));
      expect(got).toBeDefined();
      expect({ base: got!.base, fixed: got!.fixed, linked: got!.linked, payable: got!.payable, fundShare: got!.fundShare }).toEqual(want);
    });
    it('gives a pay row to every unit in every period, and the composite', () => {
      const periods = a.periods.length + (a.composite.length > 0 ? 1 : 0);
      expect(a.pay?.rows.length).toBe(a.units.length * periods);
      expect(toJson(a, 'zh').pay.length).toBe(a.units.length * periods);
    });
  }
  if (f.noPay) it('has no pay block', () => {
    expect(a.pay).toBeUndefined();
    expect(toJson(a, 'zh').pay).toEqual([]);
  });

  if (f.rectification) {
    it('counts each unit’s problems', () => {
      const got = Object.fromEntries((a.rectification?.counts ?? []).map(({ unit, zone: _zone, ...c }) => [unit, c]));
      expect(got).toEqual(f.rectification);
      expect(toJson(a, 'zh').rectification.map((r) => r.unit)).toEqual(a.units.map((u) => u.name));
    });
  }
  if (f.openProblems) {
    it('lists every problem not done, overdue ones marked', () => {
      expect(a.rectification?.open.map((p) => [p.cell, p.overdue])).toEqual(f.openProblems);
    });
  }
});

it('without follow-up columns there is no rectification block', () => {
  const a = assess(workbook(FOLLOW_UP[0].sheets));
  expect(a.rectification).toBeUndefined();
  expect(toJson(a, 'zh').rectification).toEqual([]);
});
