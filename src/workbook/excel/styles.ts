/**
 * How the report's format hints look in Excel (the shared table the xlsx adapter writes too), and the
 * rectangles a sheet's styled cells fall into, so each look is set once per rectangle, never per cell.
 */
import type { CellStyle, ReportSheet } from '../../engine/types';
import { isPlain, LOOKS, type Look } from '../shared/looks';
import type { XRange } from './api';

export type { Look };

/** The look of a format hint from the shared table; undefined when it sets nothing. */
export function lookOf(style: CellStyle | undefined): Look | undefined {
  if (!style) return undefined;
  const look = LOOKS[style];
  return isPlain(look) ? undefined : look;
}

/**
 * The range borders that draw a look's border over a rectangle of cells with that look: a box round
 * every cell (the outline and the lines between them), or a line along the top of every cell.
 */
const BORDER_SIDES = {
  box: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'],
  top: ['EdgeTop', 'InsideHorizontal'],
} as const;

/** Sets a look on a range: one command per property, three per border side (ExcelApi 1.1). */
export function applyLook(range: XRange, look: Look): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = `#${look.color}`;
  if (look.fill) range.format.fill.color = `#${look.fill}`;
  if (look.center) range.format.horizontalAlignment = 'Center';
  if (look.centerAcross) range.format.horizontalAlignment = 'CenterAcrossSelection';
  if (look.wrap) range.format.wrapText = true;
  if (look.border) {
    for (const side of BORDER_SIDES[look.border]) {
      const border = range.format.borders.getItem(side);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = `#${look.borderColor ?? '000000'}`;
    }
  }
}

/** The looks' vertical place as Excel names it (RangeFormat.verticalAlignment, ExcelApi 1.1). */
export const HOST_VERTICAL = { center: 'Center' } as const;

export function lookCommands(look: Look): number {
  const borders = look.border ? BORDER_SIDES[look.border].length * 4 : 0;
  return [look.bold, look.italic, look.size, look.color, look.fill, look.center, look.centerAcross, look.wrap].filter(Boolean).length + borders;
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
