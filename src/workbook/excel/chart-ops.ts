/**
 * The trends sheet's native charts through Office.js: one op per chart, queued after the sheet's
 * values so the series point at cells already written. charts.add, title, series names and
 * setPosition are ExcelApi 1.1; the category labels (setXAxisValues) are ExcelApi 1.7.
 */
import type { ReportChart, ReportSheet } from '../../engine/types';
import type { XWorksheet } from './api';
import type { Op } from './write-ops';

/** One queued call with its object paths, as JSON (as in write-ops). */
const COMMAND_BYTES = 170;

function textAt(sheet: ReportSheet, row: number, col: number): string {
  const v = sheet.rows[row - 1]?.[col]?.value;
  return v === null || v === undefined ? '' : String(v);
}

function queueChart(ws: XWorksheet, sheet: ReportSheet, c: ReportChart): void {
  const rows = c.lastRow - c.firstRow + 1;
  const cols = c.lastCol - c.firstCol + 1;
  const values = ws.getRangeByIndexes(c.firstRow - 1, c.firstCol, rows, cols);
  const byColumns = c.seriesIn === 'columns';
  const chart = ws.charts.add(c.kind === 'column' ? 'ColumnClustered' : 'LineMarkers', values, byColumns ? 'Columns' : 'Rows');
  chart.title.text = c.title;
  const count = byColumns ? cols : rows;
  const labels = byColumns ? ws.getRangeByIndexes(c.firstRow - 1, c.labelCol, rows, 1) : ws.getRangeByIndexes(c.headerRow - 1, c.firstCol, 1, cols);
  for (let k = 0; k < count; k++) {
    const s = chart.series.getItemAt(k);
    s.name = byColumns ? textAt(sheet, c.headerRow, c.firstCol + k) : textAt(sheet, c.firstRow + k, c.labelCol);
    s.setXAxisValues(labels);
  }
  const { row, col, rows: h, cols: w } = c.anchor;
  chart.setPosition(ws.getRangeByIndexes(row, col, 1, 1), ws.getRangeByIndexes(row + h, col + w, 1, 1));
}

export function chartOps(ws: () => XWorksheet, sheet: ReportSheet): Op[] {
  return (sheet.charts ?? []).map((c) => {
    const series = c.seriesIn === 'columns' ? c.lastCol - c.firstCol + 1 : c.lastRow - c.firstRow + 1;
    return { bytes: COMMAND_BYTES * (6 + 3 * series), rows: 0, queue: () => queueChart(ws(), sheet, c) };
  });
}
