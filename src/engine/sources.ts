/**
 * The sources sheet (contract section 6): who recorded an entry (联查, 自查, 互评 …), whether its
 * entries are scored (计分, with a weight) or only compared (对照), and which source each entry has.
 */
import type { GridView } from './find';
import { messages, type Findings } from './findings';
import { entryAt, type Entry } from './parse-entries';
import { columnName, requireTable, rowIsBlank, TableReader } from './read';
import { clean, fold, matchKey } from './text';

export interface SourceRow {
  /** As the clerk wrote it, trimmed. */
  readonly name: string;
  readonly use: 'score' | 'compare';
  readonly weight?: number;
  readonly weightBad: boolean;
}

const USES = new Map<string, SourceRow['use']>([
  [matchKey('计分'), 'score'],
  ['score', 'score'],
  [matchKey('对照'), 'compare'],
  ['compare', 'compare'],
]);

/** The sources sheet's rows in order; the first row for a name counts. Undefined when unusable. */
export function parseSources(view: GridView, findings: Findings): SourceRow[] | undefined {
  const table = requireTable(view, 'sources', findings);
  if (!table) return undefined;
  const rd = new TableReader(table, findings);
  const out: SourceRow[] = [];
  const seen = new Set<string>();
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    rd.about = {};
    const name = rd.text(r, 'source');
    if (name === '' || seen.has(matchKey(name))) continue;
    seen.add(matchKey(name));
    const useText = rd.text(r, 'use');
    let use = USES.get(matchKey(useText));
    if (use === undefined) {
      if (useText !== '') rd.report('BAD_SETTING', rd.address(r, 'use'), messages.badUse(name, useText));
      use = 'score';
    }
    const w = rd.number(r, 'weight', columnName('sources', 'weight'));
    out.push({ name, use, ...(w.kind === 'number' ? { weight: w.value } : {}), weightBad: w.kind === 'invalid' });
  }
  return out;
}

export interface SourcePlan {
  /** Scored sources, in the sheet's order. */
  readonly scored: readonly SourceRow[];
  /** Each scored source's weight (fractions adding up to 1) when the scoring is weighted by source. */
  readonly weights?: readonly number[];
  readonly compare: readonly SourceRow[];
  /** The source of each entry kept. */
  readonly sourceOf: ReadonlyMap<Entry, SourceRow>;
  /** Entries of scored sources, in input order. */
  readonly scoredEntries: readonly Entry[];
  /** Each compare source's entries, in input order. */
  readonly compareEntries: ReadonlyMap<SourceRow, readonly Entry[]>;
}

/**
 * Gives each entry its source: its 来源 cell; a blank one is the first source listed. Entries from a
 * sheet without a 来源 column (a score table, a log without one) take the source the sheet's name
 * holds (自评扣分表: 自评; the longest name when several fit), else the first listed. A source not
 * listed is `UNKNOWN_SOURCE` at the source cell, and the entry is dropped.
 */
export function planSources(entries: readonly Entry[], rows: readonly SourceRow[], sheet: string, findings: Findings): SourcePlan {
  const byKey = new Map(rows.map((s) => [matchKey(s.name), s] as const));
  const bySheet = new Map<string, SourceRow>();
  const sheetSource = (sheet: string): SourceRow => {
    let s = bySheet.get(sheet);
    if (!s) {
      const key = matchKey(fold(sheet));
      s = [...rows].filter((r) => key.includes(matchKey(r.name))).sort((a, b) => matchKey(b.name).length - matchKey(a.name).length)[0] ?? rows[0];
      bySheet.set(sheet, s);
    }
    return s;
  };
  const sourceOf = new Map<Entry, SourceRow>();
  const scoredEntries: Entry[] = [];
  const compareEntries = new Map<SourceRow, Entry[]>();
  for (const e of entries) {
    let s: SourceRow | undefined;
    if (e.src.sourceCol === undefined) s = sheetSource(e.src.sheet);
    else {
      const text = fold(e.source);
      s = text === '' ? rows[0] : byKey.get(matchKey(text));
      if (!s) {
        findings.add('UNKNOWN_SOURCE', e.src.sheet, entryAt(e, 'source'), messages.unknownSource(e.source), { unit: e.unit, item: e.item.id, period: e.period });
        continue;
      }
    }
    sourceOf.set(e, s);
    if (s.use === 'score') scoredEntries.push(e);
    else {
      const list = compareEntries.get(s);
      if (list) list.push(e);
      else compareEntries.set(s, [e]);
    }
  }
  const scored = rows.filter((s) => s.use === 'score');
  const compare = rows.filter((s) => s.use === 'compare');
  const weights = sourceWeights(scored, sheet, findings);
  return { scored, ...(weights ? { weights } : {}), compare, sourceOf, scoredEntries, compareEntries };
}

/**
 * Weights of two or more scored sources when any carries one, read as category weights are (summing
 * to 1 or 100); else, with `WEIGHTS_NOT_100` at the sheet, every scored source weighs the same.
 * Undefined when the scoring is not weighted by source.
 */
function sourceWeights(scored: readonly SourceRow[], sheet: string, findings: Findings): number[] | undefined {
  if (scored.length < 2 || !scored.some((s) => s.weight !== undefined || s.weightBad)) return undefined;
  const given = scored.map((s) => s.weight);
  const sum = clean(given.reduce<number>((a, w) => a + (w ?? 0), 0));
  const complete = given.every((w) => w !== undefined);
  if (complete && (Math.abs(sum - 1) < 1e-6 || Math.abs(sum - 100) < 1e-4)) return (given as number[]).map((w) => w / sum);
  findings.add('WEIGHTS_NOT_100', sheet, '', messages.sourceWeights(String(sum)));
  return scored.map(() => 1 / scored.length);
}
