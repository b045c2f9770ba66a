/**
 * Which program bin/kaoping.cjs starts: the bundle when it is built and no file of the sources beside
 * it is newer; the sources (through tsx) when the bundle is missing, older than a source file, or
 * KAOPING_FROM_SOURCES=1 asks for them; a package, with no sources, always its bundle. Checked on a
 * scratch copy of the command whose "bundle" and "sources" only say which they are.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
let root: string;

function start(env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const { KAOPING_FROM_SOURCES: _ignored, ...rest } = process.env;
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'kaoping.cjs')], { encoding: 'utf8', env: { ...rest, ...env } });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

function age(file: string, secondsAgo: number): void {
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, t, t);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bin-'));
  fs.mkdirSync(path.join(root, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'kaoping.cjs'), path.join(root, 'bin', 'kaoping.cjs'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'dist', 'cli', 'kaoping.cjs'), "process.stdout.write('bundle\\n');\n");
  fs.mkdirSync(path.join(root, 'src', 'cli', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src', 'cli', 'start.ts'), "const from: string = 'sources';\nprocess.stdout.write(`${from}\\n`);\n");
  fs.writeFileSync(path.join(root, 'src', 'cli', 'deep', 'other.ts'), 'export {};\n');
  for (const f of ['src/cli/start.ts', 'src/cli/deep/other.ts']) age(path.join(root, f), 600);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('bin/kaoping.cjs', () => {
  it('runs the bundle when it is newer than every source file', () => {
    expect(start()).toMatchObject({ code: 0, out: 'bundle' });
  });

  it('runs the sources when a source file, however deep, changed after the bundle was built', () => {
    age(path.join(root, 'dist', 'cli', 'kaoping.cjs'), 300);
    expect(start()).toMatchObject({ code: 0, out: 'bundle' });
    age(path.join(root, 'src', 'cli', 'deep', 'other.ts'), 0);
    expect(start()).toMatchObject({ code: 0, out: 'sources' });
  });

  it('runs the sources when there is no bundle, or when KAOPING_FROM_SOURCES=1 asks', () => {
    expect(start({ KAOPING_FROM_SOURCES: '1' })).toMatchObject({ code: 0, out: 'sources' });
    fs.rmSync(path.join(root, 'dist'), { recursive: true });
    expect(start()).toMatchObject({ code: 0, out: 'sources' });
  });

  it('a package, with no sources beside it, runs its bundle however old', () => {
    fs.rmSync(path.join(root, 'src'), { recursive: true });
    age(path.join(root, 'dist', 'cli', 'kaoping.cjs'), 10_000);
    expect(start()).toMatchObject({ code: 0, out: 'bundle' });
  });

  it('says which is stale when the bundle is older and the sources cannot run', () => {
    age(path.join(root, 'dist', 'cli', 'kaoping.cjs'), 300);
    fs.writeFileSync(path.join(root, 'src', 'cli', 'start.ts'), 'throw new Error("broken");\n');
    const r = start();
    expect(r.code).toBe(2);
    expect(r.err).toContain('比源码旧');
    expect(r.err).toContain('npm run build:cli');
    expect(r.err).not.toContain('broken');
  });
});
