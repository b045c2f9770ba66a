/** Cell formats of the in-memory workbook: shared immutable objects, uniform reads, column autofit. */
import { displayWidth } from '../../engine/text';
import { charsToPoints, STANDARD_WIDTH } from '../shared/width';
import { displayText } from './input';
import type { CellFormat, SheetModel } from './model';
import type { Rect } from './address';

const EMPTY: CellFormat = Object.freeze({});
const derived = new WeakMap<CellFormat, Map<string, CellFormat>>();

/** `base` with one property changed, shared with every other cell that made the same change. */
export function withFormat(base: CellFormat | undefined, key: keyof CellFormat, value: unknown): CellFormat | undefined {
  const from = base ?? EMPTY;
  let next = derived.get(from);
  if (!next) {
    next = new Map();
    derived.set(from, next);
  }
  const cacheKey = `${key}\u0000${JSON.stringify(value ?? null)}`;
  let out = next.get(cacheKey);
  if (!out) {
    const copy: Record<string, unknown> = { ...from };
    if (value === undefined || value === null) delete copy[key];
    else copy[key] = value;
    out = Object.freeze(copy) as CellFormat;
    next.set(cacheKey, out);
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/** A format property over a range: its value when every cell agrees, else null (as Excel answers). */
export function formatValue(t: { readonly sheet: SheetModel; readonly rect: Rect }, key: keyof CellFormat, fallback: unknown): unknown {
  let seen: unknown;
  let first = true;
  const { top, left, bottom, right } = t.rect;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const v = t.sheet.cell(r, c)?.fmt?.[key] ?? fallback;
      if (first) {
        seen = v;
        first = false;
      } else if (v !== seen) return null;
    }
  }
  return seen;
}

/** The width (points) that fits the longest text shown in column `col` between two rows. */
export function autofitWidth(sheet: SheetModel, col: number, top: number, bottom: number): number {
  let widest = 0;
  const last = Math.min(bottom, sheet.rows.length - 1);
  for (let r = top; r <= last; r++) {
    const cell = sheet.cell(r, col);
    if (!cell) continue;
    const w = displayWidth(displayText(cell)) * (cell.fmt?.bold ? 1.1 : 1);
    if (w > widest) widest = w;
  }
  return widest === 0 ? sheet.widths.get(col) ?? STANDARD_WIDTH : charsToPoints(widest + 1);
}
