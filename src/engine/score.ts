/** Scoring one unit in one period: items -> categories -> base -> bonus -> total (contract section 3). */
import { messages, type Findings } from './findings';
import { entryAt, needsScore, type Entry } from './parse-entries';
import { scoreItem } from './score-items';
import type { ScoredCategory } from './parse-rubric';
import { clean, roundHalfAway } from './text';
import type { DeductionLine, Item, PeriodLabel, Settings, UnitName } from './types';

const EPS = 1e-9;

export interface ScoreContext {
  readonly categories: readonly ScoredCategory[];
  readonly categoryOf: ReadonlyMap<Item, ScoredCategory>;
  /** Every 评分, 折合 and 达标率 item, in rubric order: each needs an entry from every unit in every period. */
  readonly scoreItems: readonly Item[];
  readonly settings: Settings;
  readonly findings: Findings;
  /** Where a missing score belongs (a blank score-table cell), else the item's rubric cell. */
  readonly missingScoreAt: (period: string, unit: string, item: Item) => { sheet: string; cell: string };
}

export interface UnitPeriodScore {
  /** Category scores, unrounded, in category order. */
  readonly categoryScores: readonly number[];
  readonly base: number;
  readonly bonus: number;
  readonly total: number;
  readonly vetoed: boolean;
  readonly lines: readonly DeductionLine[];
}

/** A deduction line reads what the clerk recorded from its entry; it adds only what scoring decided. */
class Line implements DeductionLine {
  constructor(
    private readonly e: Entry,
    readonly period: PeriodLabel,
    readonly unit: UnitName,
    readonly counted: number,
    readonly capCut: DeductionLine['capCut'],
  ) {}
  /** The entry the line was read from. */
  get entry(): Entry {
    return this.e;
  }
  get id(): DeductionLine['id'] {
    return this.e.item.id;
  }
  get category(): string {
    return this.e.item.category;
  }
  get item(): string {
    return this.e.item.text;
  }
  get kind(): DeductionLine['kind'] {
    return this.e.item.kind;
  }
  get recorded(): number {
    return this.e.recorded;
  }
  get reason(): string {
    return this.e.reason;
  }
  get inspector(): string {
    return this.e.inspector;
  }
  get date(): string {
    return this.e.date;
  }
  get source(): string {
    return this.e.source;
  }
  get sheet(): string {
    return this.e.src.sheet;
  }
  get cell(): string {
    return entryAt(this.e, 'points');
  }
}

/** The entry a deduction line was read from (undefined for a line made elsewhere). */
export function entryOfLine(l: DeductionLine): Entry | undefined {
  return l instanceof Line ? l.entry : undefined;
}

export function line(e: Entry, period: PeriodLabel, unit: UnitName, counted: number, capCut?: DeductionLine['capCut']): DeductionLine {
  return new Line(e, period, unit, clean(counted), capCut === undefined ? undefined : { by: capCut.by, points: clean(capCut.points) });
}

/** Scores one unit for one period from its entries (in input order). */
export function scoreUnitPeriod(ctx: ScoreContext, period: PeriodLabel, unit: UnitName, entries: readonly Entry[]): UnitPeriodScore {
  const { categories, categoryOf, settings, findings } = ctx;
  if (entries.length === 0 && ctx.scoreItems.length === 0) return fullMarks(ctx);
  const catRaw = new Array<number>(categories.length).fill(0);
  const lines: Array<DeductionLine | undefined> = new Array(entries.length);
  let vetoed = false;

  // 评分, 折合 and 达标率 items (score-items.ts); none given counts 0. A rubric without them skips this.
  const scoresOf = new Map<Item, number[]>();
  for (let i = 0; i < entries.length && ctx.scoreItems.length > 0; i++) {
    const e = entries[i];
    if (!needsScore(e.item)) continue;
    const list = scoresOf.get(e.item);
    if (list) list.push(i);
    else scoresOf.set(e.item, [i]);
  }
  for (const item of ctx.scoreItems) {
    const cat = categoryOf.get(item);
    if (!cat) continue;
    const idx = scoresOf.get(item);
    let score = 0;
    if (!idx) {
      const at = ctx.missingScoreAt(period, unit, item);
      findings.add('MISSING_SCORE', at.sheet, at.cell, messages.missingScore(unit, period, item.id));
    } else {
      const s = scoreItem(item, idx.map((i) => entries[i]), (e, params) => findings.add('OVER_CAP', e.src.sheet, entryAt(e, 'points'), params, { unit, period, item: item.id }));
      idx.forEach((i, k) => (lines[i] = line(entries[i], period, unit, s.counted[k], s.cut[k] > EPS ? { by: 'item', points: s.cut[k] } : undefined)));
      score = s.score;
    }
    catRaw[cat.index] += item.cap - score;
  }

  // 扣分 and 累进扣分 entries in order, so a cap cut lands on the entry that crossed it.
  const itemRaw = new Map<Item, { raw: number; n: number }>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const item = e.item;
    if (item.kind === 'veto') {
      vetoed = true;
      if (e.reason === '' && !e.reasonPicture) findings.add('MISSING_REASON', e.src.sheet, entryAt(e, 'reason'), messages.missingReason(), { unit, period, item: item.id });
      lines[i] = line(e, period, unit, 0);
      continue;
    }
    if (item.kind !== 'deduct' && item.kind !== 'progressive') continue;
    const cat = categoryOf.get(item);
    if (!cat) continue;
    let st = itemRaw.get(item);
    if (!st) itemRaw.set(item, (st = { raw: 0, n: 0 }));
    let raw = e.amount;
    if (item.kind === 'progressive' && !e.direct) {
      // The k-th occurrence in the period costs k x per: occurrences n+1 .. n+c.
      const c = e.amount;
      raw = (item.per ?? 0) * (c * st.n + (c * (c + 1)) / 2);
      st.n += c;
    }
    if (raw > EPS && e.reason === '' && !e.reasonPicture) findings.add('MISSING_REASON', e.src.sheet, entryAt(e, 'reason'), messages.missingReason(), { unit, period, item: item.id });
    const prevItem = Math.min(item.cap, st.raw);
    st.raw += raw;
    const itemInc = Math.min(item.cap, st.raw) - prevItem;
    const prevCat = Math.min(cat.cap, catRaw[cat.index]);
    catRaw[cat.index] += itemInc;
    const catInc = Math.min(cat.cap, catRaw[cat.index]) - prevCat;
    const itemCut = raw - itemInc;
    const catCut = itemInc - catInc;
    let capCut: DeductionLine['capCut'];
    if (itemCut > EPS) {
      findings.add('OVER_CAP', e.src.sheet, entryAt(e, 'points'), messages.overCapItem(item.cap, clean(itemCut)), { unit, period, item: item.id, category: cat.name });
      capCut = { by: 'item', points: raw - catInc };
    } else if (catCut > EPS) {
      findings.add('OVER_CAP', e.src.sheet, entryAt(e, 'points'), messages.overCapCategory(cat.name, cat.cap, clean(catCut)), { unit, period, item: item.id });
      capCut = { by: 'category', points: catCut };
    }
    lines[i] = line(e, period, unit, catInc, capCut);
  }

  const categoryScores = categories.map((c) => Math.max(0, c.cap - catRaw[c.index]));
  let base = 0;
  if (settings.weighted) {
    for (const c of categories) base += (c.weight ?? 0) * (c.cap > 0 ? categoryScores[c.index] / c.cap : 1);
    base *= settings.fullScore;
  } else {
    for (const s of categoryScores) base += s;
  }

  const bonus = scoreBonus(entries, lines, period, unit, base, settings, findings);
  const out = lines.filter((l): l is DeductionLine => l !== undefined);
  return { categoryScores, base, bonus, total: base + bonus, vetoed, lines: out };
}

const NO_LINES: readonly DeductionLine[] = [];

/** A unit with nothing recorded in a period keeps every category's full cap. */
function fullMarks(ctx: ScoreContext): UnitPeriodScore {
  const categoryScores = ctx.categories.map((c) => c.cap);
  let base = 0;
  if (ctx.settings.weighted) {
    for (const c of ctx.categories) base += c.weight ?? 0;
    base *= ctx.settings.fullScore;
  } else for (const s of categoryScores) base += s;
  return { categoryScores, base, bonus: 0, total: base, vetoed: false, lines: NO_LINES };
}

/** Bonus: per item the largest entry (the same matter counts once), capped overall and gated by the base. */
export function scoreBonus(
  entries: readonly Entry[],
  lines: Array<DeductionLine | undefined>,
  period: PeriodLabel,
  unit: UnitName,
  base: number,
  settings: Settings,
  findings: Findings,
): number {
  let best: Map<Item, number> | undefined;
  let order: number[] | undefined;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.item.kind !== 'bonus') continue;
    // Most units in most periods have no bonus: the map and list are made at the first one.
    best ??= new Map();
    (order ??= []).push(i);
    const b = best.get(e.item);
    if (b === undefined || e.amount > entries[b].amount) best.set(e.item, i);
  }
  if (!best || !order) return 0;
  const counted = new Map<number, number>();
  let running = 0;
  for (const i of order) {
    const e = entries[i];
    if (best.get(e.item) !== i) continue;
    const itemBonus = Math.min(e.item.cap, e.amount);
    if (e.amount > e.item.cap + EPS) findings.add('OVER_CAP', e.src.sheet, entryAt(e, 'points'), messages.overCapBonus(e.item.cap, clean(e.amount - e.item.cap), false), { unit, period, item: e.item.id });
    const prev = Math.min(settings.bonusCap, running);
    running += itemBonus;
    const inc = Math.min(settings.bonusCap, running) - prev;
    if (itemBonus - inc > EPS) findings.add('OVER_CAP', e.src.sheet, entryAt(e, 'points'), messages.overCapBonus(settings.bonusCap, clean(itemBonus - inc), true), { unit, period, item: e.item.id });
    counted.set(i, inc);
  }
  const total = Math.min(settings.bonusCap, running);
  const roundedBase = roundHalfAway(base, settings.decimals);
  const gated = total > EPS && roundedBase < settings.bonusThreshold;
  if (gated) {
    const first = entries[order[0]];
    findings.add('BONUS_BELOW_THRESHOLD', first.src.sheet, entryAt(first, 'points'), messages.bonusBelow(unit, period, roundedBase, settings.bonusThreshold));
  }
  for (const i of order) {
    const e = entries[i];
    const c = gated ? 0 : counted.get(i) ?? 0;
    const cut = e.amount - c;
    let capCut: DeductionLine['capCut'];
    if (!gated && cut > EPS) {
      const by = !counted.has(i) ? 'once' : c < Math.min(e.item.cap, e.amount) - EPS ? 'bonus' : 'item';
      capCut = { by, points: cut };
    }
    lines[i] = line(e, period, unit, c, capCut);
  }
  return gated ? 0 : total;
}
