/** Ranking within each zone and over all units, and the red flags and warnings (contract section 3). */
import type { Flag, Ranked, RankingStyle } from './types';

export interface Rankable {
  readonly zone: string;
  readonly vetoed: boolean;
  /** Rounded: ties are decided on what the clerk sees. */
  readonly rankScore: number;
  readonly passed: boolean;
}

export interface RankRules {
  readonly style: RankingStyle;
  readonly topFlags: number;
  readonly bottomWarnings: number;
}

/** Non-vetoed units first, then vetoed ones; within each, higher rank score first. */
function ahead(a: Rankable, b: Rankable): number {
  if (a.vetoed !== b.vetoed) return a.vetoed ? 1 : -1;
  return b.rankScore - a.rankScore;
}

/**
 * Ranks of `indices` among `rows`: standard (RANK.EQ: 1, 2, 2, 4) or dense (1, 2, 2, 3).
 * Also returns, per index, how many of them rank strictly below it.
 */
function rankGroup(rows: readonly Rankable[], indices: readonly number[], style: RankingStyle): Map<number, { rank: number; below: number }> {
  const sorted = [...indices].sort((i, j) => ahead(rows[i], rows[j]) || i - j);
  const out = new Map<number, { rank: number; below: number }>();
  let start = 0;
  let dense = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && ahead(rows[sorted[start]], rows[sorted[end]]) === 0) end++;
    dense++;
    const rank = style === 'dense' ? dense : start + 1;
    const below = sorted.length - end;
    for (let k = start; k < end; k++) out.set(sorted[k], { rank, below });
    start = end;
  }
  return out;
}

export function rankAll(rows: readonly Rankable[], rules: RankRules): Ranked[] {
  const all = rows.map((_, i) => i);
  const overall = rankGroup(rows, all, rules.style);
  const zones = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const z = zones.get(rows[i].zone);
    if (z) z.push(i);
    else zones.set(rows[i].zone, [i]);
  }
  const inZone = new Map<number, { rank: number; below: number }>();
  for (const members of zones.values()) for (const [i, r] of rankGroup(rows, members, rules.style)) inZone.set(i, r);
  return rows.map((row, i) => {
    const z = inZone.get(i)!;
    let flag: Flag = null;
    if (row.passed && z.rank <= rules.topFlags) flag = 'red';
    else if (z.below < rules.bottomWarnings) flag = 'warning';
    return { rankInZone: z.rank, rankOverall: overall.get(i)!.rank, flag };
  });
}

/**
 * Each row's rank change: its zone rank in the previous period minus its zone rank now (2 = up two
 * places); null in the first period or where the unit had no result there (contract section 5).
 */
export function rankChanges(rows: ReadonlyArray<{ readonly period: string; readonly unit: string; readonly rankInZone: number }>, periods: readonly string[]): Array<number | null> {
  const order = new Map(periods.map((p, i) => [p, i] as const));
  const rankAt = new Map<string, number>();
  for (const r of rows) rankAt.set(`${order.get(r.period)}\u0001${r.unit}`, r.rankInZone);
  return rows.map((r) => {
    const i = order.get(r.period);
    if (i === undefined || i === 0) return null;
    const before = rankAt.get(`${i - 1}\u0001${r.unit}`);
    return before === undefined ? null : before - r.rankInZone;
  });
}
