/**
 * A result sheet as worksheet XML. Text is always a shared string (never a formula: a cell holding
 * "=SUM(A1)" is the text "=SUM(A1)"); numbers are plain values.
 */
import { columnLetters } from '../../../engine/cells';
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
  const fit = layout.landscape !== undefined;
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
    if (cells) parts.push(`<row r="${r + 1}">${cells}</row>`);
  }
  parts.push('</sheetData>');
  parts.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (fit) parts.push(`<pageSetup paperSize="9" orientation="${layout.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`);
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
  const rows = sheet.rows.map((row) =>
    row.map((c): GridCell => {
      const fmt = typeof c.value === 'number' ? numberFormatFor(c.style, sheet.numberFormat, sheet.moneyFormat) : undefined;
      return { value: c.value, xf: c.style || fmt ? xf(c.style, fmt) : 0 };
    }),
  );
  return gridXml(rows, str, sheet, dialect);
}
