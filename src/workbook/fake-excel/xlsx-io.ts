/**
 * The in-memory Excel from and to .xlsx bytes (through ExcelJS): values, formulas with their cached
 * results, number formats, notes and threaded comments, visibility, protection, merges, widths, hidden
 * rows, freeze panes, page setup and tables; manual page breaks are saved, but ExcelJS does not read
 * them back. Displayed text is not stored: the fake shows each value through its number format, as
 * Excel does on opening the file.
 */
import ExcelJS from 'exceljs';
import { parseA1 } from '../../engine/cells';
import { dateToSerial, noteText } from '../shared/xlsx-values';
import { encodeXlsxText } from '../shared/safe-text';
import { formatAddress } from './address';
import { charsToPoints, pointsToChars } from '../shared/width';
import { bordersFromFile, fileBorders } from './borders';
import { saveValidations } from './data-validation';
import { FakeExcel, type FakeExcelOptions } from './index';
import { BookModel, SheetModel, noteKey, type CellFormat, type CellModel, type ModelValue, type NoteModel } from './model';

function modelValue(v: unknown, date1904: boolean): ModelValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: unknown }>).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  if ('text' in o) return typeof o.text === 'string' ? o.text : modelValue(o.text, date1904);
  throw new Error(`unrecognised cell value: ${JSON.stringify(v)}`);
}

function toNote(raw: unknown): NoteModel | undefined {
  const content = noteText(raw);
  if (content === undefined) return undefined;
  const runs = (raw as { texts?: Array<{ text?: unknown; font?: { bold?: boolean } }> } | null)?.texts;
  const whole = typeof raw === 'string' ? raw : (runs ?? []).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
  // Excel saves a threaded comment with a note for older readers that starts "[Threaded comment]".
  if (whole.startsWith('[Threaded comment]')) return { content, author: '', threaded: true };
  // A classic note keeps its author line ("张三:") in its text, as Excel's Note.content returns it.
  const first = runs?.[0];
  if (runs && runs.length > 1 && first?.font?.bold && typeof first.text === 'string' && /[:：]\s*$/.test(first.text)) {
    const author = first.text.replace(/[:：]\s*$/, '').trim();
    return { content: `${first.text.trim()}\n${content}`, author, threaded: false };
  }
  return { content, author: '', threaded: false };
}

function toFormat(style: Partial<ExcelJS.Style>): CellFormat | undefined {
  const f: { -readonly [K in keyof CellFormat]: CellFormat[K] } = {};
  if (style.font?.bold) f.bold = true;
  if (style.font?.italic) f.italic = true;
  const argb = style.font?.color?.argb;
  if (argb) f.color = '#' + argb.slice(-6);
  const fill = style.fill?.type === 'pattern' ? style.fill.fgColor?.argb : undefined;
  if (fill) f.fill = '#' + fill.slice(-6);
  if (style.alignment?.wrapText) f.wrap = true;
  const borders = bordersFromFile(style.border);
  if (borders) f.borders = borders;
  return Object.keys(f).length > 0 ? f : undefined;
}

function loadCell(c: ExcelJS.Cell, date1904: boolean): CellModel | undefined {
  const merged = c.type === ExcelJS.ValueType.Merge;
  const raw = c.value as unknown;
  const cell: CellModel = { v: null };
  if (!merged) {
    const o = raw as { formula?: unknown; sharedFormula?: unknown; result?: unknown } | null;
    if (o && typeof o === 'object' && ('formula' in o || 'sharedFormula' in o)) {
      const formula = typeof o.formula === 'string' ? o.formula : c.formula;
      cell.f = '=' + formula;
      cell.v = modelValue(o.result, date1904);
    } else cell.v = modelValue(raw, date1904);
  }
  if (c.numFmt && c.numFmt !== 'General') cell.nf = c.numFmt;
  const fmt = toFormat(c.style);
  if (fmt) cell.fmt = fmt;
  return cell.v === null && cell.f === undefined && cell.nf === undefined && cell.fmt === undefined ? undefined : cell;
}

/** Merged ranges given in A1 form ("A3:B5"), onto the sheet. */
function addMerges(sheet: SheetModel, ranges: readonly string[]): void {
  for (const m of ranges) {
    const [a, b = a] = m.split(':').map(parseA1);
    if (a && b) sheet.merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
}

function loadSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetModel {
  const sheet = new SheetModel(ws.name);
  sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
  sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    // includeEmpty: a cell holding only a note is still a cell.
    row.eachCell({ includeEmpty: true }, (c, col) => {
      const cell = loadCell(c, date1904);
      if (cell) (sheet.rows[r - 1] ??= [])[col - 1] = cell;
      const note = c.note === undefined ? undefined : toNote(c.note);
      if (note) sheet.notes.set(noteKey(r - 1, col - 1), note);
    });
  });
  addMerges(sheet, (ws.model as { merges?: string[] }).merges ?? []);
  (ws.columns ?? []).forEach((col, i) => {
    if (col.width !== undefined) sheet.widths.set(i, charsToPoints(col.width));
  });
  const view = ws.views?.[0];
  if (view && view.state === 'frozen') sheet.freezeRows = view.ySplit ?? 0;
  if (ws.pageSetup?.orientation === 'landscape') sheet.orientation = 'Landscape';
  if (ws.pageSetup?.horizontalCentered) sheet.centerHorizontally = true;
  if (ws.pageSetup?.printTitlesRow) sheet.printTitleRows = ws.pageSetup.printTitlesRow.split(':').map((n) => `$${n.replace(/\$/g, '')}`).join(':');
  for (const t of ws.getTables() as unknown as Array<{ table?: { name?: string; tableRef?: string; ref?: string }; name?: string }>) {
    const model = t.table ?? (t as { name?: string; tableRef?: string; ref?: string });
    const ref = model.tableRef ?? model.ref;
    if (typeof model.name !== 'string' || typeof ref !== 'string') continue;
    const [a, b = a] = ref.split(':').map(parseA1);
    if (a && b) sheet.tables.push({ name: model.name, rect: { top: a.row, left: a.col, bottom: b.row, right: b.col } });
  }
  return sheet;
}

/**
 * A copy of a package that ExcelJS can open, with each sheet's merged ranges beside it: the xlsx
 * adapter's reading copy. Given by the caller, because it reads the zip through Node's zlib, which
 * the browser preview has not.
 */
export type Reopen = (bytes: Uint8Array) => Promise<{ readonly bytes: Uint8Array; readonly merges: ReadonlyMap<string, readonly string[]> }>;

/** An in-memory Excel holding the workbook in `bytes`; `reopen` for the files ExcelJS cannot open itself. */
export async function fakeFromXlsx(bytes: Uint8Array, options: Omit<FakeExcelOptions, 'book'> & { readonly reopen?: Reopen } = {}): Promise<FakeExcel> {
  const { reopen, ...fakeOptions } = options;
  const wb = new ExcelJS.Workbook();
  let merges: ReadonlyMap<string, readonly string[]> | undefined;
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
    // A workbook has a sheet at least; ExcelJS finds none where the parts are not at its fixed paths.
    if (wb.worksheets.length === 0) throw new Error('ExcelJS found no worksheet');
  } catch (first) {
    // Excel opens files ExcelJS cannot (rows without their optional numbers, a table with an icon
    // filter or an XML-mapped column, a workbook outside xl/): open the xlsx adapter's reading copy
    // instead, which holds every value, formula, note, table and sheet state with the merges beside
    // it, though not the widths, panes, page setup or protection.
    if (!reopen) throw first;
    let copy: Awaited<ReturnType<Reopen>>;
    try {
      copy = await reopen(bytes);
    } catch {
      throw first; // not a package at all: ExcelJS's own error says so
    }
    await wb.xlsx.load(Buffer.from(copy.bytes.buffer, copy.bytes.byteOffset, copy.bytes.byteLength) as unknown as ExcelJS.Buffer);
    merges = copy.merges;
  }
  const book = new BookModel();
  book.date1904 = wb.properties?.date1904 === true;
  for (const ws of wb.worksheets) {
    const sheet = loadSheet(ws, book.date1904);
    addMerges(sheet, merges?.get(ws.name) ?? []);
    book.sheets.push(sheet);
  }
  // The sheet the file was saved showing is active again when it opens.
  const shown = book.sheets[wb.views?.[0]?.activeTab ?? -1];
  if (shown?.visibility === 'Visible') book.activate(shown, 'open');
  return new FakeExcel({ ...fakeOptions, book });
}

function storedValue(cell: CellModel): ExcelJS.CellValue {
  const v = cell.v;
  const result = v === null ? undefined : typeof v === 'object' ? ({ error: v.error } as ExcelJS.CellErrorValue) : typeof v === 'string' ? encodeXlsxText(v) : v;
  if (cell.f !== undefined) return { formula: cell.f.slice(1), result } as ExcelJS.CellFormulaValue;
  return (result ?? null) as ExcelJS.CellValue;
}

function saveSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const state = sheet.visibility === 'VeryHidden' ? 'veryHidden' : sheet.visibility === 'Hidden' ? 'hidden' : 'visible';
  const ws = wb.addWorksheet(sheet.name, { state });
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const xc = ws.getCell(r + 1, c + 1);
      xc.value = storedValue(cell);
      if (cell.nf) xc.numFmt = cell.nf;
      const f = cell.fmt;
      if (f) {
        if (f.bold || f.italic || f.color || f.size) xc.font = { bold: f.bold, italic: f.italic, size: f.size, color: f.color ? { argb: 'FF' + f.color.slice(1) } : undefined };
        if (f.fill) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + f.fill.slice(1) } };
        const vertical = f.vAlign === 'Top' ? 'top' : f.vAlign === 'Center' ? 'middle' : undefined;
        if (f.wrap || f.hAlign === 'Center' || vertical) xc.alignment = { wrapText: f.wrap, horizontal: f.hAlign === 'Center' ? 'center' : undefined, vertical };
        const border = f.borders && fileBorders(f.borders);
        if (border) xc.border = border;
      }
    });
  });
  for (const [key, note] of sheet.notes) {
    const text = note.threaded ? `[Threaded comment]\n\nComment:\n${note.content}` : note.content;
    ws.getCell(Math.floor(key / 16_384) + 1, (key % 16_384) + 1).note = encodeXlsxText(text);
  }
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const [col, points] of sheet.widths) ws.getColumn(col + 1).width = pointsToChars(points);
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  saveValidations(sheet, ws);
  if (sheet.freezeRows > 0) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: sheet.freezeRows }];
  if (sheet.orientation === 'Landscape') ws.pageSetup.orientation = 'landscape';
  if (sheet.centerHorizontally) ws.pageSetup.horizontalCentered = true;
  if (sheet.printTitleRows) ws.pageSetup.printTitlesRow = sheet.printTitleRows.replace(/\$/g, '');
  for (const before of sheet.pageBreaks) ws.getRow(before).addPageBreak();
  for (const t of sheet.tables) {
    const header = sheet.rows[t.rect.top] ?? [];
    const columns = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) columns.push({ name: String(header[c]?.v ?? `Column${c - t.rect.left + 1}`) });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.rect.top + 1; r <= t.rect.bottom; r++) {
      const line: ExcelJS.CellValue[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const cell = sheet.cell(r, c);
        line.push(cell ? storedValue(cell) : null);
      }
      rows.push(line);
    }
    const ref = formatAddress(sheet.name, { ...t.rect, bottom: t.rect.top, right: t.rect.left }).split('!')[1];
    ws.addTable({ name: t.name, ref, headerRow: true, columns, rows });
  }
}

/** The in-memory workbook as .xlsx bytes. Sheet protection is saved without a password. */
export async function fakeToXlsx(fake: FakeExcel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = fake.book.date1904;
  for (const sheet of fake.book.sheets) saveSheet(wb, sheet);
  const active = fake.book.active();
  const tab = active ? fake.book.sheets.indexOf(active) : 0;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, tab), visibility: 'visible' }];
  for (const sheet of fake.book.sheets) {
    if (sheet.protected) await (wb.getWorksheet(sheet.name) as ExcelJS.Worksheet).protect('', {});
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
