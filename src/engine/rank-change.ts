/** Rank change since the previous period (contract section 5): the previous zone rank minus the rank now. */
import type { PeriodLabel, Ranked } from './types';

interface Row extends Pick<Ranked, 'rankInZone'> {
  readonly period: PeriodLabel;
  readonly unit: string;
  readonly zone: string;
  rankChange: number | null;
}

/**
 * Sets each row's rankChange from the same unit's row in the period before, in `periods` order; null
 * in the first period, and when the unit stood in another zone then (its rank there is not comparable).
 */
export function setRankChanges(rows: readonly Row[], periods: readonly PeriodLabel[]): void {
  const order = new Map<string, number>(periods.map((p, i) => [p, i]));
  const at = new Map<string, Row>();
  for (const r of rows) at.set(`${order.get(r.period) ?? -1}\u0001${r.unit}`, r);
  for (const r of rows) {
    const i = order.get(r.period) ?? -1;
    const before = i > 0 ? at.get(`${i - 1}\u0001${r.unit}`) : undefined;
    r.rankChange = before && before.zone === r.zone ? before.rankInZone - r.rankInZone : null;
  }
}
