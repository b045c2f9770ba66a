/** The reward fund always adds up, and never reaches a vetoed or failed unit (fast-check). */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { assess } from './assess';
import { RUBRIC } from './fixtures/base';
import { shareFund } from './money';
import { workbook, type FixtureCell } from './testing/grid';

describe('shareFund', () => {
  const claim = fc.record({
    rankScore: fc.integer({ min: 0, max: 12000 }).map((n) => n / 100),
    passed: fc.boolean(),
    rankOverall: fc.integer({ min: 1, max: 50 }),
  });

  it('shares add up to the fund exactly and go only to units that passed', () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 2 }), (claims, cents, md) => {
        const fund = new Decimal(cents).div(100).toDecimalPlaces(md, Decimal.ROUND_HALF_UP);
        const shares = shareFund(fund, md, claims);
        const anyPassed = claims.some((c) => c.passed);
        const sum = shares.reduce((s, x) => s.add(x), new Decimal(0));
        expect(sum.toFixed(md)).toBe(anyPassed ? fund.toFixed(md) : new Decimal(0).toFixed(md));
        claims.forEach((c, i) => {
          if (!c.passed) expect(shares[i].isZero()).toBe(true);
          expect(shares[i].isNegative()).toBe(false);
          expect(shares[i].decimalPlaces()).toBeLessThanOrEqual(md);
        });
      }),
    );
  });

  it('no share is more than one quantum off its exact proportion', () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 1_000_000 }), (claims, fundYuan) => {
        const fund = new Decimal(fundYuan);
        const shares = shareFund(fund, 0, claims);
        const passing = claims.filter((c) => c.passed);
        const weight = passing.reduce((s, c) => s.add(c.rankScore), new Decimal(0));
        if (weight.isZero()) return;
        claims.forEach((c, i) => {
          if (!c.passed) return;
          const exact = fund.mul(c.rankScore).div(weight);
          expect(shares[i].sub(exact).abs().lessThan(1)).toBe(true);
        });
      }),
    );
  });
});

describe('the fund through a whole assessment', () => {
  const entryArb = fc.record({
    unit: fc.integer({ min: 0, max: 7 }),
    id: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'C2', 'V1', 'X1'),
    points: fc.integer({ min: 0, max: 20 }),
  });

  it('period and composite funds add up, and vetoed or failed units get nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ e: entryArb, q: fc.constantFrom('Q1', 'Q2') }), { maxLength: 40 }), fc.integer({ min: 0, max: 500_000 }), (rows, fund) => {
        const log: FixtureCell[][] = [['期间', '单位', '编号', '扣分', '原因']];
        for (let u = 0; u < 8; u++) log.push(['Q1', `单位${u}`, 'X1', 0, null]);
        for (const { e, q } of rows) log.push([q, `单位${e.unit}`, e.id, e.id === 'V1' ? null : e.points, '检查发现']);
        const a = assess(
          workbook({
            考评细则: RUBRIC,
            期间设置: [['期间', '奖励资金'], ['Q1', fund], ['Q2', fund + 0.5]],
            扣分记录: log,
            考评设置: [['项目', '值'], ['奖励资金', fund * 3]],
          }),
        );
        const pay = a.pay!;
        for (const f of pay.funds) {
          const rows = pay.rows.filter((r) => r.period === f.period);
          const anyPassed = rows.some((r) => r.passed);
          const sum = rows.reduce((s, r) => s.add(r.fundShare ?? 0), new Decimal(0));
          expect(sum.toNumber()).toBe(anyPassed ? f.amount : 0);
          for (const r of rows) if (r.vetoed || !r.passed) expect(r.fundShare).toBe(0);
        }
        expect(pay.funds.map((f) => f.period)).toEqual(['Q1', 'Q2', null]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('money cells that hold no amount', () => {
  const log: FixtureCell[][] = [['单位', '编号', '扣分', '原因'], ['一支部', 'A1', 1, '检查发现']];
  const units = (bases: FixtureCell[]): FixtureCell[][] => [['单位', '考评区', '工资总额'], ...bases.map((b, k): FixtureCell[] => [`${['一', '二', '三', '四'][k]}支部`, '一区', b])];

  it('a pay base below zero, past a trillion or given as a share is BAD_NUMBER at its cell, and that unit has no pay', () => {
    const a = assess(workbook({ 考评细则: RUBRIC, 考评单位: units([1e308, -5000, '20%', 80000]), 扣分记录: log, 考评设置: [['项目', '值'], ['挂钩比例', '20%']] }));
    const bad = a.findings.filter((f) => f.code === 'BAD_NUMBER').map((f) => `${f.sheet}!${f.cell}`);
    expect(bad).toEqual(['考评单位!C2', '考评单位!C3', '考评单位!C4']);
    const msg = a.findings.find((f) => f.cell === 'C3')!.message;
    expect(msg.zh).toContain('-5000');
    expect(msg.zh).toContain('0 到 1 万亿');
    const rows = a.pay!.rows;
    expect(rows.filter((r) => r.fixed !== null).map((r) => r.unit)).toEqual(['四支部']);
    for (const r of rows) for (const v of [r.fixed, r.linked, r.payable]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  });

  it('a period fund below zero or past a trillion is BAD_NUMBER and funds nothing; the setting past a trillion keeps no fund', () => {
    const a = assess(
      workbook({
        考评细则: RUBRIC,
        考评单位: units([80000]),
        期间设置: [['期间', '奖励资金'], ['Q1', -1], ['Q2', 2e12]],
        扣分记录: [['期间', '单位', '编号', '扣分', '原因'], ['Q1', '一支部', 'A1', 1, '检查发现'], ['Q2', '一支部', 'A1', 1, '检查发现']],
        考评设置: [['项目', '值'], ['奖励资金', 5e12]],
      }),
    );
    expect(a.findings.filter((f) => f.code === 'BAD_NUMBER').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['期间设置!B2', '期间设置!B3']);
    expect(a.findings.filter((f) => f.code === 'BAD_SETTING').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['考评设置!B2']);
    expect(a.pay).toBeUndefined();
  });

  it('pay too large for a number (a full score of 1 and a total in the millions) is no pay, never Infinity', () => {
    const a = assess(
      workbook({
        考评细则: [['编号', '栏目', '分值'], ['1.1', '基础工作', 1e300]],
        考评单位: units([1e12]),
        扣分记录: [['单位', '编号', '扣分', '原因']],
        考评设置: [['项目', '值'], ['挂钩比例', '100%'], ['满分', 1e-300]],
      }),
    );
    for (const r of a.pay!.rows) for (const v of [r.fixed, r.linked, r.payable]) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  });
});
