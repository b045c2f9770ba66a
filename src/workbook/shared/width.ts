/**
 * Column widths: Excel's files count them in characters of the default font, Office.js in points.
 * One conversion for both adapters (Calibri 11: 7 pixels a character and 5 of padding, 0.75 pt a
 * pixel), so a column is as wide whichever wrote it.
 */

export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
