/**
 * A result sheet looks the same whichever adapter wrote it: the xlsx writer's file (read back with
 * ExcelJS) against the in-memory Excel after the Office.js adapter's write, cell by cell: the lines
 * drawn round each cell, fill, font, alignment (across and up and down), the number format of each
 * number, column widths.
 */
import ExcelJS from 'exceljs';
import { POWER_PLANT } from '../../seeds/power-plant';
import { assess, buildReport } from '../../src/engine';
import type { Report } from '../../src/engine/types';
import { ExcelPort } from '../../src/workbook/excel/port';
import { fakeFromSample } from '../../src/workbook/excel/testing';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import type { SheetModel } from '../../src/workbook/fake-excel';
import { charsToPoints } from '../../src/workbook/shared/width';
import { readXlsx, sampleToXlsx, writeXlsx } from '../../src/workbook/xlsx';

type Side = 'top' | 'bottom' | 'left' | 'right';
const OPPOSITE: Record<Side, readonly [number, number, Side]> = { top: [-1, 0, 'bottom'], bottom: [1, 0, 'top'], left: [0, -1, 'right'], right: [0, 1, 'left'] };

interface Seen {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  fill: string;
  center: boolean;
  /**
   * Where the text sits in a tall row: top, middle or bottom (the hosts' default); nothing for an
   * empty cell, where it shows nothing (the Office.js adapter sets it over the whole table at once).
   */
  vertical: string;
  numFmt: string | null;
  lines: string;
}

/** What the clerk sees of one cell, in one form for both hosts. */
type Reader = (r: number, c: number) => { own: Omit<Seen, 'lines'>; side: (s: Side) => string | undefined };

const hex = (argb: string | undefined): string => (argb ? argb.slice(-6).toUpperCase() : '');

/** A line is drawn on a side when the cell or its neighbour across that side has one there. */
function seen(read: Reader, r: number, c: number): Seen {
  const { own, side } = read(r, c);
  const lines = (['top', 'bottom', 'left', 'right'] as const)
    .map((s) => {
      const [dr, dc, other] = OPPOSITE[s];
      const line = side(s) ?? (r + dr >= 0 && c + dc >= 0 ? read(r + dr, c + dc).side(other) : undefined);
      return line ? `${s}:${line}` : '';
    })
    .filter(Boolean)
    .join(' ');
  return { ...own, lines };
}

function excelJsReader(ws: ExcelJS.Worksheet): Reader {
  return (r, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? hex(cell.fill.fgColor?.argb) : '';
    return {
      own: {
        bold: cell.font?.bold ?? false,
        italic: cell.font?.italic ?? false,
        size: cell.font?.size ?? 11,
        color: hex(cell.font?.color?.argb) || '000000',
        fill,
        center: cell.alignment?.horizontal === 'center',
        vertical: cell.value === null ? '' : cell.alignment?.vertical ?? 'bottom',
        numFmt: typeof cell.value === 'number' ? cell.numFmt || 'General' : null,
      },
      side: (s) => {
        const b = cell.border?.[s];
        return b?.style ? `${b.style}/${hex(b.color?.argb) || '000000'}` : undefined;
      },
    };
  };
}

function fakeReader(sheet: SheetModel): Reader {
  return (r, c) => {
    const cell = sheet.cell(r, c);
    const fmt = cell?.fmt ?? {};
    return {
      own: {
        bold: fmt.bold ?? false,
        italic: fmt.italic ?? false,
        size: fmt.size ?? 11,
        color: hex(fmt.color) || '000000',
        fill: hex(fmt.fill),
        center: fmt.hAlign === 'Center',
        vertical: cell?.v === null || cell?.v === undefined || cell.v === '' ? '' : ({ Top: 'top', Center: 'middle' } as Record<string, string>)[fmt.vAlign ?? ''] ?? 'bottom',
        numFmt: typeof cell?.v === 'number' ? cell.nf ?? 'General' : null,
      },
      side: (s) => {
        const b = fmt.borders?.[s];
        return b && b.style !== 'None' ? `${b.style === 'Continuous' && b.weight === 'Thin' ? 'thin' : `${b.style}/${b.weight}`}/${hex(b.color)}` : undefined;
      },
    };
  };
}

let report: Report;
let fromXlsx: ExcelJS.Workbook;
let fromOffice: ReturnType<typeof fakeFromSample>;

beforeAll(async () => {
  const bytes = await sampleToXlsx(POWER_PLANT);
  const input = await readXlsx(bytes);
  report = buildReport(assess(input), input, 'zh');
  fromXlsx = new ExcelJS.Workbook();
  await fromXlsx.xlsx.load((await writeXlsx(bytes, report)) as unknown as ExcelJS.Buffer);
  fromOffice = fakeFromSample(POWER_PLANT);
  await new ExcelPort(fakeRun(fromOffice), { sleep: () => Promise.resolve() }).write(report);
});

test('every result cell has the same lines, fill, font, alignment and number format from either adapter', () => {
  const looks = new Set<string>();
  for (const sheet of report.sheets) {
    const xlsx = excelJsReader(fromXlsx.getWorksheet(sheet.name)!);
    const office = fakeReader(fromOffice.book.find(sheet.name)!);
    const width = Math.max(...sheet.rows.map((row) => row.length));
    sheet.rows.forEach((row, r) => {
      for (let c = 0; c < width; c++) {
        const at = `${sheet.name}!${r},${c}`;
        expect({ at, ...seen(office, r, c) }).toEqual({ at, ...seen(xlsx, r, c) });
        if (row[c]?.style) looks.add(row[c].style!);
      }
    });
  }
  // The sample's results show every look that draws a line, so the comparison covers borders.
  expect([...looks]).toEqual(expect.arrayContaining(['header', 'subtotal', 'title', 'flagRed']));
});

test('a row whose message wraps keeps its other cells level with it: every cell centred up and down, none at the bottom', () => {
  const checks = report.sheets.find((s) => s.key === 'checks')!;
  const office = fakeReader(fromOffice.book.find(checks.name)!);
  const xlsx = excelJsReader(fromXlsx.getWorksheet(checks.name)!);
  const header = checks.rows.findIndex((row) => row.some((c) => c.style === 'header'));
  const body = checks.rows.findIndex((row, r) => r > header && row.some((c) => c.style === 'wrap'));
  expect(body).toBeGreaterThan(header);
  for (const read of [office, xlsx]) {
    // Severity, code, sheet, cell, unit and the message itself, and the header over them.
    for (const r of [header, body]) expect(checks.rows[r].map((_c, c) => read(r, c).own.vertical)).toEqual(checks.rows[r].map(() => 'middle'));
  }
  // The notices' 编号 and 计分 beside a wrapped 原因 too.
  const notices = report.sheets.find((s) => s.key === 'deductions')!;
  const row = notices.rows.findIndex((cells) => cells.some((c) => c.style === 'wrap') && cells.some((c) => typeof c.value === 'number'));
  expect(row).toBeGreaterThan(0);
  const read = fakeReader(fromOffice.book.find(notices.name)!);
  const filled = notices.rows[row].flatMap((c, i) => (c.value === null || c.value === '' ? [] : [i]));
  expect(filled.map((c) => read(row, c).own.vertical)).toEqual(filled.map(() => 'middle'));
});

test('the header and subtotal rows are lined in both, not merely alike in having none', () => {
  const totals = report.sheets[0];
  const headerRow = totals.rows.findIndex((row) => row.some((c) => c.style === 'header'));
  expect(seen(fakeReader(fromOffice.book.find(totals.name)!), headerRow, 0).lines).toBe('top:thin/8EA9DB bottom:thin/8EA9DB left:thin/8EA9DB right:thin/8EA9DB');
});

test('columns are as wide from either adapter', () => {
  let set = 0;
  for (const sheet of report.sheets) {
    const ws = fromXlsx.getWorksheet(sheet.name)!;
    const model = fromOffice.book.find(sheet.name)!;
    const width = Math.max(...sheet.rows.map((row) => row.length));
    for (let c = 0; c < width; c++) {
      const chars = ws.getColumn(c + 1).width;
      if (chars !== undefined) set++;
      expect({ at: `${sheet.name}:${c}`, points: model.widths.get(c) }).toEqual({ at: `${sheet.name}:${c}`, points: chars === undefined ? undefined : charsToPoints(chars) });
    }
  }
  expect(set).toBeGreaterThan(10);
});
