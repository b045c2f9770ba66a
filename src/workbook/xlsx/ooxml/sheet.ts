/**
 * A result sheet as worksheet XML. Text is always a shared string (never a formula: a cell holding
 * "=SUM(A1)" is the text "=SUM(A1)"); numbers are plain values.
 */
import { columnLetters } from '../../../engine/cells';
import { linkTarget } from '../../shared/link';
import { escapeAttr } from './xml';
import type { CellStyle, ReportSheet } from '../../../engine/types';
import { numberFormatFor } from '../../shared/number-format';
import { TRANSITIONAL, type Dialect } from './package';

/** The worksheet's start, in the namespaces of the package's form of SpreadsheetML. */
function head(d: Dialect): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${d.main}" xmlns:r="${d.relationships}">`;
}

export interface GridCell {
  readonly value: string | number | null;
  /** cellXfs index; 0 or undefined for the default. */
  readonly xf?: number;
}

export interface SheetLayout {
  readonly widths?: readonly number[];
  readonly freezeRows?: number;
  readonly printTitleRows?: readonly [number, number];
  readonly pageBreaksBefore?: readonly number[];
  readonly landscape?: boolean;
  /** False: printed at 100% across pages rather than fitted to the page's width. */
  readonly fitToWidth?: boolean;
  /** Centred between the side margins when printed. */
  readonly centerHorizontally?: boolean;
  /** Row heights in points, by row. */
  readonly rowHeights?: readonly number[];
  /** Links to places in the workbook, by cell: A1 of this sheet -> 'Sheet'!A1. */
  readonly links?: ReadonlyArray<{ readonly ref: string; readonly location: string }>;
}

/** The shared-string index of a text. */
export type StringRef = (text: string) => number;

function cellXml(ref: string, c: GridCell, str: StringRef): string {
  const s = c.xf ? ` s="${c.xf}"` : '';
  const v = c.value;
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return `<c r="${ref}"${s}><v>${String(v)}</v></c>`;
    return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === 'string' && v !== '') {
    return `<c r="${ref}"${s} t="s"><v>${str(v)}</v></c>`;
  }
  return s ? `<c r="${ref}"${s}/>` : '';
}

/** Worksheet XML for a grid of cells and its layout. */
export function gridXml(rows: ReadonlyArray<ReadonlyArray<GridCell>>, str: StringRef, layout: SheetLayout = {}, dialect: Dialect = TRANSITIONAL): string {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const letters = Array.from({ length: Math.max(width, 1) }, (_, i) => columnLetters(i));
  const parts: string[] = [head(dialect)];
  const paged = layout.landscape !== undefined;
  const fit = paged && layout.fitToWidth !== false;
  if (fit) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="A1:${letters[Math.max(width, 1) - 1]}${Math.max(rows.length, 1)}"/>`);
  const freeze = layout.freezeRows ?? 0;
  if (freeze > 0) {
    const top = `A${freeze + 1}`;
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = layout.widths ?? [];
  if (widths.some((w) => w > 0)) {
    parts.push('<cols>');
    widths.forEach((w, i) => {
      if (w > 0) parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    });
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(letters[c] + (r + 1), row[c], str);
    const ht = layout.rowHeights?.[r];
    const height = ht !== undefined && ht > 0 ? ` ht="${ht}" customHeight="1"` : '';
    if (cells || height) parts.push(`<row r="${r + 1}"${height}>${cells}</row>`);
  }
  parts.push('</sheetData>');
  const links = layout.links ?? [];
  if (links.length > 0) {
    parts.push('<hyperlinks>');
    for (const l of links) parts.push(`<hyperlink ref="${l.ref}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.location)}"/>`);
    parts.push('</hyperlinks>');
  }
  // printOptions stands between hyperlinks and pageMargins in the worksheet's schema order.
  if (paged && layout.centerHorizontally) parts.push('<printOptions horizontalCentered="1"/>');
  parts.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (paged) parts.push(`<pageSetup paperSize="9" orientation="${layout.landscape ? 'landscape' : 'portrait'}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  const breaks = (layout.pageBreaksBefore ?? []).filter((r) => r > 1);
  if (breaks.length > 0) {
    // A row break names the last row above it.
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const r of breaks) parts.push(`<brk id="${r - 1}" max="16383" man="1"/>`);
    parts.push('</rowBreaks>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}

/** A report sheet as worksheet XML, its cells' formats looked up through `xf`. */
export function reportSheetXml(
  sheet: ReportSheet,
  xf: (style: CellStyle | undefined, numberFormat: string | undefined) => number,
  str: StringRef,
  dialect: Dialect = TRANSITIONAL,
): string {
  const links: Array<{ ref: string; location: string }> = [];
  const rows = sheet.rows.map((row, r) =>
    row.map((c, col): GridCell => {
      if (c.link) links.push({ ref: `${columnLetters(col)}${r + 1}`, location: linkTarget(c.link.sheet, c.link.cell) });
      const fmt = typeof c.value === 'number' ? numberFormatFor(c.style, sheet.numberFormat, sheet.moneyFormat) : undefined;
      // A cell with nothing in it and no look is not written at all.
      return { value: c.value, xf: c.style || fmt || (c.value !== null && c.value !== '') ? xf(c.style, fmt) : 0 };
    }),
  );
  return gridXml(rows, str, { ...sheet, links }, dialect);
}
