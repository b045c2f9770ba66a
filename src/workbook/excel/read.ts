/**
 * Reading the whole workbook in a fixed number of syncs (the split loop: queue every load, one sync,
 * then map the proxies to plain data):
 *   1. sheet names, tables, notes and threaded comments;
 *   2. each sheet's used range, each table's range, each note's cell;
 *   3. the cells, all sheets in one request when they fit, else in row blocks (read-cells.ts);
 *   4. only where some cell shows #VALUE!, #NAME? or =DISPIMG(…): whether it holds a picture (read-pictures.ts).
 */
import type { Sheet, TableRange, WorkbookInput } from '../../engine/cells';
import { MARKER_SHEET, MAX_SHEET_ROWS } from '../port';
import type { Progress } from '../port';
import type { XContext, XRange } from './api';
import { tooManyRowsText } from '../shared/limits';
import { step, type SyncPolicy } from './batch';
import { ExcelHostError } from './errors';
import { noteText, splitAddress } from './host-cells';
import { parseBasis, parseMarker, splitEntries, type MarkerEntry } from './marker';
import { finishGrid, readCells, type CellJob, type Grid } from './read-cells';
import { markPictures } from './read-pictures';

/** The API sets the host has: notes need ExcelApi 1.18, threaded comments 1.10, rich values (pictures in cells) 1.16. */
export interface ReadApis {
  readonly notes: boolean;
  readonly comments: boolean;
  readonly richValues: boolean;
}

export interface BookRead {
  readonly input: WorkbookInput;
  /** Marker entries whose sheet still holds exactly what Kaoping wrote there. */
  readonly owned: readonly MarkerEntry[];
  /** Marker entries whose sheet the clerk has edited since. */
  readonly edited: readonly MarkerEntry[];
}

/** Past this a sheet's used range is not a table of data but a stray cell far away. */
const MAX_SHEET_CELLS = 50_000_000;

function bounds(r: XRange): { top: number; left: number; bottom: number; right: number } {
  return { top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 };
}

export async function readBook(ctx: XContext, policy: SyncPolicy, apis: ReadApis, progress?: Progress): Promise<BookRead> {
  const wb = ctx.workbook;
  const first = await step(ctx, policy, () => ({
    sheets: wb.worksheets.load('items/name'),
    tables: wb.tables.load('items/name, items/worksheet/name'),
    notes: apis.notes ? wb.notes.load('items/content, items/authorName') : undefined,
    comments: apis.comments ? wb.comments.load('items/content') : undefined,
  }), { readOnly: true });
  const sheets = first.sheets.items;
  const names = sheets.map((s) => s.name);
  const second = await step(ctx, policy, () => ({
    used: sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount')),
    tables: first.tables.items.map((t) => t.getRange().load('rowIndex, columnIndex, rowCount, columnCount')),
    notes: (first.notes?.items ?? []).map((n) => n.getLocation().load('address')),
    comments: (first.comments?.items ?? []).map((c) => c.getLocation().load('address')),
    // The marker's list, ahead of the cells: Kaoping's own result sheets are not held to the row limit.
    // Asked only of a marker that is there (the names are loaded): no call is chained on a null object.
    marker: names.includes(MARKER_SHEET) ? wb.worksheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true).load('values') : undefined,
  }), { readOnly: true });
  const listed = new Set(!second.marker || second.marker.isNullObject ? [] : second.marker.values.slice(1).map((row) => row[0]));

  const notes = new Map<number, Map<number, string>>();
  const pin = (address: string, text: string | undefined, keep: boolean): void => {
    const at = splitAddress(address);
    const key = at ? names.indexOf(at.sheet) : -1;
    if (!at || key < 0 || text === undefined) return;
    const byCell = notes.get(key) ?? new Map<number, string>();
    notes.set(key, byCell);
    const cell = at.row * 16_384 + at.col;
    if (!keep || !byCell.has(cell)) byCell.set(cell, text);
  };
  (first.notes?.items ?? []).forEach((n, i) => pin(second.notes[i].address, noteText(n.content, n.authorName), false));
  // A threaded comment speaks for its cell only where there is no note.
  (first.comments?.items ?? []).forEach((c, i) => pin(second.comments[i].address, noteText(c.content, ''), true));

  const jobs: CellJob[] = [];
  second.used.forEach((r, key) => {
    if (r.isNullObject) return;
    if (r.rowIndex + r.rowCount > MAX_SHEET_ROWS && !listed.has(names[key]) && names[key] !== MARKER_SHEET) throw tooManyRows(names[key]);
    if (r.rowCount * r.columnCount > MAX_SHEET_CELLS) throw usedRangeTooLarge(names[key], r.rowCount, r.columnCount);
    jobs.push({ sheet: sheets[key], key, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount });
  });
  const grids = await readCells(ctx, policy, jobs, notes, (done, total) => progress?.('reading', done, total));
  await markPictures(ctx, policy, jobs, grids, apis.richValues);

  const tablesOf = new Map<string, TableRange[]>();
  first.tables.items.forEach((t, i) => {
    const list = tablesOf.get(t.worksheet.name) ?? [];
    list.push({ name: t.name, ...bounds(second.tables[i]) });
    tablesOf.set(t.worksheet.name, list);
  });

  const all = new Map<string, Grid>(names.map((name, key) => [name, finishGrid(grids.get(key), notes.get(key))]));
  const marker = all.get(MARKER_SHEET);
  const { owned, edited } = splitEntries(marker ? parseMarker(marker) : [], (name) => all.get(name), MARKER_SHEET);
  const ownedNames = new Set(owned.map((e) => e.name));
  const editedNames = new Set(edited.map((e) => e.name));
  const basis = marker ? parseBasis(marker) : undefined;
  const out: Sheet[] = [];
  for (const name of names) {
    if (name === MARKER_SHEET) continue;
    const tables = tablesOf.get(name);
    const sheet: Sheet = { name, rows: all.get(name) ?? [], ...(tables ? { tables } : {}) };
    out.push(ownedNames.has(name) ? { ...sheet, owned: true } : editedNames.has(name) ? { ...sheet, edited: true } : sheet);
  }
  return { input: { sheets: out, ...(basis ? { resultsBasis: basis } : {}) }, owned, edited };
}

function tooManyRows(sheet: string): ExcelHostError {
  const { what, todo } = tooManyRowsText(sheet);
  return new ExcelHostError('SheetTooLong', {
    zh: `${what.zh}：${todo.zh}。`,
    en: `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)}: ${todo.en}.`,
  });
}

function usedRangeTooLarge(sheet: string, rows: number, columns: number): ExcelHostError {
  return new ExcelHostError('UsedRangeTooLarge', {
    zh: `工作表“${sheet}”的已用区域有 ${rows} 行 × ${columns} 列，多半是远处有个误填的单元格：请删除多余的行列后再试。`,
    en: `The sheet "${sheet}" uses ${rows} rows × ${columns} columns, most likely because of a stray cell far away: delete the extra rows and columns and try again.`,
  });
}
