/** 插入模板: adds the input sheets of a blank Kaoping workbook that the clerk does not have yet. */
import type { Lang } from '../../engine/types';
import { STATUSES, TEMPLATE, type TemplateSheet } from '../shared/template-layout';
import { columnLetters } from '../../engine/cells';
import { LOOKS } from '../shared/looks';
import { charsToPoints } from '../shared/width';

/** The template's header row takes the header look of the result sheets. */
const HEADER = LOOKS.header;
import type { PaneWorksheet } from './live-api';
import { runClassified, type ExcelRun } from './live-errors';
import { officeLoaded, supportsExcelApi } from './office';
import type { XRequirements } from './api';

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

/** Rows a dropdown reaches, as in the file template. */
const DROPDOWN_ROWS = 2000;

/**
 * Whether the host has Range.dataValidation (ExcelApi 1.8). Outside Office (tests on the in-memory
 * Excel) it is there; a host below 1.8 gets the template without the dropdown rather than a failure.
 */
function canValidate(run: ExcelRun): boolean {
  const own = (run as { readonly requirements?: XRequirements }).requirements;
  if (own) return own.isSetSupported('ExcelApi', '1.8');
  return !officeLoaded() || supportsExcelApi('1.8');
}

/** 整改状态 as a dropdown (Range.dataValidation, ExcelApi 1.8) on the entries sheet. */
function statusDropdown(ws: PaneWorksheet, sheet: TemplateSheet, lang: Lang, validate: boolean): void {
  if (sheet.role !== 'entries' || !validate) return;
  const col = sheet.columns.findIndex((c) => c.header === STATUS_HEADER[lang]);
  if (col < 0) return;
  const letter = columnLetters(col);
  ws.getRange(`${letter}2:${letter}${DROPDOWN_ROWS + 1}`).dataValidation.rule = { list: { inCellDropDown: true, source: STATUSES[lang].join(',') } };
}

const STATUS_HEADER: Readonly<Record<Lang, string>> = { zh: '整改状态', en: 'Status' };

/** Returns the names of the sheets added, in order; existing sheets are never touched. */
export async function insertTemplate(run: ExcelRun, lang: Lang): Promise<readonly string[]> {
  const validate = canValidate(run);
  return runClassified(run, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const added: string[] = [];
    let first: PaneWorksheet | undefined;
    for (const sheet of TEMPLATE[lang]) {
      if (taken.has(sheet.name.toLowerCase())) continue;
      const ws = sheets.add(sheet.name);
      fill(ws, sheet);
      statusDropdown(ws, sheet, lang, validate);
      first ??= ws;
      added.push(sheet.name);
    }
    first?.activate();
    await context.sync();
    return added;
  });
}
