/**
 * The result sheets on paper, as a clerk hands them out and posts them: every sample's result sheets
 * printed to PDF by LibreOffice in one run, then read back. Each unit's 扣分情况通知单 starts a page
 * of its own with its name, total and rank on it; no zone block of the ranking breaks across pages,
 * and a zone longer than a page (the villages sample with 70 more villages in 西片) prints its header
 * row at the top of every page it goes on to;
 * no text prints below 10 pt. Every sample prints a second time with 结果语言 = English in the same
 * LibreOffice run, and its sheets are checked alike (the notice's title and zone-rank line in English,
 * Latin text's size read as drawn), and further: no header broken inside a word, no English notice on
 * more pages than its Chinese one. In both languages every title and heading prints whole, within
 * the page. CI has LibreOffice and poppler; elsewhere KAOPING_SKIP_LIBREOFFICE=1
 * skips. KAOPING_PAPER_DIR=dir keeps the PDFs there.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLES } from '../../seeds';
import { label } from '../../src/engine/labels';
import { fl } from '../../src/engine/labels-follow-up';
import { word } from '../../src/engine/labels-notice';
import type { Assessment, Lang, Report, ReportSheet } from '../../src/engine/types';
import type { SampleWorkbook } from '../../seeds/types';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { brokenWords, hasPdftotext, onlySheets, printAll, readPdf, smallestHanSize, smallestLatinSize, type PrintedPage } from './paper';
import { recalcXlsx } from './recalc-helpers';
import { findSoffice } from './soffice';

const SKIP = process.env.KAOPING_SKIP_LIBREOFFICE === '1';
jest.setTimeout(300_000);
const soffice = findSoffice();

/** The villages sample with 70 more villages in 西片: a zone longer than a portrait page. */
const LONG_ZONE = 70;
function longZone(): SampleWorkbook {
  const villages = SAMPLES.find((x) => x.key === 'villages')!;
  return {
    ...villages,
    key: 'long-zone',
    sheets: villages.sheets.map((sh) => (sh.name === '考评单位' ? { ...sh, rows: [...sh.rows, ...Array.from({ length: LONG_ZONE }, (_, i) => [`西片新${i + 1}村`, '西片', 1, 100 + i])] } : sh)),
  };
}

/** A sample as a clerk who wants English results sets it: 考评设置's 结果语言 row says English. */
function inEnglish(sample: SampleWorkbook): SampleWorkbook {
  return { ...sample, sheets: sample.sheets.map((sh) => (sh.name === '考评设置' ? { ...sh, rows: [...sh.rows, ['结果语言', 'English']] } : sh)) };
}

interface Printed {
  readonly key: string;
  readonly lang: Lang;
  /** The PDF. */
  readonly file: string;
  readonly assessment: Assessment;
  readonly report: Report;
  readonly pages: PrintedPage[];
}

const squash = (s: string): string => s.replace(/[\s\u3000]+/g, ' ').trim();

/**
 * The printed pages of one result sheet: from the page its first line prints on to the page before
 * the next sheet's first line (or the end). The sheets print in the report's order.
 */
function sheetPages(pages: readonly PrintedPage[], sheet: ReportSheet, next?: ReportSheet): PrintedPage[] {
  const firstLine = (s: ReportSheet): string => squash(s.rows[0].map((c) => (c.value === null ? '' : String(c.value))).join(' '));
  // A header row whose cells wrap (Official / score) prints over two or three lines: its words are
  // then all in the page's first lines.
  const headedBy = (p: PrintedPage, line: string): boolean => {
    const top = new Set(p.lines.map(squash).filter((l) => l !== '').slice(0, 3).flatMap((l) => l.split(' ')));
    return p.lines.some((l) => squash(l) === line) || line.split(' ').every((w) => top.has(w));
  };
  const startsAt = (s: ReportSheet, from = 0): number => pages.findIndex((p, i) => i >= from && headedBy(p, firstLine(s)));
  const start = startsAt(sheet);
  if (start < 0) throw new Error(`${sheet.name} does not print`);
  const end = next ? startsAt(next, start + 1) : pages.length;
  return pages.slice(start, end < 0 ? pages.length : end);
}

describe('result sheets on paper (LibreOffice, A4)', () => {
  if ((!soffice || !hasPdftotext()) && SKIP) {
    it.skip('LibreOffice or pdftotext is not installed and KAOPING_SKIP_LIBREOFFICE=1', () => undefined);
    return;
  }
  const printed: Printed[] = [];
  /** The same samples with 结果语言 = English. */
  const english: Printed[] = [];
  const long: Partial<Record<Lang, Printed>> = {};
  let dir = '';

  beforeAll(async () => {
    if (!soffice) throw new Error('LibreOffice (soffice) is missing: apt-get install -y libreoffice-calc-nogui');
    if (!hasPdftotext()) throw new Error('pdftotext is missing: apt-get install -y poppler-utils');
    dir = process.env.KAOPING_PAPER_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-paper-'));
    fs.mkdirSync(dir, { recursive: true });
    const runs = [];
    for (const lang of ['zh', 'en'] as const) {
      for (const sample of SAMPLES) {
        const r = await recalcXlsx(await sampleToXlsx(lang === 'en' ? inEnglish(sample) : sample));
        expect(r.report.sheets[0].name.startsWith('Results-')).toBe(lang === 'en');
        const file = path.join(dir, `${sample.key}${lang === 'en' ? '-en' : ''}.xlsx`);
        fs.writeFileSync(file, await onlySheets(r.output, r.report.sheets.map((s) => s.name)));
        runs.push({ key: sample.key, lang, file, ...r });
      }
    }
    // The long zone's ranking alone (its seventy-odd notices add nothing here), in both languages.
    for (const lang of ['zh', 'en'] as const) {
      const sample = longZone();
      const lz = await recalcXlsx(await sampleToXlsx(lang === 'en' ? inEnglish(sample) : sample));
      const rankings = lz.report.sheets.find((x) => x.key === 'rankings')!;
      const file = path.join(dir, `long-zone${lang === 'en' ? '-en' : ''}.xlsx`);
      fs.writeFileSync(file, await onlySheets(lz.output, [rankings.name]));
      runs.push({ key: 'long-zone', lang, file, ...lz });
    }
    printAll(soffice, runs.map((r) => r.file), dir);
    for (const r of runs) {
      const run: Printed = { key: r.key, lang: r.lang, file: r.file.replace(/\.xlsx$/, '.pdf'), assessment: r.assessment, report: r.report, pages: readPdf(r.file.replace(/\.xlsx$/, '.pdf')) };
      if (r.key === 'long-zone') long[r.lang] = run;
      else (r.lang === 'zh' ? printed : english).push(run);
    }
  });
  afterAll(() => {
    if (!process.env.KAOPING_PAPER_DIR && dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints every sample, in Chinese and in English', () => {
    for (const runs of [printed, english]) {
      expect(runs.map((p) => p.key)).toEqual(SAMPLES.map((s) => s.key));
      for (const p of runs) expect(p.pages.length).toBeGreaterThan(2);
    }
  });

  /** The notices' words in each language: the unit line and the zone rank on a notice. */
  const NOTICE = {
    zh: { unit: (name: string) => `单位：${name}`, zoneRank: (rank: number) => `区内名次：第 ${rank} 名` },
    en: { unit: (name: string) => `Unit: ${name}`, zoneRank: (rank: number) => `Zone rank: ${rank} of` },
  } as const;
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it.each(['zh', 'en'] as const)('starts each unit’s notice on a page of its own, with its name, total and rank on that page (%s)', (lang) => {
    for (const { assessment: a, pages } of lang === 'zh' ? printed : english) {
      const title = word(lang, 'noticeTitle');
      const words = NOTICE[lang];
      const firstPages = pages.map((p, i) => ({ p, i })).filter(({ p }) => p.lines.some((l) => l.includes(title)));
      expect(firstPages.length).toBe(a.units.length);
      a.units.forEach((u, k) => {
        const unitLine = new RegExp(`${esc(words.unit(u.name))}(\\s|$)`);
        const holding = pages.filter((p) => p.lines.some((l) => unitLine.test(squash(l))));
        expect(holding).toHaveLength(1);
        const page = holding[0];
        // Notices follow the units' order, one to a page; the notice's title heads its page.
        expect(page).toBe(firstPages[k].p);
        const text = page.lines.filter((l) => l.trim() !== '');
        // The title, on one line or two (the assessment's name, then 扣分情况通知单).
        const head = text.slice(0, 2).map(squash);
        expect(head.join(' ')).toContain(title);
        // An English title is a word of its own after the assessment's name, never run into it.
        if (lang === 'en') expect(head.some((l) => l === title || l.endsWith(` ${title}`))).toBe(true);
        const standing = a.composite.find((r) => r.unit === u.name) ?? a.results.filter((r) => r.unit === u.name).at(-1)!;
        const body = squash(page.lines.join('\n'));
        expect(body).toContain(standing.total.toFixed(a.settings.decimals));
        expect(body).toContain(words.zoneRank(standing.rankInZone));
        // No other unit's notice shares the page.
        for (const other of a.units) if (other !== u) expect(page.lines.some((l) => squash(l).startsWith(`${words.unit(other.name)} `))).toBe(false);
      });
    }
  });

  /** How many pages each unit's notice prints on: from its title's page to the next title's. */
  function noticePages(p: Printed): number[] {
    const title = word(p.lang, 'noticeTitle');
    const deductions = p.report.sheets.find((s) => s.key === 'deductions')!;
    const pages = sheetPages(p.pages, deductions, p.report.sheets[p.report.sheets.indexOf(deductions) + 1]);
    const starts = pages.map((pg, i) => (pg.lines.some((l) => l.includes(title)) ? i : -1)).filter((i) => i >= 0);
    return starts.map((at, k) => (starts[k + 1] ?? pages.length) - at);
  }

  it.each(['zh', 'en'] as const)('never prints a notice’s sign-off alone on a page (%s)', (lang) => {
    for (const p of lang === 'zh' ? printed : english) {
      const signOff = squash(word(lang, 'signOff')).split(' ')[0];
      const alone = p.pages.flatMap((page, i) => {
        const text = page.lines.map(squash).filter((l) => l !== '');
        return text.some((l) => l.startsWith(signOff)) && text.every((l) => l.startsWith(signOff) || /^(日期|Date)/.test(l)) ? [i + 1] : [];
      });
      expect([p.key, alone]).toEqual([p.key, []]);
    }
  });

  it('prints each English notice on no more pages than the same notice in Chinese', () => {
    english.forEach((en, i) => {
      const zh = printed[i];
      expect(en.key).toBe(zh.key);
      const [zhPages, enPages] = [noticePages(zh), noticePages(en)];
      expect(enPages).toHaveLength(zhPages.length);
      const longer = en.assessment.units.flatMap((u, k) => (enPages[k] > zhPages[k] ? [`${u.name} (${zhPages[k]} → ${enPages[k]})`] : []));
      if (longer.length > 0) throw new Error(`${en.key}: notices longer in English: ${longer.join(', ')}`);
    });
  });

  const runsIn = (lang: Lang): Printed[] => (lang === 'zh' ? printed : english);

  it.each(['zh', 'en'] as const)('keeps each zone block of the ranking on one page (%s)', (lang) => {
    for (const { assessment: a, pages } of runsIn(lang)) {
      const latest = a.periods[a.periods.length - 1];
      const blocks = [
        ...[...new Set(a.units.map((u) => u.zone as string))].map((zone) => ({ title: `${latest} · ${zone}`, units: a.results.filter((r) => r.period === latest && r.zone === zone).map((r) => r.unit as string) })),
        ...(a.composite.length > 0
          ? [...new Set(a.units.map((u) => u.zone as string))].map((zone) => ({ title: `${label(lang, 'composite')} · ${zone}`, units: a.composite.filter((r) => r.zone === zone).map((r) => r.unit as string) }))
          : []),
      ];
      const headings = new Set(blocks.map((b) => b.title));
      for (const b of blocks) {
        const at = pages.filter((p) => p.lines.some((l) => l.trim() === b.title));
        expect(at).toHaveLength(1);
        const lines = at[0].lines.map((l) => l.trim());
        const start = lines.indexOf(b.title);
        let end = start + 1;
        while (end < lines.length && !headings.has(lines[end])) end++;
        const rows = lines.slice(start + 1, end).map((l) => l.split(/\s+/));
        for (const unit of b.units) expect(rows.some((cells) => cells.includes(unit))).toBe(true);
      }
    }
  });

  it.each(['zh', 'en'] as const)('prints a zone longer than a page with its header row at the top of every page it goes on to (%s)', (lang) => {
    const { assessment: a, report, pages } = long[lang]!;
    const rankings = report.sheets.find((x) => x.key === 'rankings')!;
    const header = squash(rankings.rows.find((r) => r[0]?.value === label(lang, 'rank'))!.map((c) => String(c.value ?? '')).join(' '));
    const west = a.results.filter((r) => r.zone === '西片').map((r) => r.unit as string);
    expect(west.length).toBeGreaterThan(LONG_ZONE);
    const unitOf = (line: string): string | undefined => squash(line).split(' ').find((cell) => west.includes(cell));
    const holding = pages.filter((p) => p.lines.some((l) => unitOf(l) !== undefined));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    for (const page of holding) {
      const text = page.lines.map(squash).filter((l) => l !== '');
      const first = text.findIndex((l) => unitOf(l) !== undefined);
      // The header comes before the page's first village, with nothing but a title or heading between.
      expect(text.slice(0, first).some((l) => l === header)).toBe(true);
    }
    // Every village of the zone printed once.
    const printedUnits = holding.flatMap((p) => p.lines.map(unitOf).filter((u): u is string => u !== undefined));
    expect(new Set(printedUnits).size).toBe(west.length);
  });

  it.each(['zh', 'en'] as const)('prints each pay and rectification block under its own header on every page, and no block empty (%s)', (lang) => {
    let checked = 0;
    const sum = fl(lang, 'sum');
    for (const { key, assessment: a, report, pages } of runsIn(lang)) {
      const units = new Set(a.units.map((u) => u.name as string));
      const periods = new Set(a.periods as readonly string[]);
      const pay = report.sheets.find((s) => s.key === 'pay');
      const rect = report.sheets.find((s) => s.key === 'rectification');
      const payPages = pay ? sheetPages(pages, pay, rect) : [];
      const rectPages = rect ? sheetPages(pages, rect) : [];
      // What a printed line is: a table row of some block (by what its cells hold), or a header.
      const payRow = (cells: string[]) => (cells.some((c) => units.has(c)) && cells.some((c) => /%$/.test(c))) || cells[0] === sum;
      // A pay row with money in it: more than zone, unit, total and rate (a sum line: a sum).
      const paid = (cells: string[]) => (cells[0] === sum ? cells.length > 1 : cells.length > 4);
      const countsRow = (cells: string[]) => (units.has(cells[1] ?? '') && cells.slice(2).length >= 5 && cells.slice(2).every((c) => /^\d+$/.test(c))) || cells[0] === sum;
      const listRow = (cells: string[]) => periods.has(cells[0] ?? '') && units.has(cells[1] ?? '');
      const heads = (s: ReportSheet) => s.rows.filter((r) => r.length > 0 && r.every((c) => c.style === 'header')).map((r) => r.map((c) => String(c.value)));
      const check = (sheetPagesOf: PrintedPage[], headers: string[][], kinds: Array<(cells: string[]) => boolean>, filled: (cells: string[]) => boolean = () => true) => {
        for (const page of sheetPagesOf) {
          const lines = page.lines.map((l) => l.trim().split(/\s+/)).filter((c) => c[0] !== '');
          let current = -1;
          let rowsUnder = 0;
          lines.forEach((cells, i) => {
            const h = headers.findIndex((hd) => hd.join(' ') === cells.join(' '));
            if (h >= 0) {
              // A header with no row of its block under it is an empty block.
              if (current >= 0 && rowsUnder === 0) throw new Error(`${key}: header "${headers[current].join(' ')}" prints without rows (line ${i})`);
              current = h;
              rowsUnder = 0;
              return;
            }
            const kind = kinds.findIndex((k) => k(cells));
            if (kind < 0) return;
            checked++;
            // The nearest header above the row, on this page, is its own block's.
            if (current < 0) throw new Error(`${key}: "${cells.join(' ')}" prints on a page without its header`);
            if (current !== kind) throw new Error(`${key}: "${cells.join(' ')}" prints under "${headers[current].join(' ')}"`);
            if (filled(cells)) rowsUnder++;
          });
          if (current >= 0 && rowsUnder === 0) throw new Error(`${key}: header "${headers[current].join(' ')}" ends a page without rows`);
        }
      };
      if (pay) {
        const [head] = heads(pay);
        check(payPages, [head], [payRow], paid);
        // Every block is a table under its title, or a line saying why it has nothing to pay.
        for (const row of pay.rows.filter((r) => r.length === 1)) {
          const line = squash(String(row[0].value));
          const page = payPages.find((p) => p.lines.some((l) => squash(l) === line));
          if (!page) throw new Error(`${key}: "${line}" does not print`);
          const lines = page.lines.map(squash).filter((l) => l !== '');
          if (row[0].style === 'heading') expect(lines[lines.indexOf(line) + 1]).toBe(head.join(' '));
        }
      }
      if (rect) {
        const [counts, list] = heads(rect);
        check(rectPages, list ? [counts, list] : [counts], list ? [countsRow, listRow] : [countsRow]);
      }
    }
    // The samples with pay or rectification printed rows to check.
    expect(checked).toBeGreaterThan(50);
  });

  it.each(['zh', 'en'] as const)('prints 结果-趋势’s charts on pages of their own, without the table’s header (%s)', (lang) => {
    for (const { key, report, pages } of runsIn(lang)) {
      const trends = report.sheets.find((s) => s.key === 'trends')!;
      const head = trends.rows[0].map((c) => String(c.value)).join(' ');
      const flat = (s: string) => s.replace(/\s+/g, '');
      for (const c of trends.charts ?? []) {
        // Chart titles are no cell's text: only a drawn chart puts one on a page.
        const on = pages.filter((p) => flat(p.lines.join('')).includes(flat(c.title)));
        if (on.length !== 1) throw new Error(`${key}: chart "${c.title}" prints on ${on.length} pages`);
        expect(on[0].lines.some((l) => l.trim().split(/\s+/).join(' ') === head)).toBe(false);
      }
    }
  });

  it.each(['zh', 'en'] as const)('prints every title and heading whole, none cut off at the edge of the page (%s)', (lang) => {
    let checked = 0;
    for (const { key, report, pages } of runsIn(lang)) {
      const lines = new Set(pages.flatMap((p) => p.lines.map(squash)));
      const printedLines = [...lines];
      for (const sheet of report.sheets) {
        for (const row of sheet.rows) {
          const text = row.filter((c) => c.value !== null && c.value !== '');
          if (text.length !== 1 || (text[0].style !== 'title' && text[0].style !== 'heading')) continue;
          const want = squash(String(text[0].value));
          checked++;
          if (!printedLines.some((l) => l.includes(want))) throw new Error(`${key}: "${want}" does not print whole on ${sheet.name}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    // Nothing prints in the page's outer half inch: text there has run out of its table and off the
    // print area (Excel's margins are 0.7 in at the sides), and LibreOffice clips it at the edge.
    for (const { key, pages } of runsIn(lang)) {
      pages.forEach((p, i) => {
        const out = p.words.filter((w) => w.xMin < 36 || w.xMax > p.width - 36);
        if (out.length > 0) throw new Error(`${key}, page ${i + 1}: "${out.map((w) => w.text).join(' ')}" prints at the edge of the page`);
      });
    }
  });

  it('prints no text below 10 pt', () => {
    for (const { key, pages } of printed) {
      const size = smallestHanSize(pages);
      if (size < 9.95) throw new Error(`${key}: text prints at ${size.toFixed(2)} pt`);
      expect(size).toBeLessThan(40);
    }
  });

  it('prints no English text below 10 pt (Latin text, at the size it is drawn)', () => {
    for (const { key, file } of english) {
      const size = smallestLatinSize(file);
      if (size < 9.9) throw new Error(`${key}: English text prints at ${size.toFixed(2)} pt`);
      expect(size).toBeLessThan(40);
    }
  });

  it('breaks no English header inside a word', () => {
    for (const { key, report, pages } of english) {
      const whole = new Set(report.sheets.flatMap((s) => s.rows.flatMap((r) => r.filter((c) => c.style === 'header').flatMap((c) => String(c.value ?? '').match(/[A-Za-z]{3,}/g) ?? []))));
      expect(whole.size).toBeGreaterThan(5);
      const broken = pages.flatMap((p, i) => brokenWords(p, whole).map((w) => `page ${i + 1}: ${w}`));
      if (broken.length > 0) throw new Error(`${key}: ${broken.join('; ')}`);
    }
  });
});
