/** After the ranking: pay and the reward fund (section 7) and rectification (section 8), when asked for. */
import { today } from './dates';
import type { Findings } from './findings';
import type { PayResult, RectificationResult } from './follow-up-types';
import { computePay } from './money';
import type { Entry } from './parse-entries';
import type { PeriodRow, RawSettings, UnitRow } from './parse-tables';
import { trackRectification } from './rectification';
import type { CompositeResult, DeductionLine, PeriodLabel, PeriodResult, Settings, Unit } from './types';

export interface FollowUpInput {
  readonly raw: RawSettings;
  readonly settings: Settings;
  readonly units: readonly Unit[];
  readonly unitRows: readonly UnitRow[] | undefined;
  readonly periods: readonly PeriodLabel[];
  readonly periodRows: readonly PeriodRow[] | undefined;
  readonly results: readonly PeriodResult[];
  readonly composite: readonly CompositeResult[];
  readonly entries: readonly Entry[];
  readonly lines: readonly DeductionLine[];
  readonly followUpColumns: boolean;
  readonly today: number | undefined;
}

export function afterRanking(input: FollowUpInput, findings: Findings): { pay?: PayResult; rectification?: RectificationResult } {
  const periodFunds = new Map<string, number>();
  for (const p of input.periodRows ?? []) if (p.fund !== undefined) periodFunds.set(p.label, p.fund);
  const baseOf = new Map<string, number>();
  for (const u of input.unitRows ?? []) if (u.payBase !== undefined) baseOf.set(u.name, u.payBase);
  const pay = computePay({
    linkedShare: input.raw.linkedShare,
    rewardFund: input.raw.rewardFund,
    moneyDecimals: input.raw.moneyDecimals ?? 0,
    fullScore: input.settings.fullScore,
    periods: input.periods,
    periodFunds,
    units: input.units.map((u) => ({ name: u.name, zone: u.zone, ...(baseOf.has(u.name) ? { payBase: baseOf.get(u.name)! } : {}) })),
    results: input.results,
    composite: input.composite,
  });
  const rectification = input.followUpColumns
    ? trackRectification({ units: input.units, entries: input.entries, lines: input.lines, asOf: input.raw.asOf ?? input.today ?? today() }, findings)
    : undefined;
  return { ...(pay ? { pay } : {}), ...(rectification ? { rectification } : {}) };
}
