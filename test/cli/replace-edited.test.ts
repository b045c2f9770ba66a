/** `kaoping recalc` on a workbook whose result sheet the clerk edited: beside by default, said on stderr; --replace-edited overwrites it. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { load, toBuffer } from '../xlsx/helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-edited-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function kaoping(...args: string[]) {
  let err = '';
  const io: Io = { out: () => undefined, err: (t) => void (err += t), env: {}, cwd: dir };
  return { code: await run(args, io), err };
}

const names = async (file: string) => (await load(fs.readFileSync(path.join(dir, file)))).worksheets.map((w) => w.name);

it('writes beside an edited 结果-总分 with a line saying so, and replaces it with --replace-edited', async () => {
  fs.writeFileSync(path.join(dir, 'v.xlsx'), await sampleToXlsx(sampleByKey('villages')!));
  expect((await kaoping('recalc', 'v.xlsx', '--in-place', '--quiet')).code).toBe(0);
  const wb = await load(fs.readFileSync(path.join(dir, 'v.xlsx')));
  wb.getWorksheet('结果-总分')!.getCell('C2').value = '改过的单位名';
  fs.writeFileSync(path.join(dir, 'v.xlsx'), await toBuffer(wb));

  const beside = await kaoping('recalc', 'v.xlsx', '-o', 'beside.xlsx', '--lang', 'zh');
  expect(beside.code).toBe(0);
  expect(beside.err).toContain('“结果-总分”已被手工修改');
  expect(beside.err).toContain('--replace-edited');
  expect(await names('beside.xlsx')).toContain('结果-总分 (2)');

  const replaced = await kaoping('recalc', 'beside.xlsx', '-o', 'replaced.xlsx', '--lang', 'zh', '--replace-edited');
  expect(replaced.code).toBe(0);
  expect(replaced.err).toContain('已按您的选择被本次结果替换');
  expect(await names('replaced.xlsx')).not.toContain('结果-总分 (2)');
  const totals = (await load(fs.readFileSync(path.join(dir, 'replaced.xlsx')))).getWorksheet('结果-总分')!;
  expect(totals.getCell('C2').value).not.toBe('改过的单位名');
});

it('does the same through the add-in’s Office.js path (--host excel-sim)', async () => {
  fs.writeFileSync(path.join(dir, 's.xlsx'), await sampleToXlsx(sampleByKey('villages')!));
  expect((await kaoping('recalc', 's.xlsx', '--in-place', '--quiet', '--host', 'excel-sim')).code).toBe(0);
  const wb = await load(fs.readFileSync(path.join(dir, 's.xlsx')));
  wb.getWorksheet('结果-总分')!.getCell('C2').value = '改过的单位名';
  fs.writeFileSync(path.join(dir, 's.xlsx'), await toBuffer(wb));
  const beside = await kaoping('recalc', 's.xlsx', '-o', 's-beside.xlsx', '--lang', 'zh', '--host', 'excel-sim');
  expect(beside.err).toContain('“结果-总分”已被手工修改');
  expect(await names('s-beside.xlsx')).toContain('结果-总分 (2)');
  const replaced = await kaoping('recalc', 's-beside.xlsx', '-o', 's-replaced.xlsx', '--lang', 'zh', '--host', 'excel-sim', '--replace-edited');
  expect(replaced.code).toBe(0);
  expect(await names('s-replaced.xlsx')).not.toContain('结果-总分 (2)');
});
