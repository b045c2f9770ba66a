/** One run of the engine: find the sheets, read them, check every entry, score, rank. Never throws. */
import type { WorkbookInput } from './cells';
import { findRoles } from './find';
import { Findings, messages } from './findings';
import { entryAt, needsScore, newBatch, parseEntryLog, parseScoreTable, type Entry } from './parse-entries';
import { buildCategories, parseRubric } from './parse-rubric';
import { parsePeriods, parseSettings, parseUnits, PERIOD_ALL, ZONE_ALL, type PeriodRow, type UnitRow } from './parse-tables';
import { rankAll } from './rank';
import { setRankChanges } from './rank-change';
import { rolesWithSheetKeys } from './sheet-keys';
import { compositeOf } from './composite';
import { afterRanking } from './follow-up';
import { scoreUnitPeriod, type ScoreContext } from './score';
import { compareOutcome } from './compare';
import { scoreWeighted } from './source-score';
import { parseSources, planSources } from './sources';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';
import { roundHalfAway } from './text';
import type {
  Assessment,
  DeductionLine,
  PeriodLabel,
  PeriodResult,
  RoleOverrides,
  Settings,
  Unit,
  UnitName,
} from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface AssessOptions {
  /** The clerk's choice of sheet for a role, overriding detection. */
  readonly roles?: RoleOverrides;
  /** Called as checking and scoring go on. */
  readonly progress?: (stage: 'checking' | 'scoring', done: number, total: number) => void;
  /** The day of the run as an Excel day number, when 评定日期 is not set (default: today). */
  readonly today?: number;
}

export function assess(input: WorkbookInput, options: AssessOptions = {}): Assessment {
  const findings = new Findings();
  const progress = options.progress ?? (() => undefined);
  const found = findRoles(input, rolesWithSheetKeys(input, options.roles, findings));
  const empty = (settings: Settings = DEFAULT_SETTINGS): Assessment => ({
    scored: false,
    roles: found.choices,
    items: [],
    categories: [],
    units: [],
    periods: [],
    settings,
    results: [],
    composite: [],
    lines: [],
    findings: findings.list,
    entryCount: 0,
  });
  // Checking progresses sheet by sheet: every role's sheet and every score table.
  const sheetsToRead = Object.keys(found.views).length + found.scoreTables.length;
  let sheetsRead = 0;
  const sheetDone = (): void => progress('checking', ++sheetsRead, sheetsToRead);
  progress('checking', 0, sheetsToRead);

  const rubricView = found.views.rubric;
  if (!rubricView) {
    findings.add('MISSING_SHEET', '', '', messages.missingSheet('考评细则', 'Rubric'));
    if (!found.views.entries && found.scoreTables.length === 0) findings.add('MISSING_SHEET', '', '', messages.missingData());
    return empty();
  }
  const rubric = parseRubric(rubricView, findings);
  sheetDone();
  const cats = buildCategories(rubric?.items ?? [], found.views.categories, findings);
  if (found.views.categories) sheetDone();
  const raw = found.views.settings ? parseSettings(found.views.settings, findings) : {};
  if (found.views.settings) sheetDone();
  const settings = resolveSettings(raw, cats.categories.reduce((s, c) => s + c.cap, 0), cats.weighted, found.views.settings?.sheet ?? '', findings);
  if (!rubric || rubric.items.length === 0) {
    if (rubric) findings.add('MISSING_SHEET', rubricView.sheet, '', messages.noItems(rubricView.sheet));
    return empty(settings);
  }
  const lookup = { byId: new Map(rubric.items.map((it) => [it.id as string, it] as const)), invalidIds: rubric.invalidIds };

  const unitRows = found.views.units ? parseUnits(found.views.units, findings) : undefined;
  if (found.views.units) sheetDone();
  const periodRows = found.views.periods ? parsePeriods(found.views.periods, findings) : undefined;
  if (found.views.periods) sheetDone();
  const batch = newBatch();
  let usable = false;
  if (found.views.entries) {
    usable = parseEntryLog(found.views.entries, lookup, batch, findings) || usable;
    sheetDone();
  }
  for (const v of found.scoreTables) {
    usable = parseScoreTable(v, lookup, batch, findings) || usable;
    sheetDone();
  }
  if (!found.views.entries && found.scoreTables.length === 0) {
    findings.add('MISSING_SHEET', '', '', messages.missingData());
    return empty(settings);
  }
  if (!usable) return empty(settings);

  const units: Unit[] = unitRows ?? batch.unitOrder.map((name) => ({ name: name as UnitName, zone: ZONE_ALL, coefficient: 1, hasCoefficient: false }));
  if (units.length === 0) {
    findings.add('NO_UNITS', found.views.units?.sheet ?? '', '', messages.noUnits());
    return empty(settings);
  }
  const { entries, periods } = checkEntries(batch.entries, unitRows, periodRows, findings);
  const sourceRows = found.views.sources ? parseSources(found.views.sources, findings) : undefined;
  if (found.views.sources) sheetDone();
  const plan = sourceRows && sourceRows.length > 0 ? planSources(entries, sourceRows, found.views.sources!.sheet, findings) : undefined;
  const scoredEntries = plan ? plan.scoredEntries : entries;

  // Bucket each unit's entries by period, keeping input order.
  const unitIndex = new Map<string, number>(units.map((u, i) => [u.name, i]));
  const periodIndex = new Map<string, number>(periods.map((p, i) => [p, i]));
  const nUnits = units.length;
  const buckets: Entry[][] = [];
  for (const e of scoredEntries) {
    const u = unitIndex.get(e.unit);
    const p = periodIndex.get(e.period);
    if (u === undefined || p === undefined) continue;
    (buckets[p * nUnits + u] ??= []).push(e);
  }
  const ctx: ScoreContext = {
    categories: cats.categories,
    categoryOf: cats.categoryOf,
    scoreItems: rubric.items.filter((it) => needsScore(it) && cats.categoryOf.has(it)),
    settings,
    findings,
    missingScoreAt: (period, unit, item) => batch.scoreCells.get(`${period}\u0001${unit}\u0001${item.id}`) ?? { sheet: item.sheet, cell: item.cell },
  };

  const d = settings.decimals;
  const round = (x: number): number => roundHalfAway(x, d);
  const results: Mutable<PeriodResult>[] = [];
  // Each unit-period's lines as scored, read unit by unit at the end (the lines' order: unit, then period).
  const linesAt: Array<readonly DeductionLine[]> = new Array(periods.length * nUnits);
  const totals: Array<Array<{ total: number; vetoed: boolean }>> = units.map(() => []);
  const work = periods.length * nUnits;
  let done = 0;
  for (let p = 0; p < periods.length; p++) {
    const period = periods[p];
    const rows: Mutable<PeriodResult>[] = [];
    for (let u = 0; u < nUnits; u++) {
      const unit = units[u];
      const bucket = buckets[p * nUnits + u] ?? [];
      const s = plan?.weights
        ? scoreWeighted(ctx, period, unit.name, plan.scored.map((src) => bucket.filter((e) => plan.sourceOf.get(e) === src)), plan.weights)
        : scoreUnitPeriod(ctx, period, unit.name, bucket);
      linesAt[p * nUnits + u] = s.lines;
      totals[u].push({ total: s.total, vetoed: s.vetoed });
      const categories: Record<string, number> = {};
      cats.categories.forEach((c, i) => (categories[c.name] = round(s.categoryScores[i])));
      const total = round(s.total);
      rows.push({
        period,
        unit: unit.name,
        zone: unit.zone,
        categories,
        base: round(s.base),
        bonus: round(s.bonus),
        total,
        coefficient: unit.coefficient,
        rankScore: round(s.total * unit.coefficient),
        vetoed: s.vetoed,
        passed: !s.vetoed && total >= settings.passLine,
        rankInZone: 0,
        rankOverall: 0,
        flag: null,
        rankChange: null,
      });
      if (++done % 500 === 0) progress('scoring', done, work);
    }
    const ranks = rankAll(rows, { style: settings.ranking, topFlags: settings.topFlags, bottomWarnings: settings.bottomWarnings });
    rows.forEach((r, i) => {
      r.rankInZone = ranks[i].rankInZone;
      r.rankOverall = ranks[i].rankOverall;
      r.flag = ranks[i].flag;
      results.push(r);
    });
  }
  progress('scoring', work, work);
  setRankChanges(results, periods);

  const composite = periods.length >= 2 ? compositeOf(units, periods, periodRows, totals, settings, found.views.periods?.sheet ?? '', findings) : [];
  const linesOfUnit = (u: number, into: DeductionLine[] = []): DeductionLine[] => {
    for (let p = 0; p < periods.length; p++) for (const l of linesAt[p * nUnits + u]) into.push(l);
    return into;
  };
  const lines: DeductionLine[] = [];
  for (let u = 0; u < nUnits; u++) linesOfUnit(u, lines);
  const compare =
    plan && plan.compare.length > 0
      ? compareOutcome({
        ctx,
        plan,
        results,
        scoredOf: (period, unit) => buckets[(periodIndex.get(period) ?? 0) * nUnits + (unitIndex.get(unit) ?? 0)] ?? [],
        linesOf: (period, unit) => linesOfUnit(unitIndex.get(unit) ?? 0).filter((l) => l.period === period),
      })
      : undefined;
  const followUp = afterRanking({ raw, settings, units, unitRows, periods, periodRows, results, composite, entries: scoredEntries, lines, followUpColumns: batch.followUpColumns === true, today: options.today }, findings);
  return {
    scored: true,
    roles: found.choices,
    items: rubric.items,
    categories: cats.categories,
    units: units.map(({ name, zone, coefficient, hasCoefficient }) => ({ name, zone, coefficient, hasCoefficient })),
    periods,
    settings,
    results,
    composite,
    lines,
    findings: findings.list,
    entryCount: entries.length,
    ...(compare ? { compare } : {}),
    ...followUp,
  };
}

/** Drops entries for units and periods that are not listed, and settles the order of periods. */
function checkEntries(
  all: readonly Entry[],
  unitRows: readonly UnitRow[] | undefined,
  periodRows: readonly PeriodRow[] | undefined,
  findings: Findings,
): { entries: Entry[]; periods: PeriodLabel[] } {
  const known = unitRows ? new Set<string>(unitRows.map((u) => u.name)) : undefined;
  const listed = periodRows && periodRows.length > 0 ? new Set<string>(periodRows.map((p) => p.label)) : undefined;
  const seen: PeriodLabel[] = [];
  const seenSet = new Set<string>();
  const entries: Entry[] = [];
  for (const e of all) {
    if (known && !known.has(e.unit)) {
      findings.add('UNKNOWN_UNIT', e.src.sheet, entryAt(e, 'unit'), messages.unknownUnit(e.unit), { item: e.item.id, period: e.period });
      continue;
    }
    const period = (e.period === '' ? PERIOD_ALL : e.period) as PeriodLabel;
    if (listed && !listed.has(period)) {
      findings.add('UNKNOWN_PERIOD', e.src.sheet, entryAt(e, 'period'), messages.unknownPeriod(period), { unit: e.unit, item: e.item.id });
      continue;
    }
    if (!seenSet.has(period)) {
      seenSet.add(period);
      seen.push(period);
    }
    entries.push(e.period === period ? e : { ...e, period });
  }
  const periods = listed ? periodRows!.map((p) => p.label) : seen.length > 0 ? seen : [PERIOD_ALL];
  return { entries, periods };
}
