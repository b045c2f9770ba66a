/** The command line's --json output (contract section 5): fixed keys, values as computed. */
import type { Assessment, CompositeResult, Finding, JsonOutput, Lang } from './types';

/** The fields results and composite rows end with, in the contract's order. */
function standing(r: Pick<CompositeResult, 'rankScore' | 'vetoed' | 'passed' | 'rankInZone' | 'rankOverall' | 'flag'>) {
  return { rankScore: r.rankScore, vetoed: r.vetoed, passed: r.passed, rankInZone: r.rankInZone, rankOverall: r.rankOverall, flag: r.flag };
}

export function toJson(a: Assessment, lang: Lang, extra: readonly Finding[] = []): JsonOutput {
  return {
    periods: [...a.periods],
    results: a.results.map((r) => ({
      period: r.period,
      unit: r.unit,
      zone: r.zone,
      categories: { ...r.categories },
      base: r.base,
      bonus: r.bonus,
      total: r.total,
      coefficient: r.coefficient,
      ...standing(r),
      rankChange: r.rankChange,
    })),
    composite: a.composite.map((r) => ({ unit: r.unit, zone: r.zone, total: r.total, ...standing(r), rankChange: null })),
    issues: [...a.findings, ...extra].map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message[lang] })),
    compare: (a.compare?.rows ?? []).map((r) => ({ source: r.source, period: r.period, unit: r.unit, official: r.official, total: r.total, difference: r.difference, flag: r.flag })),
    pay: (a.pay?.rows ?? []).map((r) => ({ period: r.period, unit: r.unit, base: r.base, fixed: r.fixed, linked: r.linked, payable: r.payable, fundShare: r.fundShare })),
    rectification: (a.rectification?.counts ?? []).map((r) => ({ unit: r.unit, problems: r.problems, done: r.done, inProgress: r.inProgress, open: r.open, overdue: r.overdue })),
  };
}
