/**
 * Column widths: Excel's files count them in characters of the default font, Office.js in points.
 * One conversion for both adapters (Calibri 11: 7 pixels a character and 5 of padding, 0.75 pt a
 * pixel), so a column is as wide whichever wrote it.
 */

/** Excel's standard column width in points: 8.43 characters, 64 pixels. */
export const STANDARD_WIDTH = 48;

export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The inverse: a width in points as characters, for a file's column width. */
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}
