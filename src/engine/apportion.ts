/**
 * The largest-remainder apportionment of a reward fund in whole quanta (contract section 7), for
 * {@link shareFund}: once in decimal.js integers, which are exact at any size, and once in JS
 * numbers for the sizes every real fund has, where whole numbers under 2^53 are exact too and
 * a thousand units need no decimal object each.
 */
import { D, type Dec } from './decimal';

/** A claim that passed: its place in the list of claims, and its overall rank for ties. */
export interface Eligible {
  readonly i: number;
  readonly c: { readonly rankOverall: number };
}

/**
 * Largest remainder in decimal.js integers: each weight's share of `total` quanta rounded down, then
 * the quanta left one each to the largest remainders (ties: better overall rank, then listed first).
 */
export function apportion(total: Dec, weights: readonly Dec[], sum: Dec, eligible: readonly Eligible[]): Dec[] {
  const parts = eligible.map(({ c, i }, k) => {
    const num = total.mul(weights[k]);
    const base = num.divToInt(sum);
    return { i, rankOverall: c.rankOverall, base, rest: num.sub(base.mul(sum)) };
  });
  let left = total.sub(parts.reduce((s, p) => s.add(p.base), new D(0)));
  const order = [...parts].sort((a, b) => (a.rest.eq(b.rest) ? a.rankOverall - b.rankOverall || a.i - b.i : b.rest.cmp(a.rest)));
  for (const p of order) {
    if (left.lte(0)) break;
    p.base = p.base.add(1);
    left = left.sub(1);
  }
  return parts.map((p) => p.base);
}

/**
 * The same apportionment when total × sum of weights is at most 2^53 − 1, as it is for every real
 * fund (a million yuan in fen over a thousand units' scores): every product and remainder below is
 * then a whole number under 2^53, which a JS number holds exactly, so the quanta are the ones
 * {@link apportion} gives, found without a decimal object per unit. The quotient is exact too: a
 * true quotient x strictly between k and k + 1 is at least 1/sum below k + 1, and rounding could
 * reach k + 1 only if that were under half a unit in the last place, (k + 1)·2^-53, that is only if
 * (k + 1)·sum ≥ 2^53; but k + 1 ≤ total, so (k + 1)·sum ≤ total × sum < 2^53.
 */
export function apportionSafe(total: number, weights: readonly number[], sum: number, eligible: readonly Eligible[]): Dec[] {
  const base = new Array<number>(weights.length);
  const rest = new Array<number>(weights.length);
  let given = 0;
  for (let k = 0; k < weights.length; k++) {
    const num = total * weights[k];
    const q = Math.floor(num / sum);
    base[k] = q;
    rest[k] = num - q * sum;
    given += q;
  }
  let left = total - given;
  const order = weights.map((_, k) => k);
  order.sort((a, b) => (rest[a] === rest[b] ? eligible[a].c.rankOverall - eligible[b].c.rankOverall || eligible[a].i - eligible[b].i : rest[b] - rest[a]));
  for (const k of order) {
    if (left <= 0) break;
    base[k]++;
    left--;
  }
  return base.map((q) => new D(q));
}
