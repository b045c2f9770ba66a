/**
 * Compare sources (对照, contract section 6): each is scored on its own by section 3 (steps 1-6, the
 * same settings, vetoes ignored) for every unit and period where it has an entry, beside the official
 * total; and the items the scored sources found a loss on that it did not are listed.
 */
import { Findings } from './findings';
import { entryAt, type Entry } from './parse-entries';
import { scoreUnitPeriod, type ScoreContext } from './score';
import { withPooled } from './source-score';
import type { SourcePlan } from './sources';
import { clean, roundHalfAway } from './text';
import type { CompareOutcome, CompareRow, DeductionLine, ItemKind, MissedItem, PeriodLabel, PeriodResult } from './types';

const LOSS_KINDS: ReadonlySet<ItemKind> = new Set(['deduct', 'progressive', 'rate']);
const EPS = 1e-9;

/** Losses by item id from lines of loss kinds (扣分, 累进扣分, 达标率), in first-seen order. */
function lossesOf(lines: readonly DeductionLine[]): Map<string, { item: string; loss: number }> {
  const out = new Map<string, { item: string; loss: number }>();
  for (const l of lines) {
    if (!LOSS_KINDS.has(l.kind)) continue;
    const cur = out.get(l.id);
    if (cur) cur.loss += l.counted;
    else out.set(l.id, { item: l.item, loss: l.counted });
  }
  return out;
}

export interface CompareInput {
  readonly ctx: ScoreContext;
  readonly plan: SourcePlan;
  readonly results: readonly PeriodResult[];
  /** The scored entries of one unit in one period, in input order. */
  readonly scoredOf: (period: PeriodLabel, unit: string) => readonly Entry[];
  /** The official deduction lines of one unit in one period. */
  readonly linesOf: (period: PeriodLabel, unit: string) => readonly DeductionLine[];
}

export function compareOutcome({ ctx, plan, results, scoredOf, linesOf }: CompareInput): CompareOutcome {
  // Compare scoring raises nothing: its entries were checked when read, and they count toward no result.
  const quiet: ScoreContext = { ...ctx, findings: new Findings() };
  const d = ctx.settings.decimals;
  const rows: CompareRow[] = [];
  const missed: MissedItem[] = [];
  for (const source of plan.compare) {
    const bucket = new Map<string, Entry[]>();
    for (const e of plan.compareEntries.get(source) ?? []) {
      const k = `${e.period}\u0001${e.unit}`;
      const list = bucket.get(k);
      if (list) list.push(e);
      else bucket.set(k, [e]);
    }
    for (const r of results) {
      const p = r.period;
      const own = bucket.get(`${p}\u0001${r.unit}`);
      if (!own) continue;
      const counted = own.filter((e) => e.item.kind !== 'veto');
      const pool = scoredOf(p, r.unit).filter((e) => e.item.kind !== 'bonus' && e.item.kind !== 'veto');
      const s = scoreUnitPeriod(quiet, p, r.unit, withPooled(counted, pool, ctx.scoreItems));
      const total = roundHalfAway(s.total, d);
      const difference = roundHalfAway(clean(total - r.total), d);
      rows.push({ source: source.name, period: p, unit: r.unit, zone: r.zone, official: r.total, total, difference, flag: difference >= ctx.settings.compareAlert - EPS ? 'high' : null });
      // Only the compare source's own entries say what it found.
      const ownCells = new Set(counted.map((e) => `${e.src.sheet}!${entryAt(e, 'points')}`));
      const found = lossesOf(s.lines.filter((l) => ownCells.has(`${l.sheet}!${l.cell}`)));
      for (const [id, { item, loss }] of lossesOf(linesOf(p, r.unit))) {
        if (loss <= EPS || (found.get(id)?.loss ?? 0) > EPS) continue;
        missed.push({ source: source.name, period: p, unit: r.unit, id: id as MissedItem['id'], item, loss: roundHalfAway(clean(loss), d) });
      }
    }
  }
  return { sources: plan.compare.map((s) => s.name), rows, missed };
}
