/** Entries: the long log (one row per entry) and wide score tables (one cell per entry). */
import { a1, cellText, columnLetters, isCellError, type Cell } from './cells';
import { cellAt, headerKey, HEADERS, mapRow, scoreTableKind, type ColumnKey, type GridView } from './find';
import { messages, type About, type Findings } from './findings';
import { columnName, requireTable, rowIsBlank, TableReader } from './read';
import { PERIOD_ALL } from './parse-tables';
import { hasFollowUpColumns } from './follow-up-cells';
import { readRate } from './rates';
import { fold, isNoValue, matchKey } from './text';
import { onlyUnderBlankHeaders, unnamedColumn } from './unnamed-column';
import { withoutMidnight } from './dates';
import type { Item } from './types';

/** Where a sheet's entries keep their cells: columns shared by all the entries read from it. */
export interface EntrySource {
  readonly sheet: string;
  readonly pointsCol: number;
  readonly unitCol: number;
  readonly periodCol: number;
  readonly reasonCol: number;
  /** The 来源 column, where the sheet has one. */
  readonly sourceCol?: number;
  /** The 整改状态 and 整改期限 columns (section 8), where the sheet has them. */
  readonly statusCol?: number;
  readonly dueCol?: number;
}

/** One entry as read, before its unit and period are checked against the units and periods sheets. */
export interface Entry {
  readonly seq: number;
  readonly period: string;
  readonly unit: string;
  readonly item: Item;
  /**
   * deduct: points lost; progressive: occurrences (or points lost when `direct`); score: the score;
   * bonus: bonus points; veto: 1.
   */
  readonly amount: number;
  /** A progressive entry given as points lost (a score table), not as occurrences. */
  readonly direct: boolean;
  readonly recorded: number;
  readonly reason: string;
  /** The reason cell held a picture (reported where it was read), so no MISSING_REASON is raised for it. */
  readonly reasonPicture: boolean;
  readonly inspector: string;
  readonly date: string;
  readonly source: string;
  readonly src: EntrySource;
  /** 0-based row on its sheet. */
  readonly row: number;
  /*
   * 整改状态, 整改期限 and 整改责任人 (section 8), read only from a log with a 整改状态 or 整改期限
   * column. Kept on the entry itself, not in an object of their own: a long log has one per entry.
   */
  /** The status as written, folded; '' when blank or not recorded. */
  readonly status: string;
  /** The due cell as it stands (a date cell or date text), read into a day when checked. */
  readonly due: Cell | undefined;
  readonly responsible: string;
}

/** The A1 address of an entry's value, unit, period or reason cell (computed only when a finding needs it). */
export function entryAt(e: Entry, which: 'points' | 'unit' | 'period' | 'reason' | 'source'): string {
  const col =
    which === 'points' ? e.src.pointsCol : which === 'unit' ? e.src.unitCol : which === 'period' ? e.src.periodCol : which === 'source' ? e.src.sourceCol ?? e.src.pointsCol : e.src.reasonCol;
  return a1(e.row, col);
}

export interface ItemLookup {
  readonly byId: ReadonlyMap<string, Item>;
  readonly invalidIds: ReadonlySet<string>;
}

export interface EntryBatch {
  readonly entries: Entry[];
  /** Units in order of first appearance. */
  readonly unitOrder: string[];
  /** period \u0001 unit \u0001 id -> the blank score-table cell where a missing score belongs. */
  readonly scoreCells: Map<string, { sheet: string; cell: string }>;
  /** True once a log with a 整改状态 or 整改期限 column has been read. */
  followUpColumns?: boolean;
}

export function newBatch(): EntryBatch {
  return { entries: [], unitOrder: [], scoreCells: new Map() };
}

const POINTS = columnName('entries', 'points');
/** What the findings raised before a row's unit and id are known concern: nothing yet. */
const NO_ABOUT: About = {};
const COUNT = columnName('entries', 'count');

/** Reads the long entries log. Returns false when the sheet cannot be used (a needed column is missing). */
export function parseEntryLog(view: GridView, lookup: ItemLookup, batch: EntryBatch, findings: Findings): boolean {
  const table = requireTable(view, 'entries', findings);
  if (!table) return false;
  const rd = new TableReader(table, findings);
  const seenUnit = new Set(batch.unitOrder);
  const cols = table.cols;
  const pointsCol = cols.points ?? cols.id!;
  const withFollowUp = hasFollowUpColumns(rd);
  const src: EntrySource = {
    sheet: view.sheet,
    pointsCol,
    unitCol: cols.unit!,
    periodCol: cols.period ?? cols.unit!,
    reasonCol: cols.reason ?? pointsCol,
    ...(cols.source !== undefined ? { sourceCol: cols.source } : {}),
    ...(withFollowUp && cols.status !== undefined ? { statusCol: cols.status } : {}),
    ...(withFollowUp && cols.due !== undefined ? { dueCol: cols.due } : {}),
  };
  if (withFollowUp) batch.followUpColumns = true;
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    rd.about = NO_ABOUT;
    const unit = rd.text(r, 'unit');
    const id = rd.text(r, 'id');
    const period = rd.peek(r, 'period');
    rd.about = { unit, item: id, period };
    if (unit === '') {
      if (rd.isPicture(r, 'unit')) continue;
      // A row numbered by the program that wrote it, with nothing else in it, is a blank row.
      if (id === '' && onlyUnderBlankHeaders(view, table.headerRow, r)) continue;
      findings.add('UNKNOWN_UNIT', view.sheet, rd.address(r, 'unit'), messages.unknownUnit(''), rd.about);
      continue;
    }
    if (!seenUnit.has(unit)) {
      seenUnit.add(unit);
      batch.unitOrder.push(unit);
    }
    const item = lookup.byId.get(id);
    if (!item) {
      if (!lookup.invalidIds.has(id) && !rd.isPicture(r, 'id')) findings.add('UNKNOWN_ITEM', view.sheet, rd.address(r, 'id'), messages.unknownItem(id), rd.about);
      continue;
    }
    if (item.kind === 'rate') {
      const rate = rateAt(rd, view, r, pointsCol);
      if (rate === undefined) continue;
      batch.entries.push(logEntry(rd, r, src, withFollowUp, batch.entries.length, period, unit, item, rate, rate));
      continue;
    }
    const points = rd.number(r, 'points', POINTS);
    const count = rd.number(r, 'count', COUNT);
    if (points.kind === 'invalid' || count.kind === 'invalid') continue;
    const resolved = resolveLogAmount(item, points.kind === 'number' ? points.value : undefined, count.kind === 'number' ? count.value : undefined);
    if (typeof resolved === 'string') {
      const at = resolved === 'count' ? rd.address(r, 'count') : a1(r, pointsCol);
      const msg = resolved === 'count' ? messages.badNumber(COUNT, cellText(cellAt(view, r, table.cols.count!))) : resolved === 'per' ? messages.noPoints() : messages.badNumber(POINTS, '');
      findings.add('BAD_NUMBER', view.sheet, at, msg, rd.about);
      continue;
    }
    batch.entries.push(logEntry(rd, r, src, withFollowUp, batch.entries.length, period, unit, item, resolved.amount, resolved.recorded));
  }
  return true;
}

/**
 * A log entry, its fields read as written. One object literal in the interface's order, not a spread
 * of two: every entry then shares one shape, which the scoring loops over 200,000 entries depend on
 * (a spread made them about four times slower).
 */
function logEntry(rd: TableReader, r: number, src: EntrySource, withFollowUp: boolean, seq: number, peeked: string, unit: string, item: Item, amount: number, recorded: number): Entry {
  const reason = rd.reason(r);
  const dateCol = rd.column('date');
  return {
    seq,
    // The period as peeked is the period read, unless it came out blank: then the cell is read again,
    // so an error value in it is reported here, after the row's number cells, as it always was.
    period: peeked !== '' ? peeked : rd.text(r, 'period'),
    unit,
    item,
    amount,
    direct: false,
    recorded,
    reason: reason.text,
    reasonPicture: reason.picture,
    inspector: rd.rawText(r, 'inspector'),
    date: withoutMidnight(rd.rawText(r, 'date'), dateCol === undefined ? undefined : cellAt(rd.table.view, r, dateCol)),
    source: rd.rawText(r, 'source'),
    src,
    row: r,
    status: withFollowUp ? rd.text(r, 'status') : '',
    due: src.dueCol === undefined ? undefined : cellAt(rd.table.view, r, src.dueCol),
    responsible: withFollowUp ? rd.rawText(r, 'responsible') : '',
  };
}

/** A 达标率 entry's rate in percentage points; undefined (reported) when blank, not a number or outside 0-100. */
function rateAt(rd: TableReader, view: GridView, r: number, col: number): number | undefined {
  if (rd.picture(r, col)) return undefined;
  const rate = readRate(cellAt(view, r, col));
  const at = a1(r, col);
  switch (rate.kind) {
    case 'rate':
      return rate.value;
    case 'error':
      rd.report('FORMULA_ERROR', at, messages.formulaError(rate.error));
      return undefined;
    case 'bad':
      rd.report('BAD_NUMBER', at, messages.badRate(rate.text));
      return undefined;
    case 'none':
      rd.report('BAD_NUMBER', at, messages.badNumber(POINTS, ''));
      return undefined;
  }
}

/** An entry's amount from its points and count cells, or which cell is wanting. */
function resolveLogAmount(item: Item, points: number | undefined, count: number | undefined): { amount: number; recorded: number } | 'per' | 'points' | 'count' {
  switch (item.kind) {
    case 'veto':
      return { amount: 1, recorded: points ?? count ?? 1 };
    case 'progressive': {
      const n = count ?? 1;
      if (!Number.isInteger(n)) return 'count';
      return { amount: n, recorded: n };
    }
    case 'rate':
    case 'scaled':
    case 'score':
      return points === undefined ? 'points' : { amount: points, recorded: points };
    case 'deduct':
    case 'bonus': {
      if (points !== undefined) return { amount: points, recorded: points };
      if (item.per === undefined) return 'per';
      const amount = (count ?? 1) * item.per;
      return { amount, recorded: amount };
    }
  }
}

const NOT_VETO = new Set(['0', '否', '无', 'no', 'n', 'false', '×', 'x'].map(matchKey));

/** Reads a wide score table: 单位, 期间, then one column per rubric id. Returns false when unusable. */
export function parseScoreTable(view: GridView, lookup: ItemLookup, batch: EntryBatch, findings: Findings): boolean {
  const kind = scoreTableKind(view.sheet) ?? 'deduct';
  const fixed = new Map<string, ColumnKey>();
  for (const key of ['unit', 'period'] as const) for (const n of HEADERS.entries.columns[key] ?? []) fixed.set(headerKey(n), key);
  const idKeys = new Map<string, string>();
  for (const id of [...lookup.byId.keys(), ...lookup.invalidIds]) idKeys.set(headerKey(id), id);

  let headerRow = -1;
  let cols: Partial<Record<ColumnKey, number>> = {};
  let others = new Map<number, string>();
  const last = Math.min(view.bottom, view.top + 9);
  for (let r = view.top; r <= last && headerRow < 0; r++) {
    // Known headers here are 单位, 期间 and the rubric's ids.
    const m = mapRow(view, r, (k) => fixed.get(k));
    let ids = 0;
    for (const isId of scanIds(view, r, idKeys)) if (isId) ids++;
    if (m.cols.unit !== undefined && m.known + ids >= 2) {
      headerRow = r;
      cols = m.cols;
      others = m.others;
    }
  }
  if (headerRow < 0 || cols.unit === undefined) {
    const n = columnName('entries', 'unit');
    findings.add('MISSING_COLUMN', view.sheet, '', messages.missingColumn(view.sheet, n.zh, n.en));
    return false;
  }
  const itemCols: Array<{ col: number; id: string; src: EntrySource }> = [];
  for (let c = view.left; c <= view.right; c++) {
    if (c === cols.unit || c === cols.period) continue;
    const text = cellText(cellAt(view, headerRow, c)).trim();
    if (text === '') {
      const holds = unnamedColumn(view, headerRow, c);
      if (holds !== 'blank') findings.add('IGNORED_COLUMN', view.sheet, a1(headerRow, c), messages.unnamedColumn(columnLetters(c), holds === 'rowNumbers'));
      continue;
    }
    const id = idKeys.get(headerKey(text));
    if (id === undefined) findings.add('IGNORED_COLUMN', view.sheet, a1(headerRow, c), messages.ignoredColumn(others.get(c) ?? text));
    else itemCols.push({ col: c, id, src: { sheet: view.sheet, pointsCol: c, unitCol: cols.unit, periodCol: cols.period ?? cols.unit, reasonCol: c } });
  }
  const seenUnit = new Set(batch.unitOrder);
  const rd = new TableReader({ view, headerRow, cols, others }, findings);
  for (let r = headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    rd.about = NO_ABOUT;
    const unit = rd.text(r, 'unit');
    if (unit === '') continue;
    if (!seenUnit.has(unit)) {
      seenUnit.add(unit);
      batch.unitOrder.push(unit);
    }
    const period = rd.text(r, 'period');
    for (const { col, id, src } of itemCols) {
      const item = lookup.byId.get(id);
      if (!item) continue;
      rd.about = { unit, item: id, period };
      const cl = cellAt(view, r, col);
      const at = a1(r, col);
      if (cl?.picture === true) {
        rd.picture(r, col);
        continue;
      }
      const text = cellText(cl);
      if (!isCellError(cl?.value ?? null) && isNoValue(text)) {
        if (needsScore(item)) batch.scoreCells.set(`${period || PERIOD_ALL}\u0001${unit}\u0001${id}`, { sheet: view.sheet, cell: at });
        continue;
      }
      let amount: number;
      let recorded: number;
      if (item.kind === 'veto') {
        if (isCellError(cl?.value ?? null)) {
          findings.add('FORMULA_ERROR', view.sheet, at, messages.formulaError((cl!.value as { error: string }).error), rd.about);
          continue;
        }
        if (NOT_VETO.has(matchKey(fold(text)))) continue;
        amount = 1;
        recorded = 1;
      } else if (item.kind === 'rate') {
        const rate = rateAt(rd, view, r, col);
        if (rate === undefined) continue;
        recorded = rate;
        amount = rate;
      } else {
        const n = rd.numberAtCol(r, col, POINTS);
        if (n.kind !== 'number') continue;
        recorded = n.value;
        amount = wideAmount(item, kind, n.value);
      }
      batch.entries.push({
        seq: batch.entries.length,
        period,
        unit,
        item,
        amount,
        direct: item.kind === 'progressive',
        recorded,
        reason: (cl?.note ?? '').trim(),
        reasonPicture: false,
        inspector: '',
        date: '',
        source: view.sheet,
        src,
        row: r,
        status: '',
        due: undefined,
        responsible: '',
      });
    }
  }
  return true;
}

function* scanIds(view: GridView, r: number, idKeys: ReadonlyMap<string, string>): Generator<boolean> {
  for (let c = view.left; c <= view.right; c++) {
    const t = cellText(cellAt(view, r, c));
    if (t.trim() !== '') yield idKeys.has(headerKey(t));
  }
}

/** A score-table cell's amount: a deduction sheet holds points lost, a score sheet holds the score. */
function wideAmount(item: Item, sheetKind: 'deduct' | 'score', v: number): number {
  // A 折合 cell holds the raw score whichever way the sheet reads (a rate cell is read as a rate).
  if (item.kind === 'bonus' || item.kind === 'scaled') return v;
  if (item.kind === 'score') return sheetKind === 'score' ? v : item.cap - v;
  // deduct or progressive: the entry is the points lost.
  return sheetKind === 'score' ? Math.max(0, item.cap - v) : v;
}

/** Kinds that need an entry from every unit in every period (none given is a missing score). */
export function needsScore(item: Item): boolean {
  return item.kind === 'score' || item.kind === 'scaled' || item.kind === 'rate';
}
