/** Files the command-line fuzzing found mishandled, kept as fixed cases, named after what broke. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { readXlsx } from '../../src/workbook/xlsx';
import { load } from '../xlsx/helpers';
import { buildWorkbook, type SheetSpec, type WorkbookSpec } from './random-workbook';

const sheet = (name: string, header: string[], rows: SheetSpec['rows'], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  title: undefined,
  header,
  rows,
  merges: [],
  hiddenRows: [],
  notes: [],
  formats: [],
  state: 'visible',
  ...extra,
});
const BASIC = [sheet('考评细则', ['编号', '栏目', '分值'], [['1.1', '党建', 10]]), sheet('扣分记录', ['单位', '编号', '扣分'], [['一支部', '1.1', 2]])];
const spec = (sheets: SheetSpec[], damage: WorkbookSpec['damage'] = { kind: 'none' }): WorkbookSpec => ({ sheets, date1904: false, damage });

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-fuzzed-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function recalc(bytes: Buffer, ...args: string[]) {
  const file = path.join(dir, 'in.xlsx');
  fs.writeFileSync(file, bytes);
  let err = '';
  const io: Io = { out: () => undefined, err: (t) => void (err += t), env: {}, cwd: dir };
  const lang = args.includes('--lang') ? [] : ['--lang', 'en'];
  const code = await run(['recalc', file, '-o', path.join(dir, 'out.xlsx'), ...lang, '--quiet', ...args], io);
  return { code, err, output: () => fs.readFileSync(path.join(dir, 'out.xlsx')) };
}

async function edit(bytes: Buffer, change: (zip: JSZip) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  change(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('files the fuzzing found', () => {
  afterEach(() => fs.rmSync(path.join(dir, 'out.xlsx'), { force: true }));

  it('a part whose local and central names differ: damaged, before it is read (the copy would lose the part ExcelJS found)', async () => {
    const bytes = await buildWorkbook(spec(BASIC));
    const central = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet2.xml'));
    const flipped = Buffer.from(bytes);
    flipped[central + 3] = 'v'.charCodeAt(0);
    const r = await recalc(flipped);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/^kaoping: cannot read in\.xlsx: the file is damaged; .*\(for whoever looks into it: .*another name in its local header\)\n$/) });
  });

  it('a central record whose local-header offset points past the end: damaged, not Node\'s out-of-range error', async () => {
    const bytes = await buildWorkbook(spec(BASIC));
    const flipped = Buffer.from(bytes);
    // The last central record's local-header offset (46-byte record, offset field at 42).
    const central = flipped.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    flipped.writeUInt32LE(flipped.length + 100, central + 42);
    const r = await recalc(flipped);
    expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/^kaoping: cannot read in\.xlsx: the file is damaged; .*\(for whoever looks into it: .*points past the end.*\)\n$/) });
    // In Chinese the reason and what to do are Chinese; the English detail comes last, for whoever looks into it.
    const zh = await recalc(flipped, '--lang', 'zh');
    expect(zh.err).toMatch(/^kaoping: 无法读取 in\.xlsx：文件已损坏；请用备份或从原来的程序重新导出后再试（供技术人员排查：.*points past the end.*）\n$/);
  });

  it('a damaged directory whose names hold line breaks: still one line', async () => {
    const bytes = await buildWorkbook(spec(BASIC));
    const central = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet2.xml'));
    const broken = Buffer.from(bytes);
    broken[central + 2] = 0x0a;
    broken[central + 5] = 0x0d;
    const r = await recalc(broken);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kaoping: cannot read in\.xlsx: the file is damaged; .*\(for whoever looks into it: .*xl\?wo\?ksheets\/sheet2\.xml.*\)\n$/);
  });

  it.each([['xlsx'], ['excel-sim']])('an empty [Content_Types].xml through --host %s: a layout to re-save, not an internal error', async (host) => {
    const bytes = await edit(await buildWorkbook(spec(BASIC)), (zip) => zip.file('[Content_Types].xml', ''));
    const r = await recalc(bytes, '--host', host);
    expect(r.err).not.toMatch(/internal error/);
    if (r.code === 2) expect(r.err).toMatch(/^kaoping: cannot read in\.xlsx: (its inner layout is not a common one|the file is damaged)/);
    else expect((await load(r.output())).worksheets.length).toBeGreaterThan(2);
  });

  it('an empty docProps/app.xml through --host excel-sim: ExcelJS stops on it, so the in-memory Excel opens the reading copy and scores as the xlsx host', async () => {
    const bytes = await edit(await buildWorkbook(spec(BASIC)), (zip) => zip.file('docProps/app.xml', ''));
    const sim = await recalc(bytes, '--host', 'excel-sim', '--json', path.join(dir, 'sim.json'));
    const simJson = fs.readFileSync(path.join(dir, 'sim.json'), 'utf8');
    const xlsx = await recalc(bytes, '--json', path.join(dir, 'xlsx.json'));
    // The simulated host adds its round-trip counters on stderr, and nothing else.
    expect([sim.code, sim.err.replace(/^syncs=\d+ requestBytes=\d+ maxRequestBytes=\d+\n/m, '')]).toEqual([xlsx.code, xlsx.err]);
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(simJson).results).toEqual(JSON.parse(fs.readFileSync(path.join(dir, 'xlsx.json'), 'utf8')).results);
    expect(JSON.parse(simJson).results.length).toBeGreaterThan(0);
  });

  it.each([['xlsx'], ['excel-sim']])('a visible _kaoping sheet of the clerk’s, with merged cells, through --host %s: the marker comes out very hidden and whole', async (host) => {
    const bytes = await buildWorkbook(spec([...BASIC, sheet('_kaoping', [], [['x', 'y'], ['z']], { merges: [0] })]));
    const r = await recalc(bytes, '--host', host);
    expect(r.code).toBe(0);
    const out = r.output();
    expect((await load(out)).getWorksheet('_kaoping')?.state).toBe('veryHidden');
    expect((await readXlsx(out)).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Checks', 'Results-Trends']);
  });

  it.each([['xlsx'], ['excel-sim']])('a cap of 9007199254740991 through --host %s: totals past 15 digits, rounded by Excel, leave every result sheet Kaoping’s own', async (host) => {
    const bytes = await buildWorkbook(spec([sheet('考评细则', ['编号', '栏目', '分值'], [['1.1', '党建', Number.MAX_SAFE_INTEGER]]), BASIC[1]]));
    const r = await recalc(bytes, '--host', host);
    expect(r.code).toBe(0);
    expect((await readXlsx(r.output())).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Checks', 'Results-Trends']);
  });
});

describe('the bin', () => {
  it('ends with exit 2 and one line, not a quiet exit 0, if a library leaves the command’s promise unsettled', () => {
    // Stands in for a library whose promise never settles (nothing left to run, no result).
    const stub = path.join(dir, 'never.cjs');
    fs.writeFileSync(
      stub,
      `const M = require('node:module'); const load = M._load;
       M._load = function (req) { return /[\\\\/]main(\\.ts)?$/.test(String(req)) ? { run: () => new Promise(() => {}) } : load.apply(this, arguments); };`,
    );
    const r = spawnSync(process.execPath, ['-r', stub, path.resolve(__dirname, '../../bin/kaoping.cjs'), 'recalc', 'x.xlsx'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, KAOPING_FROM_SOURCES: '1' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kaoping: 内部错误：命令未完成就停止了 / internal error: the command stopped before it finished\n');
  });
});
