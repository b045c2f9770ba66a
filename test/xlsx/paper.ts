/**
 * Result workbooks on paper: the result sheets alone printed to PDF by LibreOffice, and the printed
 * pages read back with poppler's pdftotext (each page's lines, and each word's box).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { MARKER_SHEET } from '../../src/workbook/port';
import { setSheetState } from '../../src/workbook/xlsx/ooxml/book';

export function hasPdftotext(): boolean {
  return spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).status === 0;
}

/** The workbook with every sheet but `keep` hidden, so that only the result sheets print. */
export async function onlySheets(bytes: Uint8Array, keep: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let book = await zip.file('xl/workbook.xml')!.async('string');
  const names = [...book.matchAll(/<sheet\s[^>]*name="([^"]*)"[^>]*\/>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&quot;/g, '"'));
  for (const n of names) if (!keep.includes(n) && n !== MARKER_SHEET) book = setSheetState(book, n, 'hidden');
  // LibreOffice prints the active sheet even when hidden: make the first result sheet active.
  const active = names.findIndex((n) => keep.includes(n));
  const view = `<bookViews><workbookView activeTab="${Math.max(0, active)}" firstSheet="${Math.max(0, active)}"/></bookViews>`;
  book = /<bookViews>[\s\S]*?<\/bookViews>/.test(book) ? book.replace(/<bookViews>[\s\S]*?<\/bookViews>/, view) : book.replace(/<sheets>/, `${view}<sheets>`);
  zip.file('xl/workbook.xml', book);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** Every file printed to PDF in one LibreOffice run, with a profile of its own. */
export function printAll(soffice: string, files: readonly string[], outdir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-lo-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 300_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PrintedPage {
  /** The page's text, a line per printed line, as laid out. */
  readonly lines: readonly string[];
  readonly words: readonly Word[];
  readonly width: number;
  readonly height: number;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function readPdf(pdf: string): PrintedPage[] {
  const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PrintedPage[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: unescape(w[5]),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
    }));
    pages.push({ lines: (layout[pages.length] ?? '').split('\n'), words, width: Number(m[1]), height: Number(m[2]) });
  }
  return pages;
}

const HAN_ONLY = /^[\p{Script=Han}]{2,}$/u;

/**
 * The smallest text size on the pages, in points. A Chinese character is exactly one em wide, so a
 * word of n of them printed at s points is n × s wide, whatever the font and the print scaling.
 */
export function smallestHanSize(pages: readonly PrintedPage[]): number {
  let min = Infinity;
  for (const p of pages) {
    for (const w of p.words) {
      const chars = [...w.text];
      if (HAN_ONLY.test(w.text)) min = Math.min(min, (w.xMax - w.xMin) / chars.length);
    }
  }
  return min;
}
