/**
 * A sample workbook (seeds/types.ts) as an .xlsx: values, notes, number formats, error values,
 * merged ranges, widths, hidden rows, and bold header rows, as a clerk's workbook has them.
 */
import ExcelJS from 'exceljs';
import type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from '../../../seeds/types';
import { encodeXlsxText } from '../shared/safe-text';
import { findTables } from '../../engine/header-rows';
import { sampleToInput } from '../../../seeds/to-input';

function asCell(v: SampleValue): SampleCell {
  return v !== null && typeof v === 'object' ? v : { v };
}

function isBlank(v: SampleValue): boolean {
  const c = asCell(v);
  return (c.v === null || c.v === '') && c.error === undefined;
}

function storedValue(c: SampleCell): ExcelJS.CellValue {
  if (c.error !== undefined) return { error: c.error } as ExcelJS.CellErrorValue;
  if (typeof c.v === 'string') return c.v === '' ? null : encodeXlsxText(c.v);
  return c.v;
}

/**
 * Adds one sheet; `header` is its header row (0-based) as the engine finds it, or -1 for a sheet the
 * engine does not read as a table.
 */
export function addSampleSheet(wb: ExcelJS.Workbook, s: SampleSheet, header: number): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name);
  s.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const sc = asCell(v);
      const cell = row.getCell(c + 1);
      cell.value = storedValue(sc);
      const style: Partial<ExcelJS.Style> = {};
      if (sc.numFmt !== undefined) style.numFmt = sc.numFmt;
      if (r === header) style.font = { bold: true };
      else if (r < header && !isBlank(v)) style.font = { bold: true, size: 14 };
      if (Object.keys(style).length > 0) cell.style = style;
      if (sc.note !== undefined) cell.note = encodeXlsxText(sc.note);
    });
  });
  for (const range of s.merges ?? []) ws.mergeCells(range);
  (s.widths ?? []).forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  if (header >= 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: header + 1 }];
  return ws;
}

export function sampleWorkbook(s: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kaoping';
  // A fixed date, so the same sample always makes the same file.
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  wb.title = s.title.zh;
  wb.subject = s.description.zh;
  // The header rows the engine will read: bold, with the rows above as titles and the panes frozen below.
  const { headerRows } = findTables(sampleToInput(s));
  for (const sheet of s.sheets) addSampleSheet(wb, sheet, headerRows.get(sheet.name) ?? -1);
  return wb;
}

/** The sample as .xlsx bytes. */
export async function sampleToXlsx(s: SampleWorkbook): Promise<Buffer> {
  const out = await sampleWorkbook(s).xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
