/**
 * Items scored from what was recorded rather than lost by it (contract section 3): 评分 (the mean
 * score), 折合 (a raw score on the item's own scale, scaled to its cap) and 达标率 (a rate held
 * against its target, losing per percentage point below it).
 */
import { messages, type FindingParams } from './findings';
import type { Entry } from './parse-entries';
import { clean } from './text';
import type { Item } from './types';

const EPS = 1e-9;

export interface ItemScore {
  /** The item's score, 0 to its cap. */
  readonly score: number;
  /** Per entry, in order: what it counted for (a score, a scaled score, or its share of a rate's loss). */
  readonly counted: readonly number[];
  /** Per entry: what a cap or scale cut from it, in the entry's own units (0 when nothing). */
  readonly cut: readonly number[];
}

/** Scores one item for one unit and period from its entries (at least one); `over` hears each cut at its entry. */
export function scoreItem(item: Item, list: readonly Entry[], over: (e: Entry, params: FindingParams) => void): ItemScore {
  const n = list.length;
  const counted: number[] = [];
  const cut: number[] = [];
  if (item.kind === 'rate') {
    // r = mean of the rates; loss = min(cap, max(0, T - r) x per). Each entry carries an equal share
    // of the loss, and a cut by the cap lands on the period's last entry, where the mean is complete.
    let sum = 0;
    for (const e of list) sum += e.amount;
    const r = sum / n;
    const raw = Math.max(0, (item.target ?? 0) - r) * (item.per ?? 0);
    const loss = Math.min(item.cap, raw);
    for (let i = 0; i < n; i++) {
      counted.push(loss / n);
      cut.push(0);
    }
    if (raw - loss > EPS) {
      cut[n - 1] = raw - loss;
      over(list[n - 1], messages.overCapItem(item.cap, clean(raw - loss)));
    }
    return { score: item.cap - loss, counted, cut };
  }
  // 评分: each score clipped to [0, cap]; 折合: each raw score clipped to [0, S], scaled by cap / S.
  const top = item.kind === 'scaled' ? item.scale ?? 100 : item.cap;
  const factor = item.kind === 'scaled' ? item.cap / top : 1;
  let sum = 0;
  for (const e of list) {
    const clipped = Math.min(top, Math.max(0, e.amount));
    if (e.amount > top + EPS) over(e, item.kind === 'scaled' ? messages.overCapScale(top) : messages.overCapScore(top));
    sum += clipped;
    counted.push(clipped * factor);
    cut.push(e.amount - clipped);
  }
  return { score: Math.min(item.cap, (sum / n) * factor), counted, cut };
}
