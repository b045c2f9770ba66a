/**
 * Where the result sheets written anew go in the commit (docs/rules.md, "Where result sheets
 * stand"): the positions to set, in order, once every sheet has its final name. Worked out on a copy
 * of the sheet list as Excel will hold it at that point of the commit, so the sheets land where
 * the .xlsx adapter puts them (src/workbook/shared/placement.ts), at no cost of a sync.
 */
import { MARKER_SHEET } from '../port';
import { placeAt } from '../shared/placement';
import { sheetNameKey } from '../shared/sheet-names';

const fold = sheetNameKey;

export interface OrderInput {
  /** The workbook's sheets at the start, in order. */
  readonly existing: readonly string[];
  /** Each report sheet's final name, in the report's order. */
  readonly finals: readonly string[];
  /** Each report sheet's temporary name while written (added at the end, in the report's order), or undefined when rewritten in place. */
  readonly temps: ReadonlyArray<string | undefined>;
  /** For each report sheet, the sheet it replaces: renamed to `trash` first when `rename`; it goes to `position` + its rank among these. */
  readonly replaces: ReadonlyArray<{ readonly trash: string; readonly position: number; readonly rename: boolean } | undefined>;
  /** Whether the marker sheet is there already (else the commit adds it at the end, before any move). */
  readonly markerExists: boolean;
}

/** Moves `name` so it stands at `position` (Excel's Worksheet.position, ExcelApi 1.1). */
function move(tabs: string[], name: string, position: number): void {
  const at = tabs.findIndex((t) => fold(t) === fold(name));
  if (at >= 0) tabs.splice(at, 1);
  tabs.splice(position, 0, name);
}

/** The sheets that take the place of the sheets they replace, in the order the commit moves them. */
export function replaceMoves(input: OrderInput): Array<{ name: string; position: number }> {
  const moves = input.replaces.flatMap((r, i) => (r ? [{ r, i }] : []));
  moves.sort((a, b) => a.r.position - b.r.position);
  // The sheets replaced are still there (they go at the end): each sheet moved before this one sits in
  // front of its own, so a sheet goes that many places further to land just before the one it replaces.
  // Otherwise a sheet rewritten in place between two replaced ones would end up after the second.
  return moves.map(({ r, i }, k) => ({ name: input.finals[i], position: r.position + k }));
}

/**
 * The positions to give the sheets written anew (not taking an old sheet's place), each in turn, after
 * the moves of `replaceMoves`. Until placed, a new sheet stands at the end, where it was added, and
 * counts for nothing in where the others go.
 */
export function newSheetMoves(input: OrderInput): Array<{ name: string; position: number }> {
  const renamed = new Map(input.replaces.flatMap((r, i) => (r?.rename ? [[fold(input.finals[i]), r.trash] as const] : [])));
  const tabs = input.existing.map((n) => renamed.get(fold(n)) ?? n);
  input.temps.forEach((t, i) => {
    if (t !== undefined) tabs.push(input.finals[i]);
  });
  if (!input.markerExists) tabs.push(MARKER_SHEET);
  for (const m of replaceMoves(input)) move(tabs, m.name, m.position);

  return placeFresh(tabs, input);
}

/**
 * Places the sheets written anew among `tabs` (the sheet list, which it updates, every sheet with its
 * final name): each in the report's order, the others still waiting counting for nothing. Used by the
 * commit, and again when a commit cut short is finished, where the sheets already in place stay.
 */
export function placeFresh(tabs: string[], input: Pick<OrderInput, 'finals' | 'temps' | 'replaces'>): Array<{ name: string; position: number }> {
  const fresh = input.finals.map((_, i) => input.temps[i] !== undefined && input.replaces[i] === undefined);
  const holders = input.finals.map((n, i) => (fresh[i] ? undefined : n));
  const moves: Array<{ name: string; position: number }> = [];
  input.finals.forEach((name, i) => {
    if (!fresh[i] || !tabs.some((t) => fold(t) === fold(name))) return;
    const waiting = new Set(input.finals.filter((_, j) => fresh[j] && holders[j] === undefined).map(fold));
    const others = tabs.filter((t) => fold(t) !== fold(name));
    const placed = others.filter((t) => !waiting.has(fold(t)));
    const k = placeAt(placed, holders, i);
    // From the list of the sheets that count back to the whole list, the new sheet set aside.
    const position = k < placed.length ? others.indexOf(placed[k]) : placed.length === 0 ? 0 : others.indexOf(placed[placed.length - 1]) + 1;
    move(tabs, name, position);
    moves.push({ name, position });
    holders[i] = name;
  });
  return moves;
}
