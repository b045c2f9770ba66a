/**
 * A report sheet as the commands that write it: whole 2-D blocks of rows (number formats first, so
 * text cells are Text ("@") before their values arrive and nothing becomes a formula, a number or a
 * date), then looks by rectangle, widths, freeze panes and page setup. Each op knows its request size
 * and how to split in two, so a batch that is still too large is sent again in halves.
 */
import { columnLetters } from '../../engine/cells';
import type { ReportCell, ReportSheet } from '../../engine/types';
import { numberFormatFor } from '../shared/number-format';
import { charsToPoints } from '../shared/width';
import type { XWorksheet } from './api';
import { jsonBytes } from './batch';
import { linkTarget } from '../shared/link';
import { VERTICAL } from '../shared/looks';
import { applyLook, HOST_VERTICAL, lookCommands, lookOf, styledRects } from './styles';

export interface Op {
  /** Expected request bytes. */
  readonly bytes: number;
  /** Report rows the op writes (for progress). */
  readonly rows: number;
  queue(): void;
  split?(): [Op, Op];
}

/** What Range.values gets for a report cell: text as is, finite numbers, "#NUM!" for the rest. */
function hostValue(c: ReportCell): string | number | null {
  const v = c.value;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  return v === '' ? null : v;
}

/** Its number format: Text for text (so Excel stores it verbatim), the hint's format for numbers. */
function hostFormat(c: ReportCell, sheetFormat: string, moneyFormat?: string): string | null {
  const v = c.value;
  if (typeof v === 'string') return v === '' ? null : '@';
  if (typeof v === 'number') return (Number.isFinite(v) && numberFormatFor(c.style, sheetFormat, moneyFormat)) || 'General';
  return null;
}

export function sheetWidth(sheet: ReportSheet): number {
  return Math.max(1, sheet.rows.reduce((n, r) => Math.max(n, r.length), 0));
}

const OVERHEAD = 400; // the range path and two property sets around the arrays

function valuesOp(ws: () => XWorksheet, sheet: ReportSheet, width: number, first: number, count: number, rowBytes: readonly number[]): Op {
  let bytes = OVERHEAD;
  for (let r = first; r < first + count; r++) bytes += rowBytes[r];
  return {
    bytes,
    rows: count,
    queue: () => {
      const formats: Array<Array<string | null>> = [];
      const values: Array<Array<string | number | null>> = [];
      for (let r = first; r < first + count; r++) {
        const row = sheet.rows[r];
        const f = new Array<string | null>(width).fill(null);
        const v = new Array<string | number | null>(width).fill(null);
        row.forEach((c, i) => {
          f[i] = hostFormat(c, sheet.numberFormat, sheet.moneyFormat);
          v[i] = hostValue(c);
        });
        formats.push(f);
        values.push(v);
      }
      const range = ws().getRangeByIndexes(first, 0, count, width);
      range.numberFormat = formats;
      range.values = values;
    },
    split:
      count > 1
        ? () => {
            const half = Math.floor(count / 2);
            return [valuesOp(ws, sheet, width, first, half, rowBytes), valuesOp(ws, sheet, width, first + half, count - half, rowBytes)];
          }
        : undefined,
  };
}

/** The sheet's rows in blocks that each stay under `budget` request bytes. */
export function valueOps(ws: () => XWorksheet, sheet: ReportSheet, budget: number): Op[] {
  const width = sheetWidth(sheet);
  const rowBytes = sheet.rows.map((row) => jsonBytes(row.map(hostValue)) + jsonBytes(row.map((c) => hostFormat(c, sheet.numberFormat, sheet.moneyFormat))) + 2 * (width - row.length) * 5 + 4);
  const ops: Op[] = [];
  let first = 0;
  let bytes = OVERHEAD;
  for (let r = 0; r < sheet.rows.length; r++) {
    if (r > first && bytes + rowBytes[r] > budget) {
      ops.push(valuesOp(ws, sheet, width, first, r - first, rowBytes));
      first = r;
      bytes = OVERHEAD;
    }
    bytes += rowBytes[r];
  }
  if (sheet.rows.length > first) ops.push(valuesOp(ws, sheet, width, first, sheet.rows.length - first, rowBytes));
  return ops;
}

interface Command {
  readonly bytes: number;
  queue(ws: XWorksheet): void;
}

const COMMAND_BYTES = 170; // one queued method call or property set on a fresh range, with its object paths, as JSON

function commandsOp(ws: () => XWorksheet, commands: readonly Command[]): Op {
  return {
    bytes: commands.reduce((n, c) => n + c.bytes, 0),
    rows: 0,
    queue: () => {
      const sheet = ws();
      for (const c of commands) c.queue(sheet);
    },
    split:
      commands.length > 1
        ? () => {
            const half = Math.floor(commands.length / 2);
            return [commandsOp(ws, commands.slice(0, half)), commandsOp(ws, commands.slice(half))];
          }
        : undefined,
  };
}

/** Which parts of the layout to set. */
export interface LayoutParts {
  /** Column widths: not on a sheet rewritten in place, where the clerk's widths stay. */
  readonly widths: boolean;
  /** Orientation, centring on the page and print titles (ExcelApi 1.9): not in place, where the clerk's print settings stay. */
  readonly pageSetup: boolean;
  /** Page breaks (ExcelApi 1.9), which follow the rows: on a sheet rewritten in place the old ones go first. */
  readonly pageBreaks: 'none' | 'add' | 'replace';
}

export const NEW_SHEET_LAYOUT: LayoutParts = { widths: true, pageSetup: true, pageBreaks: 'add' };

/** Looks by rectangle, links, column widths, row heights, freeze panes, orientation, print titles, page breaks. */
export function layoutOps(ws: () => XWorksheet, sheet: ReportSheet, budget: number, parts: LayoutParts = NEW_SHEET_LAYOUT): Op[] {
  const cmds: Command[] = [];
  // Wrapping goes on by column, from the first wrapped cell to the last: a command per column rather
  // than one per run of rows (the notices' item and reason columns are broken up by headings and cap
  // lines, which wrap alike). The other looks go by rectangle.
  const wrapSpan = new Map<number, { top: number; bottom: number }>();
  sheet.rows.forEach((row, r) =>
    row.forEach((c, i) => {
      if (c.style !== 'wrap') return;
      const span = wrapSpan.get(i);
      if (span) span.bottom = r;
      else wrapSpan.set(i, { top: r, bottom: r });
    }),
  );
  // Every cell centred up and down in its row (the shared looks' VERTICAL), in one command over the sheet.
  if (sheet.rows.length > 0) {
    const all = { rows: sheet.rows.length, width: sheetWidth(sheet) };
    cmds.push({ bytes: COMMAND_BYTES, queue: (w) => (w.getRangeByIndexes(0, 0, all.rows, all.width).format.verticalAlignment = HOST_VERTICAL[VERTICAL]) });
  }
  for (const [c, { top, bottom }] of wrapSpan) {
    cmds.push({ bytes: COMMAND_BYTES * 2, queue: (w) => (w.getRangeByIndexes(top, c, bottom - top + 1, 1).format.wrapText = true) });
  }
  for (const rect of styledRects(sheet)) {
    const look = lookOf(rect.style);
    if (!look || rect.style === 'wrap') continue;
    cmds.push({
      bytes: COMMAND_BYTES * (1 + lookCommands(look)),
      queue: (w) => applyLook(w.getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1), look),
    });
  }
  if (parts.widths) {
    sheet.widths.forEach((w, c) => {
      if (w > 0) cmds.push({ bytes: COMMAND_BYTES * 2, queue: (x) => (x.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w)) });
    });
  }
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const link = cell.link;
      if (!link) return;
      const hyperlink = { documentReference: linkTarget(link.sheet, link.cell), textToDisplay: String(cell.value ?? '') };
      cmds.push({ bytes: COMMAND_BYTES * 2, queue: (x) => (x.getRangeByIndexes(r, c, 1, 1).hyperlink = hyperlink) });
    }),
  );
  // Excel fits each row to its wrapped text and larger fonts itself, in one command; the heights the
  // engine estimates are for files, where no program measures the text on opening.
  if (sheet.rowHeights && sheet.rows.length > 0) {
    const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), Math.max(1, sheet.widths.length));
    cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.getRangeByIndexes(0, 0, sheet.rows.length, width).format.autofitRows() });
  }
  if (sheet.freezeRows > 0) cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.freezePanes.freezeRows(sheet.freezeRows) });
  if (parts.pageSetup) {
    cmds.push({ bytes: COMMAND_BYTES, queue: (x) => (x.pageLayout.orientation = sheet.landscape ? 'Landscape' : 'Portrait') });
    if (sheet.centerHorizontally) cmds.push({ bytes: COMMAND_BYTES, queue: (x) => (x.pageLayout.centerHorizontally = true) });
    const [a, b] = sheet.printTitleRows;
    if (a > 0 && b >= a) cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.pageLayout.setPrintTitleRows(`$${a}:$${b}`) });
    const cols = sheet.printTitleColumns ?? 0;
    if (cols > 0) cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.pageLayout.setPrintTitleColumns(`$A:$${columnLetters(cols - 1)}`) });
  }
  if (parts.pageBreaks === 'replace') cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.horizontalPageBreaks.removePageBreaks() });
  if (parts.pageBreaks !== 'none') {
    for (const row of sheet.pageBreaksBefore) {
      if (row > 1) cmds.push({ bytes: COMMAND_BYTES, queue: (x) => x.horizontalPageBreaks.add(`A${row}`) });
    }
  }
  const ops: Op[] = [];
  let group: Command[] = [];
  let bytes = 0;
  for (const c of cmds) {
    if (group.length > 0 && bytes + c.bytes > budget) {
      ops.push(commandsOp(ws, group));
      group = [];
      bytes = 0;
    }
    group.push(c);
    bytes += c.bytes;
  }
  if (group.length > 0) ops.push(commandsOp(ws, group));
  return ops;
}
