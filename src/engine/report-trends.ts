/**
 * 结果-趋势 / Results-Trends (contract sections 5 and 8): a row per unit with its total in each period
 * and the composite, grouped by zone; below the table, per zone a bar chart of the latest period's
 * totals (bars across, so that unit names read level however long) and, with two or more periods, a
 * line chart of each unit's totals by period beside it.
 *
 * On paper (landscape A4 at 100%): the table's header row is repeated as cells at the top of each page
 * it runs onto, and a zone is not split across pages where it fits on one; the charts start on a page
 * of their own, each zone's pair on one page (a zone of more than CHART_UNITS units gets a pair per
 * part), in rows of a fixed height with a page break before any pair that would not fit the rest of
 * the page, so no chart is ever cut and no table header prints over a page of charts.
 */
import { chartTitle, fl } from './labels-follow-up';
import { BLANK, fitWidths, rowHeightsFor, t, type Row } from './report-cells';
import { LANDSCAPE_PAGE_POINTS, pageBlocks } from './report-pages';
import type { Assessment, Lang, ReportChart } from './types';

/** Most units one chart shows: more would crowd the names below a readable size. */
export const CHART_UNITS = 20;
/** Height of the rows under the charts, in points (Excel's default row). */
export const CHART_ROW_POINTS = 15;
/** Width of each chart of a pair, in points: the two fill a landscape page's 741 between margins. */
const CHART_WIDTH_POINTS = 355;

export interface TrendsLayout {
  readonly rows: Row[];
  readonly widths: number[];
  readonly rowHeights: number[];
  readonly breaks: number[];
  readonly charts: ReportChart[];
}

/** Points a bar chart of n units needs: title and axis, and 17 pt a bar for 11 pt names. */
const barPoints = (n: number): number => Math.max(180, 90 + 17 * n);
/** Points a line chart of n units needs: the plot, and its legend three names to a line. */
const linePoints = (n: number): number => 260 + 17 * Math.ceil(n / 3);

/** Excel's column width of w characters, in points. */
const colPoints = (w: number): number => (w * 7 + 5) * 0.75;
/** The width in characters of a column of p points. */
const colChars = (p: number): number => Math.max(1, Math.round(((p / 0.75 - 5) / 7) * 100) / 100);

export function trendRows(a: Assessment, lang: Lang, decimals: number): TrendsLayout {
  const withComposite = a.composite.length > 0;
  const head: Row = [t(fl(lang, 'zone'), 'header'), t(fl(lang, 'unit'), 'header'), ...a.periods.map((p) => t(p, 'header'))];
  if (withComposite) head.push(t(fl(lang, 'composite'), 'header'));
  const totalOf = new Map<string, number>();
  for (const r of a.results) totalOf.set(`${r.period}\u0001${r.unit}`, r.total);
  const compositeOf = new Map(a.composite.map((c) => [c.unit as string, c.total] as const));
  const zones: string[] = [];
  const members = new Map<string, string[]>();
  for (const u of a.units) {
    let list = members.get(u.zone);
    if (!list) members.set(u.zone, (list = []));
    if (list.length === 0) zones.push(u.zone);
    list.push(u.name);
  }
  // A zone of more than CHART_UNITS units in even parts: each part is kept on one page of the table
  // (so its rows stay together, the range its charts read) and gets its own pair of charts.
  const parts: Array<{ zone: string; part: number; of: number; rows: Row[] }> = [];
  for (const zone of zones) {
    const rowsOf = members.get(zone)!.map((unit) => {
      const row: Row = [t(zone), t(unit)];
      for (const p of a.periods) {
        const v = totalOf.get(`${p}\u0001${unit}`);
        row.push(v === undefined ? BLANK : { value: v, style: 'number' });
      }
      if (withComposite) {
        const v = compositeOf.get(unit);
        row.push(v === undefined ? BLANK : { value: v, style: 'number' });
      }
      return row;
    });
    const of = Math.ceil(rowsOf.length / CHART_UNITS);
    const size = Math.ceil(rowsOf.length / of);
    for (let k = 0; k < of; k++) parts.push({ zone, part: k + 1, of, rows: rowsOf.slice(k * size, (k + 1) * size) });
  }
  const groups = parts.map((p) => p.rows);
  const widths = fitWidths([head, ...groups.flat()], decimals);
  // The table's own header is row 1 (frozen on screen); pages it runs onto start with it again.
  const table = pageBlocks([{ lead: [], head: [head], groups, foot: [] }], widths);
  const rows = table.rows;
  const breaks = table.breaks;
  const rowHeights = rowHeightsFor(rows, widths);
  const charts: ReportChart[] = [];
  if (a.periods.length === 0 || rows.length <= 1) return { rows, widths, rowHeights, breaks, charts };

  const paired = a.periods.length >= 2;
  const span = chartColumns(widths, paired ? 2 : 1);
  const latestCol = 2 + a.periods.length - 1;
  // Charts start a page of their own. Each stands between blank rows, so that none touches a page's
  // edge (LibreOffice prints an object that touches a page break on both pages, clipped).
  const blank = (): void => {
    rows.push([]);
    rowHeights.push(CHART_ROW_POINTS);
  };
  breaks.push(rows.length + 1);
  let used = 0;
  parts.forEach(({ zone, part, of }, g) => {
    const at = table.groupRows[0][g];
    const n = at.length;
    const size = Math.ceil((paired ? Math.max(barPoints(n), linePoints(n)) : barPoints(n)) / CHART_ROW_POINTS);
    if (used > 0 && (used + size + 1) * CHART_ROW_POINTS > LANDSCAPE_PAGE_POINTS) {
      breaks.push(rows.length + 1);
      used = 0;
    }
    if (used === 0) {
      blank();
      used++;
    }
    const top = rows.length; // 0-based row of the chart's top
    const suffix = of > 1 ? (lang === 'zh' ? `（${part}/${of}）` : ` (${part}/${of})`) : '';
    const rowsOf = { headerRow: 1, firstRow: at[0], lastRow: at[n - 1], labelCol: 1 };
    charts.push({
      kind: 'bar',
      title: chartTitle(lang, zone, 'latest', a.periods[a.periods.length - 1]) + suffix,
      seriesIn: 'columns',
      ...rowsOf,
      firstCol: latestCol,
      lastCol: latestCol,
      anchor: { row: top, col: 0, rows: size, cols: span[0] },
    });
    if (paired) {
      charts.push({
        kind: 'line',
        title: chartTitle(lang, zone, 'trend', '') + suffix,
        seriesIn: 'rows',
        ...rowsOf,
        firstCol: 2,
        lastCol: latestCol,
        anchor: { row: top, col: span[0], rows: size, cols: span[1] - span[0] },
      });
    }
    for (let i = 0; i <= size; i++) blank();
    used += size + 1;
  });
  return { rows, widths, rowHeights, breaks, charts };
}

/**
 * The columns the charts end at (exclusive): the first chart over columns 0 to end[0], the second
 * (when paired) from there to end[1], each about CHART_WIDTH_POINTS wide. Where the table's columns
 * are narrower, a filler column past the table makes up the width; `widths` gains those columns.
 */
function chartColumns(widths: number[], count: number): number[] {
  const ends: number[] = [];
  let at = 0;
  let left = 0;
  for (let k = 0; k < count; k++) {
    const target = left + CHART_WIDTH_POINTS;
    // Table columns while they fit the chart's width; then, if short of it, one filler column.
    let end = at;
    let x = left;
    while (end < widths.length && x + colPoints(widths[end]) <= target + 20) x += colPoints(widths[end++]);
    if (end === widths.length && target - x > 30) {
      widths.push(colChars(target - x));
      x = target;
      end++;
    } else if (end === at) {
      x += colPoints(widths[end++]);
    }
    ends.push(end);
    at = end;
    left = x;
  }
  return ends;
}
