/**
 * Rates (达标率) as the contract reads them: percentage points (93), or a share (93%, or 0.93 in a
 * cell formatted as a percent). A plain number at most 1 is a share, so a plain 1 is 100%.
 */
import { cellText, type Cell } from './cells';
import { clean, readNumber } from './text';

export type RateRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'error'; readonly error: string }
  /** Not a number, or outside 0-100 percentage points; `text` is what the cell shows. */
  | { readonly kind: 'bad'; readonly text: string }
  | { readonly kind: 'rate'; readonly value: number };

/** A number already read, turned into percentage points by how it was written. */
export function toPoints(value: number, percent: boolean, shown: string): number {
  if (percent || shown.trim().endsWith('%') || value <= 1) return clean(value * 100);
  return value;
}

export function readRate(cell: Cell | undefined): RateRead {
  const n = readNumber(cell);
  if (n.kind === 'none') return { kind: 'none' };
  if (n.kind === 'error') return { kind: 'error', error: n.error };
  const shown = cellText(cell).trim();
  if (n.kind === 'bad') return { kind: 'bad', text: shown };
  const value = toPoints(n.value, n.percent, shown);
  if (!(value >= 0 && value <= 100)) return { kind: 'bad', text: shown };
  return { kind: 'rate', value };
}
