/**
 * LibreOffice draws the trends sheet's charts: the result workbook is converted to PDF in one soffice
 * call, each chart's title is found in the PDF's text, and the page that carries them is rendered to
 * find the bars and lines drawn in the chart colours. CI has LibreOffice and poppler-utils; elsewhere
 * set KAOPING_SKIP_LIBREOFFICE=1 to skip.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { recalcXlsx } from './recalc-helpers';
import { chartPixels } from './pdf';
import { convert, findSoffice } from './soffice';

const SKIP = process.env.KAOPING_SKIP_LIBREOFFICE === '1';
jest.setTimeout(180_000);
const soffice = findSoffice();

describe('charts in LibreOffice', () => {
  if (!soffice && SKIP) {
    it.skip('LibreOffice is not installed and KAOPING_SKIP_LIBREOFFICE=1', () => undefined);
    return;
  }

  it('prints every chart of 结果-趋势 on its page', async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) is missing: install libreoffice-calc-nogui, or set KAOPING_SKIP_LIBREOFFICE=1');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-charts-'));
    try {
      const { report, output } = await recalcXlsx(await sampleToXlsx(sampleByKey('quarterly')!));
      const trends = report.sheets.find((s) => s.key === 'trends')!;
      const file = path.join(dir, 'charts.xlsx');
      fs.writeFileSync(file, output);
      convert(soffice, file, 'pdf', dir);
      const pdf = path.join(dir, 'charts.pdf');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const text = (p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const chartPage = new Map<string, number>();
      for (let p = pages; p >= 1 && chartPage.size < trends.charts!.length; p--) {
        const t = text(p);
        for (const c of trends.charts!) if (!chartPage.has(c.title) && t.includes(c.title.replace(/\s+/g, ''))) chartPage.set(c.title, p);
      }
      // Chart titles are not cell text: only a drawn chart puts them on a page.
      expect([...chartPage.keys()].sort()).toEqual(trends.charts!.map((c) => c.title).sort());
      for (const p of new Set(chartPage.values())) {
        execFileSync('pdftoppm', ['-f', String(p), '-l', String(p), '-r', '40', pdf, path.join(dir, `page${p}`)]);
        const ppm = fs.readdirSync(dir).find((f) => f.startsWith(`page${p}`) && f.endsWith('.ppm'))!;
        expect(chartPixels(fs.readFileSync(path.join(dir, ppm)))).toBeGreaterThan(300);
      }
      // The checks sheet's page has no chart on it, and so no chart colours.
      const checksPage = [...Array(pages).keys()].map((i) => i + 1).find((p) => text(p).includes('严重程度'))!;
      execFileSync('pdftoppm', ['-f', String(checksPage), '-l', String(checksPage), '-r', '40', pdf, path.join(dir, 'checks')]);
      const checksPpm = fs.readdirSync(dir).find((f) => f.startsWith('checks') && f.endsWith('.ppm'))!;
      expect(chartPixels(fs.readFileSync(path.join(dir, checksPpm)))).toBeLessThan(50);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
