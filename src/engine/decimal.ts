/** The decimal numbers money is reckoned in (decimal.js, 50 digits), and a JS number as one. */
import Decimal from 'decimal.js';

/** Half away from zero, the contract's rounding (decimal.js calls it ROUND_HALF_UP). */
export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

/** A JS number as the decimal it was written as (0.1 is 0.1, not 0.1000000000000000055…). */
export function dec(x: number): Dec {
  return new D(String(x));
}
