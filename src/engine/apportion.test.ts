/** The apportionment in JS numbers gives exactly the quanta of the one in decimal.js integers (fast-check). */
import fc from 'fast-check';
import { apportion, apportionSafe, type Eligible } from './apportion';
import { D } from './decimal';

/** Both ways on the same claims; the sizes keep total × sum of weights within 2^53 − 1. */
function both(total: number, weights: readonly number[], ranks: readonly number[]): { safe: string[]; exact: string[] } {
  const eligible: Eligible[] = weights.map((_, k) => ({ i: k * 2 + 1, c: { rankOverall: ranks[k] } }));
  const sum = weights.reduce((s, w) => s + w, 0);
  expect(Number.isSafeInteger(total * sum)).toBe(true);
  const exact = apportion(new D(total), weights.map((w) => new D(w)), new D(sum), eligible).map(String);
  const safe = apportionSafe(total, weights, sum, eligible).map(String);
  return { safe, exact };
}

describe('apportionSafe', () => {
  it('gives the same quanta as the decimal apportionment, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ w: fc.integer({ min: 1, max: 12 }), rank: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 1000 }),
        (claims, total) => {
          const { safe, exact } = both(total, claims.map((c) => c.w), claims.map((c) => c.rank));
          expect(safe).toEqual(exact);
        },
      ),
    );
  });

  it('gives the same quanta near the 2^53 limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999_999 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 2 ** 20 }), (weights, cap) => {
        const sum = weights.reduce((s, w) => s + w, 0);
        const total = Math.max(0, Math.floor(Number.MAX_SAFE_INTEGER / sum) - cap);
        const { safe, exact } = both(total, weights, weights.map((_, k) => (k % 3) + 1));
        expect(safe).toEqual(exact);
      }),
    );
  });

  it('gives a million yuan in fen to three units by hand-computed shares', () => {
    // 100,000,000 fen by 90 : 80 : 80 (sum 250): 36,000,000, 32,000,000, 32,000,000, nothing left over.
    expect(both(100_000_000, [90, 80, 80], [1, 2, 2]).safe).toEqual(['36000000', '32000000', '32000000']);
    // 10 quanta by 1 : 1 : 1: 3 each, the one left to the better rank (the second claim, rank 1).
    expect(both(10, [1, 1, 1], [2, 1, 3]).safe).toEqual(['3', '4', '3']);
  });
});
