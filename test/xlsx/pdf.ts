/**
 * PDFs LibreOffice printed, read back with poppler: each page's text (pdftotext), a page rendered to a
 * picture (pdftoppm), and how much of a picture is drawn in a chart's colour.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Pixels of a binary PPM (P6) whose colour passes `like`. */
export function pixelsLike(ppm: Buffer, like: (r: number, g: number, b: number) => boolean): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM file');
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (like(ppm[i], ppm[i + 1], ppm[i + 2])) n++;
  return n;
}

/**
 * Pixels in a strong blue: LibreOffice's first chart colour (#004586), which no result sheet uses for
 * text or fill (headers are a pale #DDEBF7, notes a greyish #1F4E79).
 */
export function chartPixels(ppm: Buffer): number {
  return pixelsLike(ppm, (r, g, b) => b - r > 100 && b - g > 40 && b > 110);
}

/** Pixels in an orange near #FF8000, which nothing else on a printed sheet is drawn in. */
export function orangePixels(ppm: Buffer): number {
  return pixelsLike(ppm, (r, g, b) => r > 200 && g > 90 && g < 170 && b < 80);
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  /** The page's text as laid out (a printed line a line, cells of a row on one). */
  readonly text: string;
  /** The page as a PPM picture at 40 dpi, written under `dir`. */
  readonly render: (dir: string) => Buffer;
}

export function pdfPages(pdf: string): PdfPage[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const stem = path.basename(pdf, '.pdf');
  return [...Array(pages).keys()].map((i) => {
    const number = i + 1;
    return {
      number,
      text: execFileSync('pdftotext', ['-layout', '-f', String(number), '-l', String(number), pdf, '-'], { encoding: 'utf8' }),
      render: (dir: string) => {
        const prefix = path.join(dir, `${stem}-page${number}`);
        execFileSync('pdftoppm', ['-f', String(number), '-l', String(number), '-r', '40', pdf, prefix]);
        const file = fs.readdirSync(dir).find((f) => f.startsWith(`${stem}-page${number}`) && f.endsWith('.ppm'));
        if (!file) throw new Error(`pdftoppm drew no page ${number} of ${pdf}`);
        return fs.readFileSync(path.join(dir, file));
      },
    };
  });
}
