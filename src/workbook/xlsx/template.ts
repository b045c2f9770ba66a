/**
 * A new input workbook for clerks: the input sheets with their headers, widths and dropdowns (the
 * kind of a rubric item; an entry's unit and item id from the units sheet and the rubric), blank or
 * filled from a sample.
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../../engine/cells';
import type { Lang } from '../../engine/types';
import { LOOKS } from '../shared/looks';
import type { SampleWorkbook } from '../../../seeds/types';
import { sampleWorkbook } from './sample';
import { KINDS, STATUSES, TEMPLATE } from '../shared/template-layout';
import { findRoles, locateHeader, type ColumnKey } from '../../engine/find';
import { readSheet } from './read';

/** How far down the dropdowns reach. */
const VALIDATION_ROWS = 2000;

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

interface Located {
  readonly ws: ExcelJS.Worksheet;
  /** 1-based header row. */
  readonly headerRow: number;
  /** 1-based columns, by what the engine reads in them. */
  readonly columns: Partial<Record<ColumnKey, number>>;
}

/**
 * The rubric, units and entries sheets with their header rows and columns, found by the engine's own
 * rules (the sheets and headers it will read), so the dropdowns sit where the engine looks.
 */
function locateRoles(wb: ExcelJS.Workbook): Partial<Record<'rubric' | 'units' | 'entries', Located>> {
  const sheets = wb.worksheets.map((ws) => ({ ws, sheet: readSheet(ws, false).sheet }));
  const { views } = findRoles({ sheets: sheets.map((s) => s.sheet) });
  const out: Partial<Record<'rubric' | 'units' | 'entries', Located>> = {};
  for (const role of ['rubric', 'units', 'entries'] as const) {
    const view = views[role];
    const ws = view && sheets.find((s) => s.sheet.name === view.sheet)?.ws;
    if (!view || !ws) continue;
    const table = locateHeader(view, role);
    if (table.headerRow < 0) continue;
    const columns: Partial<Record<ColumnKey, number>> = {};
    for (const [key, col] of Object.entries(table.cols) as Array<[ColumnKey, number]>) columns[key] = col + 1;
    out[role] = { ws, headerRow: table.headerRow + 1, columns };
  }
  return out;
}

/** Column letters of a 1-based column number. */
const letters = (n: number): string => columnLetters(n - 1);
const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function listRange(at: Located, col: number): string {
  const c = letters(col);
  return `${quoted(at.ws.name)}!$${c}$${at.headerRow + 1}:$${c}$${at.headerRow + VALIDATION_ROWS}`;
}

/** ExcelJS keeps range validations in `dataValidations`, which its typings leave out. */
type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

function dropdown(at: Located, col: number, formula: string, lang: Lang): void {
  const c = letters(col);
  (at.ws as unknown as WithValidations).dataValidations.add(`${c}${at.headerRow + 1}:${c}${at.headerRow + VALIDATION_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: lang === 'zh' ? '不在列表中' : 'Not in the list',
    error: lang === 'zh' ? '请从下拉列表中选择。' : 'Pick a value from the list.',
  });
}

/** Dropdowns: the rubric's kind column; the entries' unit and id columns from their own sheets. */
function addDropdowns(wb: ExcelJS.Workbook, lang: Lang): void {
  const { rubric, units, entries } = locateRoles(wb);
  const kindCol = rubric?.columns.kind;
  if (rubric && kindCol) dropdown(rubric, kindCol, `"${KINDS[lang].join(',')}"`, lang);
  if (!entries) return;
  const unitSource = units?.columns.unit;
  const unitCol = entries.columns.unit;
  if (units && unitSource && unitCol) dropdown(entries, unitCol, listRange(units, unitSource), lang);
  const idSource = rubric?.columns.id;
  const idCol = entries.columns.id;
  if (rubric && idSource && idCol) dropdown(entries, idCol, listRange(rubric, idSource), lang);
  const statusCol = entries.columns.status;
  if (statusCol) dropdown(entries, statusCol, `"${STATUSES[lang].join(',')}"`, lang);
}

/** A new input workbook, blank or filled from a sample, as .xlsx bytes. */
export async function templateXlsx(lang: Lang, example?: SampleWorkbook): Promise<Buffer> {
  const wb = example ? sampleWorkbook(example) : blankWorkbook(lang);
  addDropdowns(wb, lang);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
