/** The composite over two or more periods: the weighted mean of each unit's period totals, ranked. */
import { messages, type Findings } from './findings';
import type { PeriodRow } from './parse-tables';
import { rankAll } from './rank';
import { clean, roundHalfAway } from './text';
import type { CompositeResult, PeriodLabel, Settings, Unit } from './types';

export function compositeOf(
  units: readonly Unit[],
  periods: readonly PeriodLabel[],
  periodRows: readonly PeriodRow[] | undefined,
  totals: ReadonlyArray<ReadonlyArray<{ total: number; vetoed: boolean }>>,
  settings: Settings,
  periodsSheet: string,
  findings: Findings,
): CompositeResult[] {
  let weights = periods.map(() => 1);
  if (periodRows && periodRows.some((p) => p.weight !== undefined || p.weightBad)) {
    const given = periods.map((p) => periodRows.find((r) => r.label === p)?.weight);
    const sum = given.reduce<number>((s, w) => s + (w ?? 0), 0);
    if (given.every((w) => w !== undefined) && sum > 0) weights = given as number[];
    else findings.add('WEIGHTS_NOT_100', periodsSheet, '', messages.periodWeights());
  }
  const wsum = weights.reduce((s, w) => s + w, 0);
  const d = settings.decimals;
  const rows = units.map((u, ui) => {
    const ts = totals[ui];
    let total = 0;
    ts.forEach((t, i) => (total += t.total * weights[i]));
    total = clean(total / wsum);
    const vetoed = ts.some((t) => t.vetoed);
    const rounded = roundHalfAway(total, d);
    return {
      unit: u.name,
      zone: u.zone,
      total: rounded,
      coefficient: u.coefficient,
      rankScore: roundHalfAway(total * u.coefficient, d),
      vetoed,
      passed: !vetoed && rounded >= settings.passLine,
    };
  });
  const ranks = rankAll(rows, { style: settings.ranking, topFlags: settings.topFlags, bottomWarnings: settings.bottomWarnings });
  return rows.map((r, i) => ({ ...r, ...ranks[i] }));
}

