/**
 * A new input workbook for clerks: the input sheets with their headers, widths and dropdowns (the
 * kind of a rubric item; an entry's unit and item id from the units sheet and the rubric), blank or
 * filled from a sample.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../engine/types';
import type { SampleWorkbook } from '../../../seeds/types';
import { sampleWorkbook } from './sample';
import { COLUMN_NAMES, KINDS, ROLE_NAMES, STATUSES, TEMPLATE } from './template-layout';

/** How far down the dropdowns reach. */
const VALIDATION_ROWS = 2000;

const fold = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

function blankWorkbook(lang: Lang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kaoping';
  for (const t of TEMPLATE[lang]) {
    const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
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
  readonly columns: ReadonlyMap<string, number>;
}

/** A role's sheet by name, its header row (first of 10 with two filled cells) and its headers. */
function locate(wb: ExcelJS.Workbook, names: readonly string[]): Located | undefined {
  const ws = wb.worksheets.find((w) => names.includes(fold(w.name)));
  if (!ws) return undefined;
  for (let r = 1; r <= 10; r++) {
    const columns = new Map<string, number>();
    ws.getRow(r).eachCell((c, n) => {
      if (typeof c.value === 'string') columns.set(fold(c.value), n);
    });
    if (columns.size >= 2) return { ws, headerRow: r, columns };
  }
  return undefined;
}

function columnOf(at: Located, names: readonly string[]): number | undefined {
  for (const n of names) {
    const c = at.columns.get(n);
    if (c !== undefined) return c;
  }
  return undefined;
}

const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
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
export function addDropdowns(wb: ExcelJS.Workbook, lang: Lang): void {
  const rubric = locate(wb, ROLE_NAMES.rubric);
  const units = locate(wb, ROLE_NAMES.units);
  const entries = locate(wb, ROLE_NAMES.entries);
  const kindCol = rubric && columnOf(rubric, COLUMN_NAMES.kind);
  if (rubric && kindCol) dropdown(rubric, kindCol, `"${KINDS[lang].join(',')}"`, lang);
  if (!entries) return;
  const unitSource = units && columnOf(units, COLUMN_NAMES.unit);
  const unitCol = columnOf(entries, COLUMN_NAMES.unit);
  if (units && unitSource && unitCol) dropdown(entries, unitCol, listRange(units, unitSource), lang);
  const idSource = rubric && columnOf(rubric, COLUMN_NAMES.id);
  const idCol = columnOf(entries, COLUMN_NAMES.id);
  if (rubric && idSource && idCol) dropdown(entries, idCol, listRange(rubric, idSource), lang);
  const statusCol = columnOf(entries, COLUMN_NAMES.status);
  if (statusCol) dropdown(entries, statusCol, `"${STATUSES[lang].join(',')}"`, lang);
}

/** A new input workbook, blank or filled from a sample, as .xlsx bytes. */
export async function templateXlsx(lang: Lang, example?: SampleWorkbook): Promise<Buffer> {
  const wb = example ? sampleWorkbook(example) : blankWorkbook(lang);
  addDropdowns(wb, lang);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
