/**
 * The output's extension follows the workbook's content type: Excel opens neither a macro-enabled
 * workbook named .xlsx nor a plain one named .xlsm. And a read ExcelJS fails never shows its message.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { excelJsLoadError, workbookExtension } from '../../src/workbook/xlsx';
import { buildPackage, STANDARD } from './corpus/build';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-ext-'));
  fs.writeFileSync(path.join(dir, 'macro.xlsm'), buildPackage({ ...STANDARD, macro: true }));
  fs.writeFileSync(path.join(dir, 'misnamed.xlsx'), buildPackage({ ...STANDARD, macro: true }));
  fs.writeFileSync(path.join(dir, 'plain.xlsx'), buildPackage(STANDARD));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function kaoping(...args: string[]) {
  let err = '';
  const io: Io = { out: () => undefined, err: (t) => void (err += t), env: {}, cwd: dir };
  const code = await run(args, io);
  return { code, err };
}

describe('the output extension', () => {
  it('is told from the workbook part’s content type', async () => {
    expect(await workbookExtension(buildPackage({ ...STANDARD, macro: true }))).toBe('.xlsm');
    expect(await workbookExtension(buildPackage(STANDARD))).toBe('.xlsx');
    expect(await workbookExtension(Buffer.from('not a zip'))).toBeUndefined();
  });

  it('stays .xlsm for a macro-enabled workbook by default, even one misnamed .xlsx', async () => {
    expect((await kaoping('recalc', 'macro.xlsm', '--quiet')).code).not.toBe(2);
    expect(fs.existsSync(path.join(dir, 'macro-结果.xlsm'))).toBe(true);
    expect((await kaoping('recalc', 'misnamed.xlsx', '--quiet')).code).not.toBe(2);
    expect(fs.existsSync(path.join(dir, 'misnamed-结果.xlsm'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'misnamed-结果.xlsx'))).toBe(false);
  });

  it.each([
    ['macro.xlsm', 'out.xlsx', '.xlsm'],
    ['plain.xlsx', 'out.xlsm', '.xlsx'],
  ])('refuses %s -o %s, saying which extension it must be, and writes nothing', async (input, output, wanted) => {
    const r = await kaoping('recalc', input, '-o', output);
    expect(r.code).toBe(2);
    expect(r.err).toContain(wanted);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, output))).toBe(false);
  });
});

describe('a workbook ExcelJS cannot read', () => {
  it('is not called damaged, and the message does not show ExcelJS’s own text', () => {
    const e = excelJsLoadError(new TypeError("Cannot read properties of undefined (reading 'comments')"));
    expect(e.problem).toBe('unsupported');
    expect(e.message).not.toMatch(/Cannot read|undefined|comments/);
  });
});
