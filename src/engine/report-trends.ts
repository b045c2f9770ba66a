/**
 * 结果-趋势 / Results-Trends (contract sections 5 and 8): a row per unit with its total in each period
 * and the composite, grouped by zone; per zone a column chart of the latest period's totals and, with
 * two or more periods, a line chart of each unit's totals by period.
 */
import { chartTitle, fl } from './labels-follow-up';
import type { Assessment, CellStyle, Lang, ReportCell, ReportChart } from './types';

type Row = ReportCell[];
const BLANK: ReportCell = { value: null };
const t = (text: string, style?: CellStyle): ReportCell => {
  // Excel keeps at most 32,767 characters in a cell.
  const value = text.length > 32767 ? text.slice(0, 32767) : text;
  return style ? { value, style } : { value };
};

/** Rows a chart takes on the sheet, and the columns. */
const CHART_ROWS = 16;
const CHART_COLS = 8;

export function trendRows(a: Assessment, lang: Lang): { rows: Row[]; charts: ReportChart[] } {
  const withComposite = a.composite.length > 0;
  const head: Row = [t(fl(lang, 'zone'), 'header'), t(fl(lang, 'unit'), 'header'), ...a.periods.map((p) => t(p, 'header'))];
  if (withComposite) head.push(t(fl(lang, 'composite'), 'header'));
  const rows: Row[] = [head];
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
  const charts: ReportChart[] = [];
  const width = head.length;
  const latestCol = 2 + a.periods.length - 1;
  zones.forEach((zone, z) => {
    const first = rows.length + 1;
    for (const unit of members.get(zone)!) {
      const row: Row = [t(zone), t(unit)];
      for (const p of a.periods) {
        const v = totalOf.get(`${p}\u0001${unit}`);
        row.push(v === undefined ? BLANK : { value: v, style: 'number' });
      }
      if (withComposite) {
        const v = compositeOf.get(unit);
        row.push(v === undefined ? BLANK : { value: v, style: 'number' });
      }
      rows.push(row);
    }
    const last = rows.length;
    if (a.periods.length === 0) return;
    const top = z * CHART_ROWS;
    charts.push({
      kind: 'column',
      title: chartTitle(lang, zone, 'latest', a.periods[a.periods.length - 1]),
      seriesIn: 'columns',
      headerRow: 1,
      firstRow: first,
      lastRow: last,
      labelCol: 1,
      firstCol: latestCol,
      lastCol: latestCol,
      anchor: { row: top, col: width + 1, rows: CHART_ROWS - 1, cols: CHART_COLS },
    });
    if (a.periods.length >= 2) {
      charts.push({
        kind: 'line',
        title: chartTitle(lang, zone, 'trend', ''),
        seriesIn: 'rows',
        headerRow: 1,
        firstRow: first,
        lastRow: last,
        labelCol: 1,
        firstCol: 2,
        lastCol: latestCol,
        anchor: { row: top, col: width + 1 + CHART_COLS + 1, rows: CHART_ROWS - 1, cols: CHART_COLS },
      });
    }
  });
  return { rows, charts };
}
