/**
 * The command as it is shipped: `npm pack` builds dist/cli/kaoping.cjs first (prepack) and packs it
 * with bin/kaoping.cjs. The package is unpacked into a scratch folder where no node_modules can be
 * found, as on a server it was copied to, and run there; every answer must be the sources' own, byte
 * for byte: the same files, the same JSON, the same lines and the same exit codes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { clerkWorkbook } from '../xlsx/fixtures';
import { sampleToXlsx } from '../../src/workbook/xlsx';

const ROOT = path.resolve(__dirname, '../..');
// npm pack builds the bundle (about 10 s alone, longer on a loaded machine) before it packs.
jest.setTimeout(180_000);

interface Answer {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

let dir: string;
let listing: { readonly path: string }[];
let packedManifest: { dependencies?: Record<string, string>; bin?: Record<string, string> };
const FROM_SOURCES = 'sources';
const FROM_PACKAGE = 'packed';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-packed-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  if (pack.status !== 0) throw new Error(`npm pack failed (${pack.status}): ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  listing = packed.files;
  const tar = spawnSync('tar', ['-xzf', path.join(dir, packed.filename), '-C', dir], { encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  packedManifest = JSON.parse(fs.readFileSync(path.join(dir, 'package', 'package.json'), 'utf8'));

  const noRubric = { key: 'no-rubric', title: { zh: '无细则', en: 'No rubric' }, description: { zh: '', en: '' }, source: '', sheets: [{ name: '说明', rows: [['这里没有细则']] }] };
  const inputs: [string, Uint8Array][] = [
    ['电厂.xlsx', fs.readFileSync(path.join(ROOT, 'seeds', 'power-plant.xlsx'))],
    ['errors.xlsx', await clerkWorkbook()],
    ['no-rubric.xlsx', await sampleToXlsx(noRubric)],
    ['notes.txt', Buffer.from('not a workbook')],
  ];
  for (const where of [FROM_SOURCES, FROM_PACKAGE]) {
    fs.mkdirSync(path.join(dir, where));
    for (const [name, bytes] of inputs) fs.writeFileSync(path.join(dir, where, name), bytes);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Paths and timings are the only words that may differ between two runs in two folders. */
function same(text: string, where: string): string {
  return text
    .split(path.join(dir, where))
    .join('<dir>')
    .replace(/\d+(\.\d+)? ?(秒|s)([)）])/g, '<t>$3');
}

/** The sources, in this process: the `run` that the bundle was built from. */
async function sources(...args: string[]): Promise<Answer> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: path.join(dir, FROM_SOURCES) });
  return { code, out: same(out, FROM_SOURCES), err: same(err, FROM_SOURCES) };
}

/** The unpacked package's bin, in a process of its own, as a clerk's server runs it. */
function packed(...args: string[]): Answer {
  const env: NodeJS.ProcessEnv = { ...process.env, KAOPING_DEBUG: '' };
  delete env.KAOPING_FROM_SOURCES;
  delete env.NODE_PATH;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [path.join(dir, 'package', 'bin', 'kaoping.cjs'), ...args], { cwd: path.join(dir, FROM_PACKAGE), encoding: 'utf8', env });
  return { code: r.status, out: same(r.stdout, FROM_PACKAGE), err: same(r.stderr, FROM_PACKAGE) };
}

const bytes = (where: string, name: string) => fs.readFileSync(path.join(dir, where, name));

/** Both runs wrote the same file under `name`, byte for byte. */
function sameFile(name: string): void {
  const a = bytes(FROM_SOURCES, name);
  const b = bytes(FROM_PACKAGE, name);
  expect(b.length).toBeGreaterThan(0);
  expect(b.equals(a)).toBe(true);
}

/**
 * Both runs wrote the same workbook: the same parts in the same order, each byte for byte (compared by
 * hash). The zip stamps each part it writes with the time of writing, so the files themselves differ
 * by the second.
 */
async function sameWorkbook(name: string, except: readonly string[] = []): Promise<void> {
  const parts = async (where: string) => {
    const zip = await JSZip.loadAsync(bytes(where, name));
    const names = Object.keys(zip.files).filter((n) => !except.includes(n));
    return Promise.all(names.map(async (n) => [n, createHash('sha256').update(await zip.files[n].async('uint8array')).digest('hex')]));
  };
  const want = await parts(FROM_SOURCES);
  expect(want.length).toBeGreaterThan(5);
  expect(await parts(FROM_PACKAGE)).toEqual(want);
}

describe('npm pack', () => {
  it('ships the bin and the bundle with its source map, and no sources, tests or samples', () => {
    const files = listing.map((f) => f.path).sort();
    expect(files).toEqual(expect.arrayContaining(['bin/kaoping.cjs', 'dist/cli/kaoping.cjs', 'dist/cli/kaoping.cjs.map', 'package.json']));
    expect(files.filter((f) => /(^|\/)(src|test|seeds|scripts|node_modules)\/|\.test\.|\.tsx?$|\.xlsx$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cli/'))).toEqual([]);
  });

  it('needs nothing from the registry to install: every library is inside the bundle', () => {
    expect(packedManifest.bin).toEqual({ kaoping: 'bin/kaoping.cjs' });
    expect(packedManifest.dependencies ?? {}).toEqual({});
    // Nothing the bundle could lean on is reachable from the unpacked package.
    for (const lib of ['exceljs', 'decimal.js', 'numfmt', 'tsx']) expect(() => require.resolve(lib, { paths: [path.join(dir, 'package')] })).toThrow();
    expect(fs.existsSync(path.join(dir, 'package', 'src'))).toBe(false);
  });

  it('a bin copied without its bundle says what is missing and what to run, in one line, exit 2', () => {
    const lone = path.join(dir, 'lone', 'bin');
    fs.mkdirSync(lone, { recursive: true });
    fs.copyFileSync(path.join(dir, 'package', 'bin', 'kaoping.cjs'), path.join(lone, 'kaoping.cjs'));
    const r = spawnSync(process.execPath, [path.join(lone, 'kaoping.cjs'), '--help'], { encoding: 'utf8', env: { ...process.env, KAOPING_DEBUG: '', KAOPING_FROM_SOURCES: '' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kaoping: 未找到 dist\/cli\/kaoping\.cjs.*npm run build:cli.* \/ dist\/cli\/kaoping\.cjs is missing.*npm run build:cli.*\n$/);
  });
  it('a bundle that cannot be loaded (damaged in the copy) is named, with what to do, in one line, exit 2', () => {
    const damaged = path.join(dir, 'damaged');
    fs.mkdirSync(path.join(damaged, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(damaged, 'dist', 'cli'), { recursive: true });
    fs.copyFileSync(path.join(dir, 'package', 'bin', 'kaoping.cjs'), path.join(damaged, 'bin', 'kaoping.cjs'));
    const whole = fs.readFileSync(path.join(dir, 'package', 'dist', 'cli', 'kaoping.cjs'), 'utf8');
    fs.writeFileSync(path.join(damaged, 'dist', 'cli', 'kaoping.cjs'), whole.slice(0, Math.floor(whole.length / 2)));
    const r = spawnSync(process.execPath, [path.join(damaged, 'bin', 'kaoping.cjs'), '--help'], { encoding: 'utf8', env: { ...process.env, KAOPING_DEBUG: '', KAOPING_FROM_SOURCES: '' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kaoping: dist\/cli\/kaoping\.cjs 无法加载.*npm run build:cli.* \/ dist\/cli\/kaoping\.cjs could not be loaded.*\n$/);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});

describe('the bundled command answers as the sources do', () => {
  it('recalc on a sample: exit 0, the same result workbook, the same JSON file and the same progress lines', async () => {
    const args = ['recalc', '电厂.xlsx', '-o', 'out/结果.xlsx', '--json', 'out/结果.json'];
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    await sameWorkbook('out/结果.xlsx');
    sameFile('out/结果.json');
  });

  it('recalc --json - in English: the same JSON on stdout, nothing on stderr with --quiet', async () => {
    const args = ['recalc', '电厂.xlsx', '--json', '-', '--quiet', '--lang', 'en'];
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(0);
    expect(JSON.parse(b.out).results.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    await sameWorkbook('电厂-results.xlsx');
  });

  it('recalc with error findings: exit 1 from both, the same results written', async () => {
    const args = ['recalc', 'errors.xlsx', '-o', 'e.xlsx', '--json', 'e.json'];
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(1);
    expect(b).toEqual(a);
    await sameWorkbook('e.xlsx');
    sameFile('e.json');
  });

  it('through the add-in’s Office.js path on the in-memory Excel: the same round trips and file', async () => {
    const args = ['recalc', '电厂.xlsx', '--host', 'excel-sim', '-o', 'sim.xlsx'];
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.out + a.err).toMatch(/syncs=\d+/);
    expect(b).toEqual(a);
    // The in-memory Excel saves through ExcelJS, which stamps the file's properties with the time.
    await sameWorkbook('sim.xlsx', ['docProps/core.xml']);
  });

  it.each([
    ['a file that is no workbook', ['recalc', 'notes.txt']],
    ['a workbook without a rubric', ['recalc', 'no-rubric.xlsx', '--quiet']],
    ['a file that is not there', ['recalc', '没有.xlsx']],
    ['an unknown command', ['rescore', '电厂.xlsx']],
    ['an unknown option', ['recalc', '电厂.xlsx', '--fast']],
    ['no command at all', []],
  ])('exit 2 with the same one line for %s', async (_what, args) => {
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(2);
    expect(b).toEqual(a);
    expect(b.err + b.out).not.toMatch(/\n\s+at /);
  });

  it.each([[['--help']], [['--help', '--lang', 'en']], [['recalc', '--help']]])('%j prints the same usage and exits 0', async (args) => {
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/kaoping recalc/);
    expect(b).toEqual(a);
  });

  it('template writes the same workbook (only its time of making differs)', async () => {
    const args = ['template', '新表.xlsx', '--example', 'power-plant', '--quiet'];
    const a = await sources(...args);
    const b = packed(...args);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    // The template stamps the new file's properties with the time it was made.
    await sameWorkbook('新表.xlsx', ['docProps/core.xml']);
  });

  it('a reader that closes the pipe before the results come (| head, | true) ends no run with a stack trace: exit 0, the file written', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, KAOPING_DEBUG: '' };
    delete env.KAOPING_FROM_SOURCES;
    const child = spawn(process.execPath, [path.join(dir, 'package', 'bin', 'kaoping.cjs'), 'recalc', '电厂.xlsx', '-o', 'piped.xlsx', '--json', '-', '--quiet'], {
      cwd: path.join(dir, FROM_PACKAGE),
      env,
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
    // The reader goes away while the command is still reading the workbook: its one write fails.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(fs.existsSync(path.join(dir, FROM_PACKAGE, 'piped.xlsx'))).toBe(true);
  });
});
