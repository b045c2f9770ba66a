/**
 * @jest-environment jsdom
 *
 * The ES5 script that runs before the bundle: in Internet Explorer 11 (Trident) it replaces the
 * endless "正在加载…" with what to do, in Chinese and English, and answers the ribbon button; in
 * any other webview it does nothing.
 */
import * as acorn from 'acorn';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCRIPT = fs.readFileSync(path.join(ROOT, 'src/legacy/old-webview.js'), 'utf8');
const PANE = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

type Win = Window & { recalc?: (event: { completed(): void }) => void; Office?: unknown; kaopingOldWebview?: unknown };

function load(userAgent: string, office?: unknown): void {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  const w = window as Win;
  delete w.recalc;
  delete w.kaopingOldWebview;
  w.Office = office;
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(PANE)?.[1].replace(/<script[\s\S]*?<\/script>/g, '') ?? '';
  // As the page runs it: a classic script element, in the page's global scope.
  const script = document.createElement('script');
  script.textContent = SCRIPT;
  document.body.appendChild(script);
}

test('the script is ES5, which Internet Explorer 11 parses', () => {
  expect(() => acorn.parse(SCRIPT, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
});

test('the pane runs it after its container and before the bundle', () => {
  const at = PANE.indexOf('<script src="old-webview.js">');
  expect(at).toBeGreaterThan(PANE.indexOf('id="container"'));
});

test('in Trident the pane says, in Chinese and English, what to install or update instead of loading forever', () => {
  load(TRIDENT);
  const text = document.getElementById('container')?.textContent ?? '';
  expect(text).not.toContain('正在加载');
  expect(text).toContain('Excel 网页版');
  expect(text).toContain('Office 2021');
  expect(text).toContain('WebView2');
  expect(text).toContain('Excel on the web');
  expect(text).toContain('Microsoft Edge WebView2 Runtime');
  expect(document.querySelector('[role="alert"]')).not.toBeNull();
});

test('in Trident the ribbon’s 一键计算 opens the same message and completes', () => {
  const opened: string[] = [];
  const office = {
    onReady: () => undefined,
    context: { ui: { displayDialogAsync: (url: string, _o: unknown, cb: () => void) => (opened.push(url), cb()) } },
  };
  load(TRIDENT, office);
  const completed = jest.fn();
  (window as Win).recalc?.({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(opened).toHaveLength(1);
  const m = decodeURIComponent(/[?&]m=([^&#]*)/.exec(opened[0])?.[1] ?? '');
  expect(opened[0]).toMatch(/\/dialog\.html\?m=/);
  expect(m).toContain('考评助手无法在此版本的 Office 中运行');
  expect(m).toContain('Kaoping cannot run in this version of Office');
});

test('in EdgeHTML and WebView2 it leaves the page to the bundle', () => {
  load(EDGE_HTML);
  expect(document.getElementById('container')?.textContent).toContain('正在加载');
  expect((window as Win).recalc).toBeUndefined();
});
