/**
 * Serves the built preview (build/preview): the task pane and ribbon command pages beside an HTML view
 * of the in-memory Excel. Office.js is replaced by the preview's shim over the in-memory Excel, either
 * here (pages rewritten to load /office-shim.js, so the preview works offline) or, with
 * `officeFromCdn`, by whoever drives the browser (the browser test intercepts the CDN request).
 *
 *   node bin/run-ts.cjs src/preview/server.ts     (npm run preview; KAOPING_PREVIEW_PORT, default 3001)
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SHIM_PATH = '/office-shim.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** The built preview; build/preview by default. */
  readonly dir?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Leave the pages' Office.js CDN tag alone (the browser test serves the shim at the CDN's URL). */
  readonly officeFromCdn?: boolean;
}

export const DEFAULT_DIR = path.resolve(__dirname, '../../build/preview');

export function startPreviewServer(options: PreviewOptions = {}): Promise<PreviewServer> {
  const dir = options.dir ?? DEFAULT_DIR;
  if (!fs.existsSync(path.join(dir, 'preview.html'))) {
    throw new Error(`No built preview in ${dir}: run "npm run build:preview" first.`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel === '/') {
      res.writeHead(302, { Location: '/preview.html' });
      res.end();
      return;
    }
    const file = path.resolve(dir, `.${rel}`);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': TYPES['.txt'] });
      res.end(`Not found: ${rel}`);
      return;
    }
    rel = path.extname(file);
    let body: Buffer | string = fs.readFileSync(file);
    if (rel === '.html' && !options.officeFromCdn) body = body.toString('utf8').split(OFFICE_JS_URL).join(SHIM_PATH);
    res.writeHead(200, { 'Content-Type': TYPES[rel] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3001, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://localhost:${port}`,
        close: () => new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.KAOPING_PREVIEW_PORT ?? 3001);
  startPreviewServer({ port }).then(
    (s) => process.stdout.write(`Kaoping preview: ${s.url}/preview.html  (Ctrl+C to stop)\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
