/**
 * A workbook at Excel's own row limit (1,048,576 rows) is refused at once with one clear line, in
 * little memory, on the command line (both hosts) and in the Office adapter; the limits themselves
 * (rows per sheet, cells per file, bytes per part) hold exactly where they are set.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { ExcelPort } from '../../src/workbook/excel/port';
import { FakeExcel } from '../../src/workbook/fake-excel';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { MARKER_SHEET, MAX_SHEET_ROWS } from '../../src/workbook/port';
import { checkXlsx, sampleToXlsx, XlsxReadError } from '../../src/workbook/xlsx';
import { measureXlsx, SIZE_LIMITS } from '../../src/workbook/xlsx/size';
import { recalcXlsx } from '../xlsx/recalc-helpers';
import { EXCEL_MAX_ROWS, longWorkbook } from '../xlsx/long-sheet';

jest.setTimeout(60_000);
const BIN = path.resolve(__dirname, '../../bin/kaoping.cjs');
const LIMIT = MAX_SHEET_ROWS.toLocaleString('en-US');

let dir: string;
let atLimit: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-limits-'));
  atLimit = path.join(dir, 'million.xlsx');
  fs.writeFileSync(atLimit, await longWorkbook(EXCEL_MAX_ROWS));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the command in-process, sampling the memory it takes above where it started. */
async function measured(args: string[]) {
  let err = '';
  const io: Io = { out: () => undefined, err: (t) => void (err += t), env: {}, cwd: dir };
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  const base = used();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, used() - base)), 5);
  const t = performance.now();
  try {
    const code = await run(args, io);
    peak = Math.max(peak, used() - base);
    return { code, err, ms: performance.now() - t, peakMB: peak / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

describe('an entries sheet at Excel’s row limit', () => {
  it.each([['xlsx'], ['excel-sim']])('is refused by kaoping recalc --host %s: exit 2, one line naming the sheet and the limit, fast and small', async (host) => {
    const r = await measured(['recalc', atLimit, '--host', host, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `kaoping: cannot read million.xlsx: the sheet "扣分记录" has more than ${LIMIT} rows, the most Kaoping reads in one sheet; delete the unused rows or split the records over several workbooks\n`,
    );
    expect(r.ms).toBeLessThan(10_000);
    // ExcelJS would take gigabytes for this sheet; the scan stops at the limit.
    expect(r.peakMB).toBeLessThan(300);
    expect(fs.existsSync(path.join(dir, 'million-results.xlsx'))).toBe(false);
  });

  it('is refused the same way by the bin, in Chinese and English', () => {
    const r = spawnSync(process.execPath, [BIN, 'recalc', atLimit], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, KAOPING_DEBUG: '', KAOPING_FROM_SOURCES: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`工作表“扣分记录”超过 ${LIMIT} 行`);
    expect(r.stderr).toContain(`the sheet "扣分记录" has more than ${LIMIT} rows`);
  });

  it('is refused by the Office adapter from the used range, before any cell is read', async () => {
    const fake = new FakeExcel();
    const log = fake.book.add('扣分记录', 'test');
    log.ensure(0, 0).v = '单位';
    log.ensure(EXCEL_MAX_ROWS - 1, 0).v = '一支部';
    const err = await new ExcelPort(fakeRun(fake), { apis: { notes: true, comments: true } }).read().catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ExcelHostError', code: 'SheetTooLong' });
    expect((err as { text: { zh: string; en: string } }).text.zh).toContain(`工作表“扣分记录”超过 ${LIMIT} 行`);
    expect((err as { text: { zh: string; en: string } }).text.en).toContain(`"扣分记录" has more than ${LIMIT} rows`);
    // Two syncs: the sheet list, then the used ranges; the million rows are never asked for.
    expect(fake.counters.syncs).toBe(2);
  });

  it('does not hold Kaoping’s own result sheets (listed in its marker) to the row limit in the Office adapter', async () => {
    const fake = new FakeExcel();
    fake.book.add('扣分记录', 'test').ensure(0, 0).v = '单位';
    const results = fake.book.add('结果-扣分明细', 'test');
    results.ensure(0, 0).v = '期间';
    results.ensure(MAX_SHEET_ROWS + 1, 0).v = '小计';
    const marker = fake.book.add(MARKER_SHEET, 'test');
    [['sheet', 'key', 'fingerprint'], ['结果-扣分明细', 'deductions', 'v1:0']].forEach((row, r) => row.forEach((v, c) => (marker.ensure(r, c).v = v)));
    const input = await new ExcelPort(fakeRun(fake)).read();
    expect(input.sheets.map((s) => s.name)).toEqual(['扣分记录', '结果-扣分明细']);
  });
});

describe('the size limits of an .xlsx', () => {
  it('take a sheet of exactly the limit and refuse one row more', async () => {
    const limits = { ...SIZE_LIMITS, sheetRows: 40 };
    expect(await measureXlsx(await longWorkbook(40), limits)).toBeUndefined();
    expect(await measureXlsx(await longWorkbook(41), limits)).toEqual({ limit: 'rows', sheet: '扣分记录', max: 40 });
  });

  it('count cells over the whole file and bytes per part', async () => {
    const file = await longWorkbook(100);
    expect(await measureXlsx(file, { ...SIZE_LIMITS, fileCells: 306 })).toBeUndefined();
    expect(await measureXlsx(file, { ...SIZE_LIMITS, fileCells: 305 })).toEqual({ limit: 'cells', sheet: '扣分记录', max: 305 });
    expect(await measureXlsx(file, { ...SIZE_LIMITS, partBytes: 4096 })).toEqual({ limit: 'bytes', sheet: '扣分记录', max: 4096 });
  });

  it('exempt the result sheets Kaoping’s marker lists from the row limit, not the clerk’s sheets', async () => {
    const { output, input } = await recalcXlsx(await sampleToXlsx(sampleByKey('villages')!));
    const longest = Math.max(...input.sheets.map((s) => s.rows.length));
    expect(await measureXlsx(output, { ...SIZE_LIMITS, sheetRows: longest })).toBeUndefined();
    expect(await measureXlsx(output, { ...SIZE_LIMITS, sheetRows: longest - 1 })).toMatchObject({ limit: 'rows' });
  });

  it('call a zip that does not open damaged, not an internal error', async () => {
    const file = await longWorkbook(10);
    const err = await checkXlsx(file.subarray(0, file.length - 30)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(XlsxReadError);
    expect((err as XlsxReadError).problem).toBe('damaged');
  });
});
