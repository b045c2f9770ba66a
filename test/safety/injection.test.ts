/**
 * Formula injection, table-driven: every kind of clerk text Kaoping copies into a result sheet
 * (reasons, unit, item, zone and category names, period labels, ids, inspectors, dates written as
 * text, sources, finding messages that quote a cell or name a sheet), starting with =, +, -, @, a tab
 * or a carriage return, is stored as the text it is:
 *   - in Excel after ExcelPort.write (the in-memory Excel: a value of type string, no formula);
 *   - in the .xlsx the command line writes, and in the one `--host excel-sim` saves (no <f> element,
 *     ExcelJS reads a string);
 *   - in LibreOffice, which shows the text literally when it converts the file to CSV.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { recalcExcelSim } from '../../src/cli/excel-sim';
import { assess, buildReport } from '../../src/engine';
import type { Report } from '../../src/engine/types';
import { ExcelPort } from '../../src/workbook/excel/port';
import { fakeFromSample } from '../../src/workbook/excel/testing';
import type { FakeExcel } from '../../src/workbook/fake-excel';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { load, sheetXml } from '../xlsx/helpers';
import { recalcXlsx } from '../xlsx/recalc-helpers';
import { findSoffice, viaLibreOffice } from '../xlsx/soffice';
import { APPLIES, hostile, injectionWorkbook, KINDS, PREFIXES, token, type Kind } from './injection-workbook';

jest.setTimeout(180_000);
const SKIP_LO = process.env.KAOPING_SKIP_LIBREOFFICE === '1';

interface Written {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Every report cell whose text carries the token. */
function writtenWith(report: Report, tok: string): Written[] {
  const out: Written[] = [];
  for (const s of report.sheets) {
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (typeof c.value === 'string' && c.value.includes(tok)) out.push({ sheet: s.name, row: r, col, text: c.value });
      }),
    );
  }
  return out;
}

let report: Report;
let fake: FakeExcel;
const files: Record<'kaoping recalc' | '--host excel-sim', { report: Report; book: ExcelJS.Workbook; xml: Map<string, string> }> = {} as never;
let csv: Map<string, string[][]> | undefined;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-inject-'));
  const sample = injectionWorkbook();
  const bytes = await sampleToXlsx(sample);

  fake = fakeFromSample(sample);
  const port = new ExcelPort(fakeRun(fake));
  const input = await port.read();
  report = buildReport(assess(input), input, 'zh');
  await port.write(report);

  const plain = await recalcXlsx(bytes);
  const sim = await recalcExcelSim(bytes, 'zh');
  if (!sim.report || !sim.output) throw new Error('excel-sim scored nothing');
  for (const [name, r, out] of [['kaoping recalc', plain.report, plain.output] as const, ['--host excel-sim', sim.report, sim.output] as const]) {
    const xml = new Map<string, string>();
    for (const s of r.sheets) xml.set(s.name, await sheetXml(out, s.name));
    files[name] = { report: r, book: await load(out), xml };
  }

  const soffice = findSoffice();
  if (soffice) {
    const file = path.join(dir, 'inject.xlsx');
    fs.writeFileSync(file, plain.output);
    csv = viaLibreOffice(soffice, file);
  } else if (!SKIP_LO) throw new Error('LibreOffice (soffice) is missing; set KAOPING_SKIP_LIBREOFFICE=1 to skip');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('has LibreOffice’s view of every result sheet', () => {
  if (SKIP_LO && !csv) return;
  expect([...(csv?.keys() ?? [])]).toEqual(expect.arrayContaining(report.sheets.map((s) => s.name)));
});

const CASES = KINDS.flatMap((kind) => PREFIXES.filter((p) => APPLIES(kind, p)).map((p) => [kind, p, JSON.stringify(p)] as [Kind, string, string]));
/** Kinds written into a cell of their own (not quoted inside a message). */
const BARE = (kind: Kind) => !kind.startsWith('finding quoting');

describe.each(CASES)('%s starting with %s', (kind, prefix, _shown) => {
  const tok = token(kind, prefix);

  it('reaches a result sheet, at the start of a cell where it is a cell of its own', () => {
    const cells = writtenWith(report, tok);
    expect(cells.length).toBeGreaterThan(0);
    // Names and labels are trimmed when read, so a leading tab or CR goes, leaving the = after it.
    const start = /[\t\r]/.test(prefix) ? /^[\t\r]?=/ : new RegExp(`^\\${prefix}`);
    if (BARE(kind)) expect(cells.some((c) => start.test(c.text))).toBe(true);
    else expect(cells.some((c) => c.text.includes(hostile(kind, prefix).trim()))).toBe(true);
  });

  it('is a string, not a formula, in Excel after ExcelPort.write', () => {
    for (const c of writtenWith(report, tok)) {
      const cell = fake.book.find(c.sheet)?.cell(c.row, c.col);
      expect([c.sheet, c.row, c.col, cell?.f, typeof cell?.v, cell?.v]).toEqual([c.sheet, c.row, c.col, undefined, 'string', c.text]);
    }
  });

  it.each([['kaoping recalc'], ['--host excel-sim']] as const)('is a string, not a formula, in the .xlsx written by %s', (how) => {
    const f = files[how];
    for (const c of writtenWith(f.report, tok)) {
      expect(f.xml.get(c.sheet)).not.toMatch(/<(\w+:)?f[\s>/]/);
      const cell = f.book.getWorksheet(c.sheet)!.getCell(c.row + 1, c.col + 1);
      expect([c.sheet, c.row, c.col, cell.type, cell.value]).toEqual([c.sheet, c.row, c.col, ExcelJS.ValueType.String, c.text]);
    }
  });

  it('is shown literally by LibreOffice', () => {
    if (!csv) return;
    for (const c of writtenWith(report, tok)) expect([c.sheet, c.row, c.col, csv.get(c.sheet)?.[c.row]?.[c.col]]).toEqual([c.sheet, c.row, c.col, c.text]);
  });
});
