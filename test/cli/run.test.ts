/** The command line in-process: argument errors, messages by language, template and demo. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { load } from '../xlsx/helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-run-'));
  fs.writeFileSync(path.join(dir, 'a.xlsx'), 'not really');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function kaoping(...args: string[]) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: dir };
  const code = await run(args, io);
  return { code, out, err };
}

describe('kaoping in-process', () => {
  it.each([
    [['recalc']],
    [['recalc', 'missing.xlsx']],
    [['recalc', 'a.xlsx', '--lang', 'fr']],
    [['recalc', 'a.xlsx', '-o', 'a.xlsx']],
    [['recalc', 'a.xlsx', '--in-place', '-o', 'b.xlsx']],
    [['recalc', 'a.xlsx', '--sheet', 'nonsense']],
    [['recalc', 'a.xlsx', '--bogus']],
    [['frobnicate']],
  ])('%j fails with one line and exit 2', async (args) => {
    const r = await kaoping(...args);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^kaoping: /);
  });

  it('speaks one language when --lang picks it, both otherwise', async () => {
    expect((await kaoping('recalc', 'missing.xlsx')).err).toMatch(/找不到文件 .* \/ file not found/);
    expect((await kaoping('recalc', 'missing.xlsx', '--lang', 'en')).err).toMatch(/^kaoping: file not found: /);
    expect((await kaoping('recalc', 'missing.xlsx', '--lang', 'zh')).err).toMatch(/^kaoping: 找不到文件 \S+\n$/);
  });

  it('writes a blank English template with the input sheets, headers and dropdowns', async () => {
    expect((await kaoping('template', 'en.xlsx', '--lang', 'en', '--quiet')).code).toBe(0);
    const wb = await load(fs.readFileSync(path.join(dir, 'en.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rubric', 'Categories', 'Units', 'Entries', 'Periods', 'Sources', 'Settings']);
    const rubric = wb.getWorksheet('Rubric')!;
    expect(rubric.getRow(1).values).toEqual([undefined, 'ID', 'Category', 'Item', 'Points', 'Per occurrence', 'Kind', 'Standard', 'Method', 'Scale', 'Target']);
    expect(rubric.getCell('F2').dataValidation).toMatchObject({ type: 'list', formulae: ['"deduct,progressive,score,scaled,rate,bonus,veto"'] });
    expect(wb.getWorksheet('Sources')!.getRow(1).values).toEqual([undefined, 'Source', 'Weight', 'Use']);
    expect(wb.getWorksheet('Sources')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Score,Compare"'] });
    const entries = wb.getWorksheet('Entries')!;
    expect(entries.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: ["'Units'!$A$2:$A$2001"] });
    expect(entries.getCell('C5').dataValidation).toMatchObject({ type: 'list', formulae: ["'Rubric'!$A$2:$A$2001"] });
  });

  it('fills a template from an example, with its dropdowns, and never overwrites without --force', async () => {
    expect((await kaoping('template', 'ex.xlsx', '--example', 'power-plant', '--quiet')).code).toBe(0);
    const wb = await load(fs.readFileSync(path.join(dir, 'ex.xlsx')));
    const rubric = wb.getWorksheet('考评细则')!;
    const header = [1, 2, 3].find((r) => rubric.getRow(r).values.toString().includes('编号'))!;
    const kindCol = (rubric.getRow(header).values as unknown[]).indexOf('类型');
    expect(kindCol).toBeGreaterThan(0);
    expect(rubric.getCell(header + 1, kindCol).dataValidation).toMatchObject({ type: 'list' });
    expect((await kaoping('template', 'ex.xlsx', '--quiet')).code).toBe(2);
    expect((await kaoping('template', 'ex.xlsx', '--quiet', '--force')).code).toBe(0);
    expect((await kaoping('template', 'ex2.xlsx', '--example', 'nope')).code).toBe(2);
  });

  it('takes the sheet of a role from --sheet role=name (none for no sheet)', async () => {
    fs.copyFileSync(path.resolve(__dirname, '../../seeds/power-plant.xlsx'), path.join(dir, 'pp.xlsx'));
    const r = await kaoping('recalc', 'pp.xlsx', '--sheet', 'units=none', '--json', '-', '--quiet');
    expect(r.code).toBe(0);
    const zones = new Set(JSON.parse(r.out).results.map((x: { zone: string }) => x.zone));
    expect([...zones]).toEqual(['全部']);
    expect((await kaoping('recalc', 'pp.xlsx', '--sheet', 'units=不存在', '--quiet')).code).toBe(2);
  });

  it('runs the add-in path with --host excel-sim, to the same JSON, and reports its round trips', async () => {
    fs.copyFileSync(path.resolve(__dirname, '../../seeds/power-plant.xlsx'), path.join(dir, 'sim.xlsx'));
    const plain = await kaoping('recalc', 'sim.xlsx', '-o', 'sim-a.xlsx', '--json', '-', '--quiet');
    const sim = await kaoping('recalc', 'sim.xlsx', '-o', 'sim-b.xlsx', '--json', '-', '--host', 'excel-sim', '--lang', 'zh');
    expect(sim.code).toBe(0);
    expect(JSON.parse(sim.out)).toEqual(JSON.parse(plain.out));
    expect(sim.err).toMatch(/^syncs=\d+ requestBytes=\d+ maxRequestBytes=\d+$/m);
    expect((await kaoping('recalc', 'sim.xlsx', '--host', 'excel')).code).toBe(2);
  });

  it('runs the demo: rankings aligned by display width, findings counted', async () => {
    const r = await kaoping('demo', '--quiet', '-o', 'demo.xlsx');
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'demo.xlsx'))).toBe(true);
    expect(r.out).toMatch(/校验：错误 \d+，警告 \d+，提示 \d+/);
    const table = r.out.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(table.length).toBeGreaterThan(10);
  });
});
