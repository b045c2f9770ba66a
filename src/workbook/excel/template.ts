/** 插入模板: adds the input sheets of a blank Kaoping workbook that the clerk does not have yet. */
import type { Lang } from '../../engine/types';
import { TEMPLATE, type TemplateSheet } from '../shared/template-layout';
import { cell, columnLetters, type Sheet, type WorkbookInput } from '../../engine/cells';
import type { InsertedTemplate } from '../port';
import { spanAddress, templateDropdowns, type ColumnSpan, type Dropdown } from '../shared/template-dropdowns';
import { LOOKS } from '../shared/looks';
import { charsToPoints } from '../shared/width';

/** The template's header row takes the header look of the result sheets. */
const HEADER = LOOKS.header;
import type { PaneContext, PaneWorksheet } from './live-api';
import { runClassified, type ExcelRun } from './live-errors';

/** Data rows that get a column's number format ahead of typing. */
const FORMATTED_ROWS = 500;

function fill(ws: PaneWorksheet, sheet: TemplateSheet): void {
  const width = sheet.columns.length;
  const last = columnLetters(width - 1);
  const header = ws.getRange(`A1:${last}1`);
  header.values = [sheet.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = `#${HEADER.fill}`;
  const rows = sheet.rows ?? [];
  if (rows.length > 0) {
    const body = ws.getRange(`A2:${last}${rows.length + 1}`);
    body.values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  }
  sheet.columns.forEach((c, i) => {
    const column = ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`);
    column.format.columnWidth = charsToPoints(c.width);
    if (c.numFmt) {
      const letter = columnLetters(i);
      ws.getRange(`${letter}2:${letter}${FORMATTED_ROWS + 1}`).numberFormat = Array.from({ length: FORMATTED_ROWS }, () => [c.numFmt]);
    }
  });
  ws.freezePanes.freezeRows(1);
}

/** The rows and columns of a clerk's sheet the engine's header search looks at (the first ten rows). */
const HEADER_ROWS = 10;
const HEADER_COLUMNS = 52;

const grid = (sheet: TemplateSheet): Sheet => ({
  name: sheet.name,
  rows: [sheet.columns.map((c) => cell(c.header)), ...(sheet.rows ?? []).map((r) => r.map((v) => cell(v)))],
});

const isSpan = (s: Dropdown['source']): s is ColumnSpan => !Array.isArray(s);

/**
 * The dropdowns of the sheets just added (shared/template-dropdowns.ts, where the engine will read),
 * through range.dataValidation (ExcelApi 1.8). The clerk's own sheets are read for their header rows
 * (a dropdown may list the clerk's units or rubric ids) and never changed.
 */
async function addDropdowns(context: PaneContext, existing: readonly string[], added: readonly TemplateSheet[], lang: Lang): Promise<void> {
  const sheets = context.workbook.worksheets;
  const heads = existing.map((name) => {
    const range = sheets.getItem(name).getRangeByIndexes(0, 0, HEADER_ROWS, HEADER_COLUMNS);
    range.load(['values']);
    return { name, range };
  });
  await context.sync();
  const input: WorkbookInput = {
    sheets: [
      ...heads.map(({ name, range }): Sheet => ({ name, rows: range.values.map((row) => row.map((v) => (v === '' || v === null ? undefined : cell(v as string | number | boolean)))) })),
      ...added.map(grid),
    ],
  };
  const mine = new Set(added.map((t) => t.name));
  for (const d of templateDropdowns(input, lang)) {
    if (!mine.has(d.cells.sheet)) continue;
    const range = sheets.getItem(d.cells.sheet).getRange(spanAddress(d.cells));
    // A list from other cells is given as their Range, as the API takes it (ListDataValidation.source).
    const source = isSpan(d.source) ? (sheets.getItem(d.source.sheet).getRange(spanAddress(d.source, true)) as unknown as Excel.Range) : d.source.join(',');
    range.dataValidation.rule = { list: { inCellDropDown: true, source } };
    range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: d.title, message: d.message };
  }
}

/**
 * Adds the template's sheets the workbook lacks (existing sheets are never touched), with their
 * dropdowns where the host has data validation (`dataValidation`: ExcelApi 1.8); without it the
 * sheets go in without dropdowns and the result says so.
 */
export async function insertTemplate(run: ExcelRun, lang: Lang, dataValidation: boolean): Promise<InsertedTemplate> {
  return runClassified(run, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const existing = sheets.items.map((s) => s.name);
    const taken = new Set(existing.map((n) => n.toLowerCase()));
    const added: TemplateSheet[] = [];
    let first: PaneWorksheet | undefined;
    for (const sheet of TEMPLATE[lang]) {
      if (taken.has(sheet.name.toLowerCase())) continue;
      const ws = sheets.add(sheet.name);
      fill(ws, sheet);
      first ??= ws;
      added.push(sheet);
    }
    if (added.length > 0 && dataValidation) await addDropdowns(context, existing, added, lang);
    first?.activate();
    await context.sync();
    return { sheets: added.map((t) => t.name), dropdowns: dataValidation };
  });
}
