/**
 * How the report's format hints look in Excel (the same looks the xlsx adapter writes), and the
 * rectangles a sheet's styled cells fall into, so each look is set once per rectangle, never per cell.
 */
import type { CellStyle, ReportSheet } from '../../engine/types';
import type { XRange } from './api';

export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
  readonly center?: boolean;
}

const RED = '#C00000';
const GREY_TEXT = '#7F7F7F';

const LOOKS: Readonly<Record<CellStyle, Look | undefined>> = {
  title: { bold: true },
  header: { bold: true, fill: '#DDEBF7', center: true },
  text: undefined,
  number: undefined,
  integer: undefined,
  flagRed: { bold: true, color: '#FFFFFF', fill: RED },
  flagWarning: { bold: true, fill: '#FFC000' },
  vetoed: { color: GREY_TEXT, fill: '#D9D9D9' },
  subtotal: { bold: true },
  capNote: { italic: true, color: GREY_TEXT },
  error: { color: RED },
  warning: { color: '#B45F06' },
  info: { color: '#1F4E79' },
  money: undefined,
  moneyTotal: { bold: true },
  percent: undefined,
};

export function lookOf(style: CellStyle | undefined): Look | undefined {
  return style ? LOOKS[style] : undefined;
}

/** Sets a look on a range: one command per property. */
export function applyLook(range: XRange, look: Look): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.center) range.format.horizontalAlignment = 'Center';
}

export function lookCommands(look: Look): number {
  return [look.bold, look.italic, look.color, look.fill, look.center].filter(Boolean).length;
}

export interface StyledRect {
  readonly style: CellStyle;
  readonly top: number;
  readonly left: number;
  bottom: number;
  readonly right: number;
}

/**
 * The cells with a visible look, as rectangles: runs of one style along each row, joined with the
 * same run on the rows below.
 */
export function styledRects(sheet: ReportSheet): StyledRect[] {
  const done: StyledRect[] = [];
  let open = new Map<string, StyledRect>();
  sheet.rows.forEach((row, r) => {
    const still = new Map<string, StyledRect>();
    let c = 0;
    while (c < row.length) {
      const style = row[c].style;
      if (!lookOf(style)) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1].style === style) end++;
      const key = `${style}:${c}:${end}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        still.set(key, prev);
      } else {
        const rect: StyledRect = { style: style as CellStyle, top: r, left: c, bottom: r, right: end };
        done.push(rect);
        still.set(key, rect);
      }
      c = end + 1;
    }
    open = still;
  });
  return done;
}
