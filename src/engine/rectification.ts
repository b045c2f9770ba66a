/**
 * Rectification tracked to the end (contract section 8): every deduction, progressive or veto entry
 * that cost something is a problem; its 整改状态 says how far it got and its 整改期限 when it is due.
 */
import { a1, isCellError } from './cells';
import { formatDay, readDate } from './dates';
import { type Findings, messages } from './findings';
import type { Problem, RectificationCount, RectificationResult, RectificationStatus } from './follow-up-types';
import type { Entry } from './parse-entries';
import { entryOfLine } from './score';
import { matchKey } from './text';
import type { DeductionLine, Unit } from './types';

const STATUS = new Map<string, RectificationStatus>();
for (const [status, names] of [
  ['open', ['未整改', 'open', 'not started']],
  ['inProgress', ['整改中', 'in progress', 'inprogress']],
  ['done', ['已整改', 'done', 'closed']],
] as const) {
  for (const n of names) STATUS.set(matchKey(n), status);
}

/** A status as written: blank is open; undefined for a word Kaoping does not know. */
export function readStatus(text: string): RectificationStatus | undefined {
  if (text.trim() === '') return 'open';
  return STATUS.get(matchKey(text).toLowerCase());
}

/** Whether an entry is a problem to put right: a deduction that cost something as recorded, or a veto. */
function isProblem(e: Entry): boolean {
  if (e.item.kind === 'veto') return true;
  return (e.item.kind === 'deduct' || e.item.kind === 'progressive') && e.recorded > 0;
}

export interface RectificationInput {
  readonly units: readonly Unit[];
  /** The entries that count (unknown units and periods already dropped), in input order. */
  readonly entries: readonly Entry[];
  /** The deduction lines, to find what each entry counted for after caps. */
  readonly lines: readonly DeductionLine[];
  /** 评定日期 as a day number. */
  readonly asOf: number;
}

/**
 * What each entry counted for after caps, by its line (the last line, if an entry had two; 0 without
 * one). Kept by the entry's sequence number, checked to be that very entry, rather than in a map
 * keyed by 200,000 entry objects, which cost a tenth of the benchmark's scoring time; an entry whose
 * number another entry already holds falls back to a map.
 */
export function countedByEntry(entries: readonly Entry[], lines: readonly DeductionLine[]): (e: Entry) => number {
  let size = 0;
  for (const e of entries) if (e.seq >= size) size = e.seq + 1;
  const holder = new Array<Entry | undefined>(size);
  const counted = new Float64Array(size);
  let others: Map<Entry, number> | undefined;
  for (const l of lines) {
    const e = entryOfLine(l);
    if (!e) continue;
    const s = e.seq;
    if (s < size && (holder[s] === undefined || holder[s] === e)) {
      holder[s] = e;
      counted[s] = l.counted;
    } else (others ??= new Map()).set(e, l.counted);
  }
  return (e) => (holder[e.seq] === e ? counted[e.seq] : others?.get(e) ?? 0);
}

export function trackRectification(input: RectificationInput, findings: Findings): RectificationResult {
  const countedOf = countedByEntry(input.entries, input.lines);
  // Logs repeat the same few due dates: read each text once.
  const dueDays = new Map<string, number | undefined>();
  const dayText = new Map<number, string>();
  const dayString = (d: number): string => {
    let s = dayText.get(d);
    if (s === undefined) dayText.set(d, (s = formatDay(d)));
    return s;
  };
  const asOfText = formatDay(input.asOf);
  const statusOf = new Map<string, RectificationStatus | undefined>();
  const counts = new Map<string, { problems: number; done: number; inProgress: number; open: number; overdue: number }>();
  for (const u of input.units) counts.set(u.name, { problems: 0, done: 0, inProgress: 0, open: 0, overdue: 0 });
  const open: Problem[] = [];
  for (const e of input.entries) {
    if (!isProblem(e)) continue;
    const c = counts.get(e.unit);
    if (!c) continue;
    let status: RectificationStatus = 'open';
    if (e.status !== '') {
      let s = statusOf.get(e.status);
      if (s === undefined && !statusOf.has(e.status)) statusOf.set(e.status, (s = readStatus(e.status)));
      if (s) status = s;
      else findings.add('UNKNOWN_STATUS', e.src.sheet, a1(e.row, e.src.statusCol ?? -1), messages.unknownStatus(e.status, e.unit, e.item.id, e.period));
    }
    let due: number | undefined;
    if (e.due && e.due.value !== null) {
      if (isCellError(e.due.value)) findings.add('FORMULA_ERROR', e.src.sheet, a1(e.row, e.src.dueCol ?? -1), messages.dueError(e.due.value.error), { unit: e.unit, item: e.item.id, period: e.period });
      else {
        const text = typeof e.due.value === 'string' && e.due.text === undefined ? e.due.value : undefined;
        if (text !== undefined && dueDays.has(text)) due = dueDays.get(text);
        else {
          due = readDate(e.due);
          if (text !== undefined) dueDays.set(text, due);
        }
        if (due === undefined && typeof e.due.value === 'string' && e.due.value.trim() !== '' && !/^[-—/]$/u.test(e.due.value.trim())) {
          findings.add('BAD_DATE', e.src.sheet, a1(e.row, e.src.dueCol ?? -1), messages.badDate(e.due.value.trim(), e.unit, e.item.id, e.period));
        }
      }
    }
    const overdue = status !== 'done' && due !== undefined && due < input.asOf;
    if (overdue) findings.add('RECTIFICATION_OVERDUE', e.src.sheet, a1(e.row, e.src.dueCol ?? -1), messages.rectificationOverdue(e.unit, e.item.id, e.period, dayString(due!), asOfText));
    c.problems++;
    c[status]++;
    if (overdue) c.overdue++;
    if (status === 'done') continue;
    open.push({
      period: e.period as Problem['period'],
      unit: e.unit as Problem['unit'],
      id: e.item.id,
      item: e.item.text,
      reason: e.reason,
      counted: countedOf(e),
      vetoed: e.item.kind === 'veto',
      responsible: e.responsible,
      due: due === undefined ? '' : dayString(due),
      status,
      overdue,
      sheet: e.src.sheet,
      cell: a1(e.row, e.src.pointsCol),
    });
  }
  const rows: RectificationCount[] = input.units.map((u) => ({ unit: u.name, zone: u.zone, ...counts.get(u.name)! }));
  return { asOf: asOfText, counts: rows, open };
}
