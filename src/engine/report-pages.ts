/**
 * Tables in blocks laid out on printed pages: each block (a title, its own header row, its rows, its
 * foot) is kept on one page when it fits one, else starts a page and goes on over the next ones with
 * its header row again at the top of each. The header is repeated as cells rather than as print
 * titles, which repeat one header over every page of the sheet, over blocks it does not belong to.
 * Pages are counted in points of row height at 100%, the scale these sheets print at.
 */
import { rowHeightsFor, type Row } from './report-cells';

/**
 * Points of rows a landscape A4 page holds with room to spare: 595 pt less Excel's default top and
 * bottom margins of 0.75 in is 487 pt; the rest allows for a host drawing rows a little taller
 * (Excel, fitting the rows itself in the add-in, draws them shorter than these estimates).
 */
export const LANDSCAPE_PAGE_POINTS = 470;

/**
 * Points of rows a portrait A4 page holds (the deduction notices): 842 pt less the margins of 0.75 in
 * is 734 pt. A notice's rows carry the heights Kaoping gives them, so little is kept in hand: a
 * break placed early for nothing would send a notice that fits onto a second page.
 */
export const PORTRAIT_PAGE_POINTS = 730;

export interface PagedBlock {
  /** Rows before the header, printed once (the block's title). */
  readonly lead: readonly Row[];
  /** The header row(s), printed at the block's start and again on each page it continues onto. */
  readonly head: readonly Row[];
  /** The body in groups kept together on a page where a group fits one (a row per group for plain tables). */
  readonly groups: ReadonlyArray<readonly Row[]>;
  /** Rows after the body (the sums). */
  readonly foot: readonly Row[];
}

export interface PagedLayout {
  readonly rows: Row[];
  /** 1-based rows a printed page starts at (the first page aside). */
  readonly breaks: number[];
  /** For each block, for each group, the 1-based rows its body rows landed on. */
  readonly groupRows: number[][][];
}

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Lays `blocks` one after the other, a blank row between, on pages of `page` points. */
export function pageBlocks(blocks: readonly PagedBlock[], widths: readonly number[], page = LANDSCAPE_PAGE_POINTS): PagedLayout {
  const rows: Row[] = [];
  const breaks: number[] = [];
  const groupRows: number[][][] = [];
  // A blank row between blocks, measured once.
  const spacerH = sum(rowHeightsFor([[]], widths));
  let used = 0;
  const newPage = (): void => {
    if (rows.length > 0 && used > 0) breaks.push(rows.length + 1);
    used = 0;
  };
  const put = (r: Row, h: number): void => {
    rows.push(r);
    used += h;
  };
  for (const b of blocks) {
    // Every row of the block measured in one pass (a text recurring down a column is measured once).
    const headHs = rowHeightsFor(b.head, widths);
    const leadHs = rowHeightsFor(b.lead, widths);
    const footHs = rowHeightsFor(b.foot, widths);
    const bodyHs = rowHeightsFor(b.groups.flat(), widths);
    let next = 0;
    const rowHs = b.groups.map((g) => bodyHs.slice(next, (next += g.length)));
    const headH = sum(headHs);
    const leadH = sum(leadHs);
    const footH = sum(footHs);
    const groupH = rowHs.map(sum);
    const putHead = (): void => b.head.forEach((r, i) => put(r, headHs[i]));
    const whole = leadH + headH + sum(groupH) + footH;
    const spacer = rows.length > 0 && used > 0;
    const gap = spacer ? spacerH : 0;
    if (used > 0 && used + gap + whole > page) {
      // Not on the rest of this page: a block that fits a page starts one; a longer one starts here
      // only when its header and a few rows fit, so that no page ends on a lone title.
      const firstRows = sum(groupH.slice(0, 3));
      if (whole <= page || used + gap + leadH + headH + firstRows > page) newPage();
    }
    if (used > 0 && spacer) put([], spacerH);
    b.lead.forEach((r, i) => put(r, leadHs[i]));
    putHead();
    const placed: number[][] = [];
    b.groups.forEach((g, gi) => {
      const at: number[] = [];
      // A group that does not fit the rest of the page moves to the next whole when it fits one.
      if (used + groupH[gi] > page && groupH[gi] <= page - headH && used > headH) {
        newPage();
        putHead();
      }
      g.forEach((r, ri) => {
        const h = rowHs[gi][ri];
        if (used + h > page && used > headH) {
          newPage();
          putHead();
        }
        put(r, h);
        at.push(rows.length);
      });
      placed.push(at);
    });
    if (b.foot.length > 0 && used + footH > page) {
      newPage();
      putHead();
    }
    b.foot.forEach((r, i) => put(r, footHs[i]));
    groupRows.push(placed);
  }
  return { rows, breaks, groupRows };
}
