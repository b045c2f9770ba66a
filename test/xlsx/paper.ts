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

/**
 * The smallest size of Latin text (letters or digits) in a PDF, in points. Latin letters have no one
 * width to measure as Han characters do, so this reads the size each run of text is drawn at:
 * poppler's pdftohtml gives every text run's font size as drawn on the page (the font size operator
 * times the text and page scaling, so a sheet shrunk to fit prints smaller), as a whole number of
 * pixels at its zoom; at its largest zoom, 3, that is to a third of a point (9.67 pt reads as 9.67).
 */
export function smallestLatinSize(pdf: string): number {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-zoom', '3', pdf], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const sizes = new Map<string, number>();
  for (const f of xml.matchAll(/<fontspec id="(\d+)" size="(-?[\d.]+)"/g)) sizes.set(f[1], Number(f[2]) / 3);
  let min = Infinity;
  for (const run of xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)) {
    const size = sizes.get(run[1]);
    if (size !== undefined && /[A-Za-z0-9]/.test(run[2].replace(/<[^>]*>/g, ''))) min = Math.min(min, size);
  }
  return min;
}

/**
 * Words broken inside themselves by a wrapping cell ("Recorde" over "d"): pairs of printed words,
 * the second on a line below the first and under it, that make one of `whole` together.
 */
export function brokenWords(page: PrintedPage, whole: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const heads = page.words.filter((w) => [...whole].some((x) => x.length > w.text.length && x.startsWith(w.text)));
  for (const a of heads) {
    for (const b of page.words) {
      const lineHeight = a.yMax - a.yMin;
      const below = b.yMin > a.yMin + lineHeight * 0.5 && b.yMin < a.yMax + lineHeight;
      const under = b.xMin < a.xMax && b.xMax > a.xMin;
      if (below && under && whole.has(a.text + b.text)) out.push(`${a.text}/${b.text}`);
    }
  }
  return out;
}
