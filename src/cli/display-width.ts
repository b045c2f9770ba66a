/** Text laid out in terminal columns, by the engine's display width (汉字 take two columns). */
import { displayWidth } from '../engine/text';

export { displayWidth };

/** Pads to a display width, on the right (text) or the left (numbers). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Rows as aligned columns separated by two spaces; `right` marks the columns aligned right. */
export function alignedTable(rows: ReadonlyArray<readonly string[]>, right: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    r
      .map((c, i) => pad(c, widths[i], right.has(i) ? 'right' : 'left'))
      .join('  ')
      .trimEnd(),
  );
}
