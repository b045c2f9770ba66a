/**
 * What each format hint of the report looks like: one table that both adapters render (the xlsx
 * writer as styles XML, the Office.js adapter as range formats), so a result sheet looks the same
 * whichever wrote it. Colours are RRGGBB hex; each adapter writes them in its host's form.
 */
import type { CellStyle } from '../../engine/types';

export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the workbook's default when absent. */
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  /** A thin border: round the cell, or along its top. */
  readonly border?: 'box' | 'top';
  readonly borderColor?: string;
  readonly center?: boolean;
  /** Text wraps within the column. */
  readonly wrap?: boolean;
  /** Centred across the row's cells that carry the same look (a title over a table), without merging. */
  readonly centerAcross?: boolean;
}

/**
 * Where the text of every cell of a result sheet sits in a row taller than it: centred, headers and
 * all. In a row whose 说明 or 原因 wraps to three lines, the severity, code, cell, 编号 and 计分 then
 * stand level with the message's middle line, plainly in their row (at the bottom, Excel's and
 * LibreOffice's default, they stood beside its last line, far from its start, where the next row begins). Centred
 * rather than at the top: a cell of figures or letters alone and one of 汉字 print in different fonts
 * when the workbook's font is a Latin one (Calibri), whose lines differ in height; at the top the
 * figures then stand a few points above the names on every row, centred they stay level. Tables in
 * Chinese official documents are centred so too.
 */
export const VERTICAL = 'center';

const RED = 'C00000';
const GREY_TEXT = '7F7F7F';

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 16, centerAcross: true },
  heading: { bold: true, size: 12 },
  wrap: { wrap: true },
  center: { center: true, wrap: true },
  failed: { bold: true, color: RED },
  link: { color: '0563C1' },
  strong: { bold: true },
  rank: { center: true, wrap: true },
  header: { bold: true, fill: 'DDEBF7', border: 'box', borderColor: '8EA9DB', center: true, wrap: true },
  text: {},
  number: {},
  integer: {},
  flagRed: { bold: true, color: 'FFFFFF', fill: RED },
  flagWarning: { bold: true, fill: 'FFC000' },
  vetoed: { bold: true, color: '9C0006', fill: 'FFC7CE' },
  subtotal: { bold: true, border: 'top', borderColor: '000000' },
  capNote: { italic: true, color: GREY_TEXT, wrap: true },
  error: { color: RED },
  warning: { color: 'B45F06' },
  info: { color: '1F4E79' },
  money: {},
  moneyTotal: { bold: true, border: 'top', borderColor: '000000' },
  percent: {},
};

/**
 * Whether a look changes anything on the cell beyond the rows' vertical centring (which each adapter
 * sets on every cell: over the whole sheet at once, or in every written cell's format).
 */
export function isPlain(look: Look): boolean {
  return !(look.bold || look.italic || look.size || look.color || look.fill || look.border || look.center || look.wrap || look.centerAcross);
}
