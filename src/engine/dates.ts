/**
 * Dates for follow-up (contract section 8): 评定日期 and 整改期限 as a date cell or as text such as
 * 2024-03-31, 2024/3/31 or 2024年3月31日. A date is kept as an Excel day number (1900 system), so
 * comparing two dates is comparing two integers.
 */
import { cellText, isCellError, type Cell } from './cells';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 system is 1899-12-30 once its phantom 29 February 1900 is allowed for. */
const EPOCH = Date.UTC(1899, 11, 30);

/** The day number of a calendar date, or undefined when there is no such day (2024-02-30). */
export function dayOf(year: number, month: number, day: number): number | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round((t - EPOCH) / MS_PER_DAY);
}

const DATE_TEXT = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** A date written as text, or undefined. */
export function readDateText(raw: string): number | undefined {
  const s = raw.normalize('NFKC').trim();
  const m = DATE_TEXT.exec(s);
  if (!m) return undefined;
  return dayOf(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

/**
 * A date cell or date text: the text Excel shows is read first (so a workbook on the 1904 system
 * still gives the right day), then a plain serial number. Undefined for anything else.
 */
export function readDate(cell: Cell | undefined): number | undefined {
  if (!cell || cell.value === null || isCellError(cell.value)) return undefined;
  const fromText = readDateText(cellText(cell));
  if (fromText !== undefined) return fromText;
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v < 2_958_466) return Math.floor(v);
  return undefined;
}

/** A day number as 2024-03-31. */
export function formatDay(day: number): string {
  const d = new Date(EPOCH + day * MS_PER_DAY);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** Today's day number on the local calendar. */
export function today(now: Date = new Date()): number {
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
}

/**
 * A date as the clerk means it: a date cell at midnight whose format also shows the time of day (pandas
 * writes every date as YYYY-MM-DD HH:MM:SS) is shown as the date alone, 2024-03-31 00:00:00 as
 * 2024-03-31. A time other than midnight, and text typed with a time, stay as they are.
 */
export function withoutMidnight(text: string, cell: Cell | undefined): string {
  const v = cell?.value;
  if (typeof v !== 'number' || !Number.isInteger(v)) return text;
  const m = /^(.*\d)\s+0?0:00(?::00(?:\.0+)?)?$/.exec(text);
  return m ? m[1] : text;
}
