/**
 * The template has the same dropdowns from either adapter: `kaoping template` (the xlsx adapter) and
 * the pane's 插入模板 (the Office.js adapter over the in-memory Excel), column by column: where they
 * start and end, what they list, and the alert. Where Excel lacks data validation the pane inserts
 * the sheets without them and says so.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../../src/engine/types';
import { ExcelLivePort } from '../../src/workbook/excel/live-port';
import { FakeExcel } from '../../src/workbook/fake-excel';
import { validationAreas } from '../../src/workbook/fake-excel/data-validation';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { columnLetters } from '../../src/engine/cells';
import { templateXlsx } from '../../src/workbook/xlsx';
import { paneRun } from './pane-run';

interface Seen {
  at: string;
  rows: string;
  source: string;
  style: string;
  title: string;
  message: string;
}

/** "'Units'!$A$2:$A$2001", "=Units!$A$2:$A$2001" and "\"a,b\"" in one form. */
const normal = (source: string): string => source.replace(/^=/, '').replace(/^"(.*)"$/, '$1').replace(/'/g, '');


async function fromPane(lang: Lang, dataValidation: boolean): Promise<{ fake: FakeExcel; dropdowns: boolean; seen: Seen[] }> {
  const fake = new FakeExcel();
  const port = new ExcelLivePort(fakeRun(fake), paneRun(fake), {}, () => dataValidation);
  const { dropdowns } = await port.insertTemplate(lang);
  const seen: Seen[] = [];
  for (const sheet of fake.book.sheets) {
    for (const { rect, v } of validationAreas(sheet)) {
      const list = v.rule?.list as { source: string } | undefined;
      for (let c = rect.left; c <= rect.right; c++) {
        seen.push({
          at: `${sheet.name}!${columnLetters(c)}`,
          rows: `${rect.top + 1}:${rect.bottom + 1}`,
          source: normal(list?.source ?? ''),
          style: v.errorAlert.style.toLowerCase(),
          title: v.errorAlert.title,
          message: v.errorAlert.message,
        });
      }
    }
  }
  return { fake, dropdowns, seen };
}

/** The xlsx template's dropdowns: each column's first validated row, and how far down it reaches. */
async function fromXlsx(lang: Lang): Promise<Seen[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateXlsx(lang)) as unknown as ExcelJS.Buffer);
  const seen: Seen[] = [];
  for (const ws of wb.worksheets) {
    for (let c = 1; c <= ws.columnCount; c++) {
      let first = 0;
      for (let r = 1; r <= 20 && !first; r++) if (ws.getCell(r, c).dataValidation?.type === 'list') first = r;
      if (!first) continue;
      let last = first;
      while (ws.getCell(last + 1, c).dataValidation?.type === 'list') last++;
      const dv = ws.getCell(first, c).dataValidation;
      seen.push({
        at: `${ws.name}!${columnLetters(c - 1)}`,
        rows: `${first}:${last}`,
        source: normal(dv.formulae?.[0] ?? ''),
        style: dv.errorStyle ?? 'stop',
        title: dv.errorTitle ?? '',
        message: dv.error ?? '',
      });
    }
  }
  return seen;
}

const byPlace = (a: Seen, b: Seen): number => a.at.localeCompare(b.at);

test.each(['zh', 'en'] as const)('the %s template has the same dropdowns from the pane and from kaoping template', async (lang) => {
  const pane = await fromPane(lang, true);
  const xlsx = await fromXlsx(lang);
  expect(pane.dropdowns).toBe(true);
  expect(pane.seen.sort(byPlace)).toEqual(xlsx.sort(byPlace));
  // The kinds, the sources' uses, the units, the rubric ids and the 整改 statuses: five dropdowns, not merely two empty
  // lists alike.
  expect(xlsx).toHaveLength(5);
  // Under the header, which the 填写说明 line moved to row 2: from row 3, 2000 rows down.
  const rubric = lang === 'zh' ? '考评细则' : 'Rubric';
  expect(pane.seen.find((s) => s.at === `${rubric}!F`)?.rows).toBe('3:2002');
  expect(xlsx.find((s) => s.at === `${rubric}!F`)?.rows).toBe('3:2002');
});

test('without data validation (no ExcelApi 1.8) the sheets go in without dropdowns, and the result says so', async () => {
  const pane = await fromPane('zh', false);
  expect(pane.dropdowns).toBe(false);
  expect(pane.seen).toEqual([]);
  expect(pane.fake.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['考评细则', '扣分记录']));
});

test('a dropdown on an added sheet may list the clerk’s own units, read where the engine finds them, without touching that sheet', async () => {
  const fake = new FakeExcel();
  const units = fake.book.add('考评单位', 'test');
  units.ensure(0, 0).v = '2024 年参评单位';
  units.ensure(2, 0).v = '序号';
  units.ensure(2, 1).v = '单位';
  units.ensure(2, 2).v = '考评区';
  units.ensure(3, 1).v = '一支部';
  const before = JSON.stringify(units.rows);
  const port = new ExcelLivePort(fakeRun(fake), paneRun(fake), {}, () => true);
  const { sheets } = await port.insertTemplate('zh');
  expect(sheets).not.toContain('考评单位');
  expect(JSON.stringify(units.rows)).toBe(before);
  expect(validationAreas(units)).toEqual([]);
  const entries = validationAreas(fake.book.find('扣分记录')!).map((a) => (a.v.rule?.list as { source: string }).source);
  expect(entries).toContain('=考评单位!$B$4:$B$2003');
});
