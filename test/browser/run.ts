/**
 * The browser test: Debian's Chromium (headless, through playwright-core) drives the built preview.
 * Office.js is never fetched: the CDN request is intercepted and answered with the preview's shim, and
 * any other request off the preview server fails the run.
 *
 *   npm run test:browser        (builds the preview first)
 *   KAOPING_CHROMIUM=/path/to/chromium   another browser binary
 *   KAOPING_SKIP_BROWSER=1               pass (loudly) where no Chromium is installed
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_DIR, OFFICE_JS_URL, SHIM_PATH, startPreviewServer, type PreviewServer } from '../../src/preview/server';
import { scenario } from './scenario';

/** KAOPING_CHROMIUM, when set, is the only browser tried. */
const CANDIDATES = process.env.KAOPING_CHROMIUM ? [process.env.KAOPING_CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const SCREENSHOTS = path.resolve(__dirname, '../../out/screenshots');

function banner(lines: readonly string[]): string {
  const bar = '!'.repeat(78);
  return ['', bar, ...lines.map((l) => `!!  ${l}`), bar, ''].join('\n');
}

function findChromium(): string | undefined {
  return CANDIDATES.find((p) => fs.existsSync(p));
}

async function launch(executablePath: string, userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
}

/** Serves the shim for the Office.js CDN and refuses everything that is not the preview server. */
async function routeNetwork(context: BrowserContext, server: PreviewServer, refused: string[]): Promise<void> {
  const shim = fs.readFileSync(path.join(DEFAULT_DIR, SHIM_PATH));
  let served = 0;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      served++;
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: shim });
    } else if (url.startsWith(`${server.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      refused.push(url);
      await route.abort('blockedbyclient');
    }
  });
  Object.defineProperty(context, 'officeJsServed', { get: () => served });
}

/** What the pages say in their alerts and status lines, to explain a failure. */
async function messagesOnScreen(page: Page): Promise<string> {
  const lines: string[] = [];
  for (const frame of page.frames()) {
    const texts = await frame
      .locator('[role="alert"], [role="status"]')
      .allTextContents()
      .catch((e: unknown) => [`(could not read ${frame.url()}: ${String(e)})`]);
    for (const t of texts) if (t.trim()) lines.push(`  ${frame.url().split('/').pop()}: ${t.trim()}`);
  }
  return lines.length > 0 ? `On screen:\n${lines.join('\n')}\n` : '';
}

async function main(): Promise<number> {
  const exe = findChromium();
  if (!exe) {
    if (process.env.KAOPING_SKIP_BROWSER === '1') {
      process.stderr.write(banner(['BROWSER TESTS SKIPPED: no Chromium found (' + CANDIDATES.join(', ') + ').', 'KAOPING_SKIP_BROWSER=1 is set, so this counts as a pass. Nothing was tested in a browser.']));
      return 0;
    }
    process.stderr.write(
      banner([
        'BROWSER TESTS FAILED: Chromium is not installed (looked for ' + CANDIDATES.join(', ') + ').',
        'Install it:  apt-get update && apt-get install -y chromium',
        'or point KAOPING_CHROMIUM at a Chromium binary, or set KAOPING_SKIP_BROWSER=1 to skip on purpose.',
      ]),
    );
    return 1;
  }
  // Screenshots of this run only: an old failure.png would mislead.
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startPreviewServer({ port: 0, officeFromCdn: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-chromium-'));
  const refused: string[] = [];
  const pageErrors: string[] = [];
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  try {
    context = await launch(exe, userDataDir);
    await routeNetwork(context, server, refused);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    context.on('weberror', (e) => pageErrors.push(e.error().message));
    await scenario({ page, baseUrl: server.url, screenshots: SCREENSHOTS, log: (m) => process.stdout.write(`  ✓ ${m}\n`) });
    const served = (context as unknown as { officeJsServed: number }).officeJsServed;
    if (served === 0) throw new Error('The Office.js CDN request was never made: the pages do not load Office.js as published add-ins must.');
    process.stdout.write(`  ✓ Office.js requested from the CDN ${served} times, each answered by the shim\n`);
    if (refused.length > 0) throw new Error(`Requests left the preview server: ${[...new Set(refused)].join(', ')}`);
    if (pageErrors.length > 0) throw new Error(`Uncaught errors in the pages:\n${pageErrors.join('\n')}`);
    process.stdout.write(`Browser tests passed. Screenshots: ${SCREENSHOTS}\n`);
    return 0;
  } catch (error) {
    if (page) {
      await page
        .screenshot({ path: path.join(SCREENSHOTS, 'failure.png') })
        .catch((e: unknown) => process.stderr.write(`(no failure screenshot: ${String(e)})\n`));
    }
    process.stderr.write(banner(['BROWSER TEST FAILED', ...String(error instanceof Error ? error.stack ?? error.message : error).split('\n').slice(0, 12)]));
    if (pageErrors.length > 0) process.stderr.write(`Page errors:\n${pageErrors.join('\n')}\n`);
    if (page) process.stderr.write(await messagesOnScreen(page));
    return 1;
  } finally {
    await context?.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(banner(['BROWSER TEST RUNNER CRASHED', String(error)]));
    process.exitCode = 1;
  },
);
