/**
 * A new input workbook for clerks: the input sheets with their headers, widths and dropdowns (the
 * kind of a rubric item; an entry's unit and item id from the units sheet and the rubric), blank or
 * filled from a sample.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../engine/types';
import { LOOKS } from '../shared/looks';
import type { SampleWorkbook } from '../../../seeds/types';
import { sampleWorkbook } from './sample';
import { TEMPLATE } from '../shared/template-layout';
import { spanAddress, templateDropdowns, type ColumnSpan, type Dropdown } from '../shared/template-dropdowns';
import { readSheet } from './read';

function blankWorkbook(lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kaoping';
  for (const t of TEMPLATE[lang]) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${LOOKS.header.fill}` } };
    });
    t.columns.forEach((c, i) => {
      const column = ws.getColumn(i + 1);
      column.width = c.width;
      if (c.numFmt) column.numFmt = c.numFmt;
    });
    for (const r of t.rows ?? []) ws.addRow([...r]);
  }
  return wb;
}

const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** ExcelJS keeps range validations in `dataValidations`, which its typings leave out. */
type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

/** Dropdowns where the engine reads (shared/template-dropdowns.ts), as the file's data validations. */
function addDropdowns(wb: ExcelJS.Workbook, lang: Lang): void {
  const input = { sheets: wb.worksheets.map((ws) => readSheet(ws, false).sheet) };
  for (const d of templateDropdowns(input, lang)) {
    const ws = wb.getWorksheet(d.cells.sheet);
    if (!ws) continue;
    const formula = isSpan(d.source) ? `${quoted(d.source.sheet)}!${spanAddress(d.source, true)}` : `"${d.source.join(',')}"`;
    (ws as unknown as WithValidations).dataValidations.add(spanAddress(d.cells), {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: d.title,
      error: d.message,
    });
  }
}

const isSpan = (s: Dropdown['source']): s is ColumnSpan => !Array.isArray(s);

/** A new input workbook, blank or filled from a sample, as .xlsx bytes. */
export async function templateXlsx(lang: Lang, example?: SampleWorkbook): Promise<Buffer> {
  const wb = example ? sampleWorkbook(example) : blankWorkbook(lang);
  addDropdowns(wb, lang);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
