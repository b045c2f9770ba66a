/** The kaoping command as a clerk runs it: spawned through its bin, files in a scratch folder. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { clerkWorkbook } from '../xlsx/fixtures';

const BIN = path.resolve(__dirname, '../../bin/kaoping.cjs');
jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-cli-'));
  fs.writeFileSync(path.join(dir, '电厂.xlsx'), await sampleToXlsx(sampleByKey('power-plant')!));
  fs.writeFileSync(path.join(dir, 'errors.xlsx'), await clerkWorkbook());
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a workbook');
  const noRubric = { key: 'no-rubric', title: { zh: '无细则', en: 'No rubric' }, description: { zh: '', en: '' }, source: '', sheets: [{ name: '说明', rows: [['这里没有细则']] }] };
  fs.writeFileSync(path.join(dir, 'no-rubric.xlsx'), await sampleToXlsx(noRubric));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function kaoping(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, KAOPING_DEBUG: '', KAOPING_FROM_SOURCES: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const bytes = (name: string) => fs.readFileSync(path.join(dir, name));
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('kaoping recalc', () => {
  it('exits 0 for a workbook scored without errors, writes <in>-结果.xlsx and leaves the input as it was', () => {
    const before = bytes('电厂.xlsx');
    const r = kaoping('recalc', '电厂.xlsx');
    expect(r.code).toBe(0);
    expect(bytes('电厂.xlsx').equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, '电厂-结果.xlsx'))).toBe(true);
    expect(r.err).toMatch(/读取：\d+ 个工作表/);
    expect(r.err).toMatch(/写入：5 个结果表/);
  });

  it('prints the contract JSON to stdout with --json -, and nothing on stderr with --quiet', () => {
    const r = kaoping('recalc', '电厂.xlsx', '--json', '-', '--quiet', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(fs.existsSync(path.join(dir, '电厂-results.xlsx'))).toBe(true);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['periods', 'results', 'composite', 'issues', 'compare', 'pay', 'rectification']);
    expect(Object.keys(j.results[0]).sort()).toEqual(
      ['period', 'unit', 'zone', 'categories', 'base', 'bonus', 'total', 'coefficient', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag', 'rankChange'].sort(),
    );
    expect(Object.keys(j.composite[0]).sort()).toEqual(['unit', 'zone', 'total', 'rankScore', 'vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag', 'rankChange'].sort());
    expect(Object.keys(j.issues[0]).sort()).toEqual(['severity', 'code', 'sheet', 'cell', 'message'].sort());
    expect(j.periods.length).toBeGreaterThanOrEqual(2);
    expect(typeof j.issues[0].message).toBe('string');
  });

  it('exits 1 when the workbook scores with errors, still writing the results and the JSON file', () => {
    const before = bytes('errors.xlsx');
    const r = kaoping('recalc', 'errors.xlsx', '-o', 'out/e.xlsx', '--json', 'out/e.json');
    expect(r.code).toBe(1);
    noStack(r.err);
    expect(bytes('errors.xlsx').equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'out/e.xlsx'))).toBe(true);
    expect(JSON.parse(bytes('out/e.json').toString('utf8')).issues.some((i: { severity: string }) => i.severity === 'error')).toBe(true);
  });

  it('exits 2 with a one-line reason when nothing can be scored', () => {
    const n = kaoping('recalc', 'notes.txt');
    expect(n.code).toBe(2);
    expect(n.err.trim().split('\n')).toHaveLength(1);
    // A text file is named as one, with what to do; an unknown kind is told to be saved as .xlsx;
    // WPS's own .et (an .xls-like container) is told to be saved as .xlsx from WPS.
    expect(n.err).toContain('这是文本（CSV）文件');
    noStack(n.err);
    fs.writeFileSync(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const j = kaoping('recalc', 'photo.jpg');
    expect([j.code, j.err.includes('不是 .xlsx 工作簿；请选择 .xlsx 文件'), j.err.includes('choose an .xlsx file')]).toEqual([2, true, true]);
    fs.writeFileSync(path.join(dir, '考评.et'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const et = kaoping('recalc', '考评.et');
    expect([et.code, et.err.includes('WPS 表格自己的 .et 文件'), et.err.includes('a WPS Spreadsheets .et file')]).toEqual([2, true, true]);
    // A file of no bytes (a copy cut off) is said to be empty, not to be the wrong kind of file.
    fs.writeFileSync(path.join(dir, 'empty.xlsx'), '');
    const e = kaoping('recalc', 'empty.xlsx');
    expect([e.code, e.err.trim().split('\n').length]).toEqual([2, 1]);
    expect(e.err).toContain('文件是空的（0 字节）');
    expect(e.err).toContain('the file is empty (0 bytes)');
    // A template's example row scores; a workbook without a rubric does not.
    const t = kaoping('template', 'blank.xlsx', '--quiet');
    expect(t.code).toBe(0);
    expect(kaoping('recalc', 'blank.xlsx', '--quiet').code).toBe(0);
    const r = kaoping('recalc', 'no-rubric.xlsx', '--quiet');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法计分/);
    expect(fs.existsSync(path.join(dir, 'no-rubric-结果.xlsx'))).toBe(false);
  });

  it('rewrites the input only with --in-place, keeping the original as .bak', () => {
    fs.copyFileSync(path.join(dir, '电厂.xlsx'), path.join(dir, 'inplace.xlsx'));
    const before = bytes('inplace.xlsx');
    const r = kaoping('recalc', 'inplace.xlsx', '--in-place', '--quiet');
    expect(r.code).toBe(0);
    expect(bytes('inplace.xlsx.bak').equals(before)).toBe(true);
    expect(bytes('inplace.xlsx').equals(before)).toBe(false);
  });
});
