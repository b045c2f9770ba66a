/**
 * Pay linked to the score and the reward fund (contract section 7), in exact decimal arithmetic:
 * every amount goes through decimal.js from the text of the number the clerk wrote, never through
 * binary floating point, and the fund is shared by the largest remainder in whole quanta, so
 * the shares add up to the fund to the last yuan (or fen).
 */
import Decimal from 'decimal.js';
import { apportion, apportionSafe } from './apportion';
import { D, dec, type Dec } from './decimal';
import type { PayResult, PayRow } from './follow-up-types';
import type { PeriodLabel, UnitName, ZoneName } from './types';

export { dec };

/**
 * The largest amount a money cell may hold: one trillion yuan, far past any unit's wage total or any
 * reward fund, and small enough that a base times a share times a score rate stays a finite number
 * whose fen a JSON number still carries exactly. Past it, or below zero, the cell is `BAD_NUMBER`.
 */
export const MAX_AMOUNT = 1e12;

/** Whether a number read from a money cell (pay base, fund) is an amount Kaoping computes with. */
export function isAmount(n: number): boolean {
  return Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT;
}

export function roundMoney(x: Dec, decimals: number): Dec {
  return x.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}

export interface FundClaim {
  /** Rank score as shown. */
  readonly rankScore: number;
  readonly passed: boolean;
  readonly rankOverall: number;
}

/**
 * Shares of `fund` (already rounded to `decimals`) among the claims that passed, in proportion to their
 * rank scores; failed (and so vetoed) claims get 0. The shares are whole quanta of 10^-decimals that add
 * up to the fund exactly: each first gets its proportional share rounded down, then the quanta left go
 * one each to the largest remainders; equal remainders go to the better overall rank first, then to
 * the claim listed first. If every passing rank score is 0 the fund is shared equally the same way.
 * Nothing passed: every share is 0 (the fund is not paid out).
 */
export function shareFund(fund: Dec, decimals: number, claims: readonly FundClaim[]): Dec[] {
  // Whole quanta, in decimal.js integers (no BigInt: EdgeHTML 18 has none); exact up to 50 digits.
  const quantum = new D(10).pow(-decimals);
  const total = fund.div(quantum).toDecimalPlaces(0, Decimal.ROUND_DOWN);
  const eligible = claims.map((c, i) => ({ c, i })).filter(({ c }) => c.passed);
  const out = claims.map(() => new D(0));
  if (eligible.length === 0 || total.lte(0)) return out;
  // Rank scores as whole numbers on one scale, so the apportionment is exact integer arithmetic.
  const scores = eligible.map(({ c }) => (Number.isFinite(c.rankScore) ? dec(c.rankScore) : undefined));
  const places = Math.max(0, ...scores.map((x) => (x === undefined ? 0 : x.decimalPlaces())));
  const scale = new D(10).pow(places);
  const weightOf = (x: Dec | undefined): Dec => {
    if (x === undefined) return new D(0);
    const w = x.mul(scale).toDecimalPlaces(0, Decimal.ROUND_DOWN);
    return w.gt(0) ? w : new D(0);
  };
  let weights = scores.map(weightOf);
  let sum = weights.reduce((s, w) => s.add(w), new D(0));
  if (sum.isZero()) {
    weights = eligible.map(() => new D(1));
    sum = new D(eligible.length);
  }
  const quanta = total.mul(sum).lte(Number.MAX_SAFE_INTEGER) ? apportionSafe(total.toNumber(), weights.map((w) => w.toNumber()), sum.toNumber(), eligible) : apportion(total, weights, sum, eligible);
  // The two give the same quanta (apportion.test.ts); the first needs no decimal object per unit.
  eligible.forEach(({ i }, k) => (out[i] = quanta[k].mul(quantum)));
  return out;
}

export interface PayInput {
  readonly linkedShare?: number;
  readonly rewardFund?: number;
  readonly moneyDecimals: number;
  readonly fullScore: number;
  readonly periods: readonly PeriodLabel[];
  /** Period funds from the periods sheet. */
  readonly periodFunds: ReadonlyMap<string, number>;
  readonly units: ReadonlyArray<{ readonly name: UnitName; readonly zone: ZoneName; readonly payBase?: number }>;
  /** Per period, per unit in the units' order: the ranking as shown. */
  readonly results: ReadonlyArray<{ readonly period: PeriodLabel; readonly unit: UnitName } & Standing>;
  /** Per unit, when there are two or more periods. */
  readonly composite: ReadonlyArray<{ readonly unit: UnitName } & Standing>;
}

/** What a unit's pay rows share: its base, its fixed part and base × 挂钩比例 (undefined when it has no pay). */
interface UnitPay {
  readonly zone: ZoneName;
  readonly base: number | null;
  readonly fixed: Dec | undefined;
  readonly fixedNumber: number | null;
  readonly linkedBase: Dec | undefined;
}

interface Standing {
  readonly total: number;
  readonly rankScore: number;
  readonly vetoed: boolean;
  readonly passed: boolean;
  readonly rankOverall: number;
}

/** The pay block of the assessment, or undefined when neither 挂钩比例 nor any 奖励资金 is set. */
export function computePay(input: PayInput): PayResult | undefined {
  const { linkedShare, rewardFund, moneyDecimals: md, fullScore } = input;
  const anyPeriodFund = input.periods.some((p) => input.periodFunds.has(p));
  if (linkedShare === undefined && rewardFund === undefined && !anyPeriodFund) return undefined;
  const withComposite = input.composite.length > 0;
  const fundOf = new Map<string | null, Dec>();
  for (const p of input.periods) {
    const f = input.periodFunds.get(p);
    if (f !== undefined && Number.isFinite(f)) fundOf.set(p, roundMoney(dec(f), md));
  }
  if (rewardFund !== undefined && Number.isFinite(rewardFund)) {
    // The setting funds the composite; with a single period, that period (unless its own row says otherwise).
    if (withComposite) fundOf.set(null, roundMoney(dec(rewardFund), md));
    else if (input.periods.length === 1 && !fundOf.has(input.periods[0])) fundOf.set(input.periods[0], roundMoney(dec(rewardFund), md));
  }
  const p = linkedShare === undefined ? undefined : dec(linkedShare);
  const F = dec(fullScore);
  const num = (x: Dec | undefined): number | null => (x === undefined ? null : x.toNumber());

  const rows: PayRow[] = [];
  // A unit's base pay and fixed part are the same in every block: worked out once per unit.
  const payOf = new Map<string, UnitPay>();
  for (const u of input.units) {
    let fixed: Dec | undefined;
    let linkedBase: Dec | undefined;
    if (u.payBase !== undefined && p !== undefined && Number.isFinite(u.payBase)) {
      const B = dec(u.payBase);
      fixed = roundMoney(B.mul(new D(1).sub(p)), md);
      linkedBase = B.mul(p);
    }
    payOf.set(u.name, { zone: u.zone, base: u.payBase ?? null, fixed, fixedNumber: num(fixed), linkedBase });
  }
  const block = (period: PeriodLabel | null, list: ReadonlyArray<{ readonly unit: UnitName } & Standing>): void => {
    const fund = fundOf.get(period);
    const shares = fund === undefined ? undefined : shareFund(fund, md, list);
    list.forEach((r, k) => {
      const u = payOf.get(r.unit);
      // A total that is not a finite number, or pay past what a number holds (a rubric with absurd caps),
      // gives no pay rather than NaN or Infinity.
      const linkedNow = u?.fixed !== undefined && Number.isFinite(r.total) ? (r.vetoed ? new D(0) : roundMoney(u.linkedBase!.mul(dec(r.total)).div(F), md)) : undefined;
      const inRange = linkedNow !== undefined && Number.isFinite(u!.fixed!.add(linkedNow).toNumber());
      const fixed = inRange ? u!.fixed : undefined;
      const linked = inRange ? linkedNow : undefined;
      rows.push({
        period,
        unit: r.unit,
        zone: u?.zone ?? ('' as ZoneName),
        total: r.total,
        passed: r.passed,
        vetoed: r.vetoed,
        base: u?.base ?? null,
        fixed: fixed === undefined ? null : u!.fixedNumber,
        linked: num(linked),
        payable: fixed && linked ? fixed.add(linked).toNumber() : null,
        fundShare: shares ? shares[k].toNumber() : null,
      });
    });
  };
  for (const period of input.periods) block(period, input.results.filter((r) => r.period === period));
  if (withComposite) block(null, input.composite);
  return {
    linkedShare: linkedShare ?? null,
    moneyDecimals: md,
    funds: [...fundOf].map(([period, amount]) => ({ period: period as PeriodLabel | null, amount: amount.toNumber() })),
    rows,
  };
}

/** Sums of money columns, exact (for the foot of a block). */
export function sumMoney(values: ReadonlyArray<number | null>): number | null {
  let s: Dec | undefined;
  for (const v of values) if (v !== null) s = (s ?? new D(0)).add(dec(v));
  return s === undefined ? null : s.toNumber();
}
