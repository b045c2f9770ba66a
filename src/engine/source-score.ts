/**
 * Scoring by weighted sources and compare totals (contract section 6). Each scored source gives its
 * own category scores and base from its entries alone; the unit's are their weighted means. A 评分,
 * 折合 or 达标率 item a source has no entry for takes the other sources' entries for it, pooled.
 * Bonus and veto come from every scored source together.
 */
import { Findings, messages } from './findings';
import { entryAt, needsScore, type Entry } from './parse-entries';
import { line, scoreBonus, scoreUnitPeriod, type ScoreContext, type UnitPeriodScore } from './score';
import type { DeductionLine, Item, PeriodLabel, UnitName } from './types';

/** Where an entry's line is known by: its sheet and cell. */
const keyOf = (e: Entry | DeductionLine): string => ('src' in e ? `${e.src.sheet}!${entryAt(e, 'points')}` : `${e.sheet}!${e.cell}`);

/** `own` plus, for each item that needs a score and has no entry in `own`, every entry for it in `others`. */
export function withPooled(own: readonly Entry[], others: readonly Entry[], scoreItems: readonly Item[]): Entry[] {
  const have = new Set(own.filter((e) => needsScore(e.item)).map((e) => e.item));
  const wanted = new Set(scoreItems.filter((it) => !have.has(it)));
  if (wanted.size === 0) return [...own];
  return [...own, ...others.filter((e) => wanted.has(e.item))];
}

/** Findings from a scratch run go to the run's findings once each (a pooled entry is scored more than once). */
function mergeFindings(from: Findings, into: Findings): void {
  const seen = new Set<string>();
  for (const f of from.list) {
    const k = `${f.code}|${f.sheet}|${f.cell}`;
    if (seen.has(k)) continue;
    seen.add(k);
    into.list.push(f);
  }
}

/**
 * One unit in one period, scored by weighted sources. `bySource[i]` holds the entries of scored
 * source i (in input order), `weights[i]` its weight (adding up to 1).
 */
export function scoreWeighted(
  ctx: ScoreContext,
  period: PeriodLabel,
  unit: UnitName,
  bySource: ReadonlyArray<readonly Entry[]>,
  weights: readonly number[],
): UnitPeriodScore {
  const scratch = new Findings();
  const sctx: ScoreContext = { ...ctx, findings: scratch };
  const lineOf = new Map<string, DeductionLine>();
  const categoryScores = ctx.categories.map(() => 0);
  let base = 0;
  const all = bySource.flat();
  const pooledOnly = all.filter((e) => e.item.kind !== 'bonus' && e.item.kind !== 'veto');
  bySource.forEach((entries, i) => {
    const own = entries.filter((e) => e.item.kind !== 'bonus' && e.item.kind !== 'veto');
    const mine = new Set(own);
    const list = withPooled(own, pooledOnly.filter((e) => !mine.has(e)), ctx.scoreItems);
    const s = scoreUnitPeriod(sctx, period, unit, list);
    s.categoryScores.forEach((x, c) => (categoryScores[c] += weights[i] * x));
    base += weights[i] * s.base;
    // A line belongs to the source that recorded the entry, not to one that borrowed it.
    const ownKeys = new Set(own.map(keyOf));
    for (const l of s.lines) if (ownKeys.has(keyOf(l)) && !lineOf.has(keyOf(l))) lineOf.set(keyOf(l), l);
  });
  mergeFindings(scratch, ctx.findings);

  // Vetoes and bonuses from every scored source together, the bonus gated by the weighted base.
  let vetoed = false;
  for (const e of all) {
    if (e.item.kind !== 'veto') continue;
    vetoed = true;
    if (e.reason === '' && !e.reasonPicture) ctx.findings.add('MISSING_REASON', e.src.sheet, entryAt(e, 'reason'), messages.missingReason(), { unit, period, item: e.item.id });
    lineOf.set(keyOf(e), line(e, period, unit, 0));
  }
  const bonusVeto = all.filter((e) => e.item.kind === 'bonus');
  const bvLines: Array<DeductionLine | undefined> = new Array(bonusVeto.length);
  const bonus = scoreBonus(bonusVeto, bvLines, period, unit, base, ctx.settings, ctx.findings);
  bonusVeto.forEach((e, i) => {
    const l = bvLines[i];
    if (l) lineOf.set(keyOf(e), l);
  });
  // Lines in the entries' input order.
  const ordered = [...all].sort((a, b) => a.seq - b.seq);
  const lines: DeductionLine[] = [];
  for (const e of ordered) {
    const l = lineOf.get(keyOf(e));
    if (l) lines.push(l);
  }
  return { categoryScores, base, bonus, total: base + bonus, vetoed, lines };
}
