/**
 * The trends sheet's native charts through Office.js: one op per chart, queued after the sheet's
 * values and layout so the series point at cells already written. charts.add, title, series names,
 * setPosition, the legend and the chart and title fonts are ExcelApi 1.1; the category labels
 * (setXAxisValues) and the bar chart's categories top to bottom (reversePlotOrder) are ExcelApi 1.7. The rows under the charts get the heights the engine laid the
 * pages out with (the layout's autofit would leave empty rows at the workbook's default height).
 */
import type { ReportChart, ReportSheet } from '../../engine/types';
import type { XWorksheet } from './api';
import type { Op } from './write-ops';

/** One queued call with its object paths, as JSON (as in write-ops). */
const COMMAND_BYTES = 170;

/** Chart text as the .xlsx chart parts have it (src/workbook/xlsx/ooxml/chart.ts): 11 pt, titles 14 pt bold. */
const LABEL_POINTS = 11;
const TITLE_POINTS = 14;

function textAt(sheet: ReportSheet, row: number, col: number): string {
  const v = sheet.rows[row - 1]?.[col]?.value;
  return v === null || v === undefined ? '' : String(v);
}

function queueChart(ws: XWorksheet, sheet: ReportSheet, c: ReportChart): void {
  const rows = c.lastRow - c.firstRow + 1;
  const cols = c.lastCol - c.firstCol + 1;
  const values = ws.getRangeByIndexes(c.firstRow - 1, c.firstCol, rows, cols);
  const byColumns = c.seriesIn === 'columns';
  const chart = ws.charts.add(c.kind === 'bar' ? 'BarClustered' : 'LineMarkers', values, byColumns ? 'Columns' : 'Rows');
  chart.title.text = c.title;
  chart.format.font.size = LABEL_POINTS;
  chart.title.format.font.size = TITLE_POINTS;
  chart.title.format.font.bold = true;
  // A bar chart's one series is named in its title; a line chart's legend names the units, below.
  if (c.kind === 'bar') {
    chart.legend.visible = false;
    // The units top to bottom in the table's order (Excel plots a bar chart's first category lowest).
    chart.axes.categoryAxis.reversePlotOrder = true;
  } else chart.legend.position = 'Bottom';
  const count = byColumns ? cols : rows;
  const labels = byColumns ? ws.getRangeByIndexes(c.firstRow - 1, c.labelCol, rows, 1) : ws.getRangeByIndexes(c.headerRow - 1, c.firstCol, 1, cols);
  for (let k = 0; k < count; k++) {
    const s = chart.series.getItemAt(k);
    s.name = byColumns ? textAt(sheet, c.headerRow, c.firstCol + k) : textAt(sheet, c.firstRow + k, c.labelCol);
    s.setXAxisValues(labels);
  }
  // The end cell is covered: the chart takes the anchor's rows × cols, as its drawing anchor in a file does.
  const { row, col, rows: h, cols: w } = c.anchor;
  chart.setPosition(ws.getRangeByIndexes(row, col, 1, 1), ws.getRangeByIndexes(row + h - 1, col + w - 1, 1, 1));
}

/** The heights of the rows the charts stand on, from the first chart's top to the sheet's end, in runs of one height. */
function rowHeightCommands(ws: () => XWorksheet, sheet: ReportSheet): Op[] {
  const charts = sheet.charts ?? [];
  const heights = sheet.rowHeights ?? [];
  if (charts.length === 0 || heights.length === 0) return [];
  const top = Math.min(...charts.map((c) => c.anchor.row));
  const ops: Op[] = [];
  for (let r = top; r < heights.length; ) {
    let end = r;
    while (end + 1 < heights.length && heights[end + 1] === heights[r]) end++;
    const [from, count, h] = [r, end - r + 1, heights[r]];
    ops.push({ bytes: COMMAND_BYTES * 2, rows: 0, queue: () => (ws().getRangeByIndexes(from, 0, count, 1).format.rowHeight = h) });
    r = end + 1;
  }
  return ops;
}

export function chartOps(ws: () => XWorksheet, sheet: ReportSheet): Op[] {
  return [
    ...rowHeightCommands(ws, sheet),
    ...(sheet.charts ?? []).map((c) => {
      const series = c.seriesIn === 'columns' ? c.lastCol - c.firstCol + 1 : c.lastRow - c.firstRow + 1;
      return { bytes: COMMAND_BYTES * (11 + 3 * series), rows: 0, queue: () => queueChart(ws(), sheet, c) };
    }),
  ];
}
