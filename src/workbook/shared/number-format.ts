/**
 * Numbers as the clerk sees them: the format a result cell takes, and the text a number shows under
 * a cell's number format (through numfmt, a maintained implementation of Excel's format language).
 */
import * as numfmt from 'numfmt';
import type { CellStyle } from '../../engine/types';

/** The number format a numeric cell of a given hint takes: "0" for integers, else the sheet's decimals. */
export function numberFormatFor(style: CellStyle | undefined, sheetFormat: string, moneyFormat = '0'): string | undefined {
  if (style === 'integer' || style === 'rank') return '0';
  if (style === 'money' || style === 'moneyTotal') return moneyFormat;
  if (style === 'percent') return '0.0%';
  if (style === undefined || style === 'text' || style === 'title' || style === 'header') return undefined;
  return sheetFormat;
}

/**
 * Excel's built-in date formats 14 and 22 show in the reader's locale; ExcelJS hands them over in
 * their US form. Clerks' Excel is Chinese, where they read 2024/1/15 (and 2024/1/15 8:30).
 */
const LOCAL_BUILTINS: Readonly<Record<string, string>> = { 'mm-dd-yy': 'yyyy/m/d', 'm/d/yy h:mm': 'yyyy/m/d h:mm' };

const usable = new Map<string, string>();

/** The pattern numfmt will apply: the cell's own, or General when the cell has none it can read. */
export function usablePattern(format: string | undefined): string {
  if (!format || format === 'General') return 'General';
  let p = usable.get(format);
  if (p === undefined) {
    const local = LOCAL_BUILTINS[format] ?? format;
    p = numfmt.isValidFormat(local) ? local : 'General';
    usable.set(format, p);
  }
  return p;
}

/**
 * Days between the 1900 and 1904 date systems' serial numbers for the same day. numfmt counts from
 * 1900 only, so a date format in a workbook on the 1904 system (Excel for Mac's old default, ECMA-376
 * Part 1 §18.2.28 `date1904`) is shown from the serial moved by this many days.
 */
const DAYS_1900_TO_1904 = 1462;
const datePattern = new Map<string, boolean>();

function isDatePattern(pattern: string): boolean {
  let d = datePattern.get(pattern);
  if (d === undefined) datePattern.set(pattern, (d = numfmt.isDateFormat(pattern)));
  return d;
}

/**
 * The text a number or text value shows under a number format (a text section applies to text).
 * `date1904`: the workbook counts its dates from 1904, so a date shows 1,462 days later than the same
 * serial in a 1900 workbook.
 */
export function displayValue(value: number | string, format: string | undefined, date1904 = false): string {
  const pattern = usablePattern(format);
  if (typeof value === 'string') return pattern === 'General' ? value : numfmt.format(pattern, value);
  // General shows a plain integer of up to 11 digits as itself; skip the formatter for the common case.
  if (pattern === 'General' && Number.isInteger(value) && Math.abs(value) < 1e10) return String(value);
  if (date1904 && isDatePattern(pattern)) return numfmt.format(pattern, value + DAYS_1900_TO_1904);
  return numfmt.format(pattern, value);
}

/** The displayed text of a number under a number format, when it differs from String(value). */
export function displayedNumber(value: number, format: string | undefined, date1904 = false): string | undefined {
  const text = displayValue(value, format, date1904);
  return text === String(value) ? undefined : text;
}
