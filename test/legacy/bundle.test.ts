/**
 * The build Office loads parses in EdgeHTML 18 (Edge Legacy), the webview of retail Office 2019 and of
 * older Microsoft 365 builds on Windows 10 without WebView2: every script is read by acorn at
 * ECMAScript 2017, the last level EdgeHTML 18 parses whole (no object spread, optional chaining,
 * ?? or class fields, no regular-expression lookbehind or named groups), and the ES5 script for
 * Internet Explorer 11 at ECMAScript 5. Builds the production bundle once (about a minute or two).
 */
import * as acorn from 'acorn';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<webpack.Configuration>;

let out = '';

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bundle-'));
  const config = await makeConfig({}, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, context: ROOT, output: { ...config.output, path: out } }, (error, s) => (error || !s ? reject(error ?? new Error('no stats')) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}, 900_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

function scripts(): string[] {
  return fs.readdirSync(out).filter((f) => f.endsWith('.js'));
}

test('every script of the build parses at ECMAScript 2017 (EdgeHTML 18)', () => {
  const bundles = scripts().filter((f) => f !== 'old-webview.js');
  expect(bundles.some((f) => f.startsWith('taskpane.'))).toBe(true);
  expect(bundles.some((f) => f.startsWith('commands.'))).toBe(true);
  const failures: string[] = [];
  for (const f of scripts()) {
    const src = fs.readFileSync(path.join(out, f), 'utf8');
    try {
      acorn.parse(src, { ecmaVersion: 2017, sourceType: 'script' });
    } catch (e) {
      const pos = (e as { pos?: number }).pos ?? 0;
      failures.push(`${f}: ${(e as Error).message} near ${JSON.stringify(src.slice(Math.max(0, pos - 60), pos + 30))}`);
    }
  }
  expect(failures).toEqual([]);
});

test('the built-ins EdgeHTML 18 lacks come with the bundle (core-js, ResizeObserver)', () => {
  const pane = fs.readFileSync(path.join(out, scripts().find((f) => f.startsWith('taskpane.')) ?? ''), 'utf8');
  // core-js registers what it adds under these names; the pane's code uses each (Object.fromEntries, Array.prototype.flatMap, globalThis).
  for (const name of ['fromEntries', 'flatMap', 'globalThis']) expect(pane).toContain(name);
  expect(pane).toMatch(/core-js/);
  expect(pane).toContain('ResizeObserver');
});

test('the IE 11 script is ES5 and each page runs it before the bundle can fail to parse', () => {
  acorn.parse(fs.readFileSync(path.join(out, 'old-webview.js'), 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
  for (const page of ['taskpane.html', 'commands.html']) {
    const html = fs.readFileSync(path.join(out, page), 'utf8');
    // The bundle is deferred (it runs after the page is parsed); the IE 11 script is not.
    expect(html).toMatch(/<script defer(?:="defer")? src="?[a-z]+\.[0-9a-f]{8}\.js/);
    expect(html).toMatch(/<script src="?old-webview\.js"?><\/script>/);
  }
});
