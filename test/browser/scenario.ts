/**
 * What the browser test does in the preview, step by step: choose a sample, 一键计算 in the pane,
 * check the result sheets cell by cell against the engine, go to a finding, switch to English, and run
 * the ribbon command. Expected values come from the engine run here in Node on the same sample.
 */
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { assess, buildReport, type Assessment, type Finding, type ReportSheet } from '../../src/engine';
import { SAMPLES, sampleToInput, type SampleWorkbook } from '../../seeds';
import { TEMPLATE } from '../../src/workbook/shared/template-layout';
import { paneAtWidths } from './pane-widths';
import { ribbonAgrees } from './ribbon-agrees';
import { readBook, readSheet, waitForBook } from './workbook';

export interface ScenarioContext {
  readonly page: Page;
  readonly baseUrl: string;
  readonly screenshots: string;
  readonly log: (message: string) => void;
}

const WAIT = { timeout: 30_000 };

function fail(message: string): never {
  throw new Error(message);
}

function expected(sample: SampleWorkbook, lang: 'zh' | 'en') {
  const input = sampleToInput(sample);
  const assessment = assess(input);
  return { assessment, report: buildReport(assessment, input, lang) };
}

/** The pane's frame once its 一键计算 (or Calculate) button can be pressed. */
async function paneReady(page: Page, label: string): Promise<Frame> {
  const handle = await page.getByTestId('taskpane').elementHandle(WAIT);
  const frame = (await handle?.contentFrame()) ?? fail('The task pane frame did not load.');
  await frame.getByRole('button', { name: label, exact: true }).and(frame.locator(':enabled')).waitFor(WAIT);
  return frame;
}

/** Every cell of a result sheet in the in-memory workbook equals the engine's report. */
async function matchesReport(page: Page, sheet: ReportSheet): Promise<void> {
  const got = await readSheet(page, sheet.name);
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      // Excel keeps 15 significant digits of a number, and so does the in-memory Excel.
      const want = cell.value === '' ? null : typeof cell.value === 'number' && !Number.isInteger(cell.value) ? Number(cell.value.toPrecision(15)) : cell.value;
      const have = got[r]?.[c] ?? null;
      if (have !== want) fail(`${sheet.name}!R${r + 1}C${c + 1}: workbook has ${JSON.stringify(have)}, engine says ${JSON.stringify(want)}.`);
    }),
  );
}

/** A few totals and ranks, looked up by unit under the header, against the engine's results. */
async function checkTotals(page: Page, sheetName: string, a: Assessment): Promise<number> {
  const rows = await readSheet(page, sheetName);
  const header = rows[0] ?? [];
  const col = (label: string) => (header.indexOf(label) >= 0 ? header.indexOf(label) : fail(`${sheetName} has no column ${label}`));
  const [period, unit, total, inZone, overall] = ['期间', '单位', '总分', '区内名次', '总名次'].map(col);
  const last = a.periods[a.periods.length - 1];
  const picks = [...a.results.filter((x) => x.period === last).slice(0, 3), ...a.results.filter((x) => x.rankOverall === 1)];
  for (const want of picks) {
    const row = rows.find((r) => r[period] === want.period && r[unit] === want.unit) ?? fail(`${sheetName} has no row for ${want.period} ${want.unit}`);
    const got = [row[total], row[inZone], row[overall]];
    const exp = [want.total, want.rankInZone, want.rankOverall];
    if (JSON.stringify(got) !== JSON.stringify(exp)) fail(`${want.period} ${want.unit}: total and ranks ${JSON.stringify(got)}, expected ${JSON.stringify(exp)}`);
  }
  return picks.length;
}

function place(f: Finding): string {
  return `${f.sheet}!${f.cell}`;
}

function findingButton(pane: Frame, f: Finding) {
  const escaped = place(f).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return pane.getByRole('button', { name: new RegExp(`^${escaped}`) }).first();
}

/** Chooses a sample in the picker, calculates in the pane, and checks the workbook against the engine. */
async function calculateSample(page: Page, sample: SampleWorkbook, log: (m: string) => void): Promise<Frame> {
  if ((await readBook(page)).sample !== sample.key) {
    await page.getByTestId('sample-picker').selectOption(sample.key);
    await waitForBook(page, (b) => b.sample === sample.key, `sample ${sample.key}`);
  }
  const pane = await paneReady(page, '一键计算');
  const { assessment, report } = expected(sample, 'zh');
  await pane.getByRole('tab', { name: '计算' }).click();
  await pane.getByRole('button', { name: '一键计算', exact: true }).click();
  await pane.getByText(/^已写出/).waitFor(WAIT);
  const names = report.sheets.map((s) => s.name);
  const errors = assessment.findings.some((f) => f.severity === 'error');
  const focus = report.sheets.find((s) => s.key === (errors ? 'checks' : 'rankings'))!.name;
  const book = await waitForBook(page, (b) => names.every((n) => b.sheets.some((s) => s.name === n)) && b.active === focus, 'the result sheets');
  for (const s of report.sheets) await matchesReport(page, s);
  const checked = await checkTotals(page, names[0], assessment);
  log(`"${sample.title.zh}": 一键计算 wrote ${names.join(', ')}, showed ${book.active}; every cell matches the engine; ${checked} totals and ranks checked over ${assessment.periods.length} period(s)`);
  return pane;
}

export async function scenario({ page, baseUrl, screenshots, log }: ScenarioContext): Promise<void> {
  const shot = (name: string) => page.screenshot({ path: path.join(screenshots, name) });

  // 1. The preview opens on the first sample and offers every sample.
  await page.goto(`${baseUrl}/preview.html`);
  await paneReady(page, '一键计算');
  const offered = await page.getByTestId('sample-picker').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  if (JSON.stringify(offered) !== JSON.stringify([...SAMPLES.map((s) => s.key), 'blank'])) fail(`The sample picker offers ${offered.join(', ')}`);
  log(`the preview offers every sample (${offered.join(', ')}) and the pane checked the first`);
  await shot('01-opened.png');

  // 2. Every sample, chosen in the picker and calculated in the pane, matches the engine cell for cell.
  for (const [i, sample] of SAMPLES.entries()) {
    await calculateSample(page, sample, log);
    await shot(`02-calculated-${i + 1}-${sample.key}.png`);
  }

  // 3. A finding, one click (or Enter) away from its cell.
  const withFinding =
    SAMPLES.find((s) => expected(s, 'zh').assessment.findings.some((f) => f.sheet !== '' && f.cell !== '')) ?? fail('No sample has a finding with a cell to go to.');
  const pane = await calculateSample(page, withFinding, log);
  await page.getByTestId('taskpane').screenshot({ path: path.join(screenshots, '03-pane-after-calculate.png') });
  const findings = expected(withFinding, 'zh').assessment.findings.filter((f) => f.sheet !== '' && f.cell !== '');
  const [byClick, byKey] = [findings[0], findings[findings.length - 1]];
  await pane.getByRole('tab', { name: /^问题/ }).click();
  await findingButton(pane, byClick).click();
  await waitForBook(page, (b) => b.active === byClick.sheet && b.selection === byClick.cell, `the selection to move to ${place(byClick)}`);
  const marked = await page.locator('td[data-selected="true"]').first().getAttribute('data-cell');
  if (marked !== byClick.cell) fail(`The grid marks ${marked} selected, not ${byClick.cell}`);
  log(`clicking the finding at ${place(byClick)} selected that cell`);
  await shot('04-finding-selected.png');
  // The list is one Tab stop: focus lands on one finding, the arrow keys move, Enter goes.
  await findingButton(pane, byClick).focus();
  await page.keyboard.press('End');
  const atEnd = await pane.evaluate(() => {
    const all = [...document.querySelectorAll('[data-finding]')];
    return all.length > 0 && document.activeElement === all[all.length - 1];
  });
  if (!atEnd) fail('End in the findings list did not move to the last finding');
  const tabStops = await pane.locator('[data-finding][tabindex="0"]').count();
  if (tabStops !== 1) fail(`The findings list has ${tabStops} Tab stops, not one`);
  await findingButton(pane, byKey).focus();
  await page.keyboard.press('Enter');
  await waitForBook(page, (b) => b.active === byKey.sheet && b.selection === byKey.cell, `the selection to move to ${place(byKey)}`);
  log(`Enter on the finding at ${place(byKey)} selected that cell; the list is one Tab stop`);

  // 4. English: the pane's words follow its language button, the result sheets keep theirs until
  //    结果语言 says otherwise.
  await pane.getByRole('button', { name: 'Switch to English' }).click();
  await pane.getByRole('heading', { level: 1, name: 'Kaoping' }).waitFor(WAIT);
  await pane.getByRole('tab', { name: 'Calculate' }).click();
  await pane.getByRole('button', { name: 'Calculate', exact: true }).and(pane.locator(':enabled')).waitFor(WAIT);
  await pane.getByRole('button', { name: 'Calculate', exact: true }).click();
  await pane.getByText(/^Written/).waitFor(WAIT);
  const zh = expected(withFinding, 'zh');
  await waitForBook(page, (b) => zh.report.sheets.every((s) => b.sheets.some((x) => x.name === s.name)) && !b.sheets.some((x) => x.name.startsWith('Results-')), 'the Chinese result sheets kept');
  log('in English the pane calculated and kept the Chinese result sheets (their language is 结果语言, not the pane’s)');
  await pane.getByRole('tab', { name: 'Settings' }).click();
  await pane.getByRole('combobox', { name: 'Result language' }).selectOption('en');
  await pane.getByRole('button', { name: 'Save and recalculate' }).click();
  const en = expected(withFinding, 'en');
  const enNames = en.report.sheets.map((s) => s.name);
  await waitForBook(page, (b) => enNames.every((n) => b.sheets.some((s) => s.name === n)), 'the English result sheets');
  log(`结果语言 English, saved with Save and recalculate, wrote ${enNames.join(', ')}`);
  await shot('05-english.png');
  await pane.getByRole('combobox', { name: 'Result language' }).selectOption('zh');
  await pane.getByRole('button', { name: 'Save and recalculate' }).click();
  await waitForBook(page, (b) => zh.report.sheets.every((s) => b.sheets.some((x) => x.name === s.name)), 'the Chinese result sheets again');
  await pane.getByRole('button', { name: '中文' }).click();
  await pane.getByRole('heading', { level: 1, name: '考评助手' }).waitFor(WAIT);

  // 4b. The pane at 320 px and 500 px, in Chinese and English: the stale note on reopening, the
  //     edited-sheet choice by role and by keyboard, every tab without sideways scrolling.
  const dataRole = zh.assessment.roles.find((r) => (r.role === 'entries' || r.role === 'scoreTable') && r.sheets.length > 0) ?? fail('No entries sheet');
  await paneAtWidths({ page, screenshots, log, data: dataRole.sheets[0], totals: zh.report.sheets[0].name });

  // 5. The ribbon's 一键计算 (the command page's function), in the Office language (Chinese).
  const other = SAMPLES.find((s) => s.key !== withFinding.key) ?? withFinding;
  await page.getByTestId('sample-picker').selectOption(other.key);
  await waitForBook(page, (b) => b.sample === other.key && !b.sheets.some((s) => s.name.startsWith('结果-')), `a fresh copy of sample ${other.key}`);
  const first = expected(other, 'zh');
  const firstErrors = first.assessment.findings.some((f) => f.severity === 'error');
  const firstFocus = first.report.sheets.find((s) => s.key === (firstErrors ? 'checks' : 'rankings'))!.name;
  await page.getByTestId('ribbon-recalc').click();
  await waitForBook(page, (b) => b.active === firstFocus && first.report.sheets.every((s) => b.sheets.some((x) => x.name === s.name)), `the ribbon command to show ${firstFocus}`);
  await matchesReport(page, first.report.sheets[0]);
  log(`the ribbon command calculated "${other.title.zh}" without the pane and showed ${firstFocus}`);
  await shot('06-ribbon.png');
  // The ribbon cannot ask: with 结果-总分 edited by hand it writes beside it and says so on 结果-校验.
  const totalsName = first.report.sheets[0].name;
  await page.evaluate((name) => {
    const sheet = window.kaopingPreview?.fake.book.find(name);
    if (!sheet) throw new Error(`No sheet "${name}"`);
    sheet.ensure(1, 2).v = '手工改过';
  }, totalsName);
  await page.getByTestId('ribbon-recalc').click();
  await waitForBook(page, (b) => b.sheets.some((s) => s.name === `${totalsName} (2)`), `the ribbon to write beside the edited ${totalsName}`);
  await page.getByTestId('ribbon-recalc').and(page.locator(':enabled')).waitFor(WAIT);
  const checksName = first.report.sheets.find((s) => s.key === 'checks')!.name;
  const said = (await readSheet(page, checksName)).find((r) => r[1] === 'EDITED_RESULT');
  if (!said || !String(said[said.length - 1]).includes(`“${totalsName}”已被手工修改`)) fail(`${checksName} does not say that ${totalsName} was edited and the results went beside it`);
  if ((await readSheet(page, totalsName))[1]?.[2] !== '手工改过') fail(`The ribbon overwrote the edited ${totalsName}`);
  log(`with ${totalsName} edited by hand, the ribbon wrote beside it, left the edit, and ${checksName} says so`);

  // 6. A blank workbook: the pane offers the template, and its settings panel writes the settings sheet.
  await page.getByTestId('sample-picker').selectOption('blank');
  await waitForBook(page, (b) => b.sample === 'blank', 'the blank workbook');
  const blank = await paneReady(page, '一键计算');
  await blank.getByRole('button', { name: '插入模板' }).click();
  const template = TEMPLATE.zh.map((t) => t.name);
  await waitForBook(page, (b) => template.every((n) => b.sheets.some((s) => s.name === n)), 'the template sheets');
  await blank.getByText(/^已插入：/).waitFor(WAIT);
  log(`插入模板 added ${template.join(', ')}`);
  await shot('07-template.png');
  await blank.getByRole('tab', { name: '设置' }).click();
  const flags = blank.getByRole('textbox', { name: '红旗名额' });
  await flags.fill('5');
  await flags.press('Tab');
  await blank.getByRole('radio', { name: /中国式/ }).check();
  await blank.getByRole('button', { name: '保存设置' }).click();
  await blank.getByText('设置已写入“考评设置”。').waitFor(WAIT);
  const settings = await readSheet(page, '考评设置');
  const value = (key: string) => settings.find((r) => r[0] === key)?.[1];
  if (value('红旗名额') !== 5 || value('排名方式') !== '中国式') fail(`The settings sheet holds 红旗名额 ${String(value('红旗名额'))}, 排名方式 ${String(value('排名方式'))}`);
  await blank.getByRole('textbox', { name: '红旗名额' }).and(blank.locator('[value="5"]')).waitFor(WAIT);
  log('the settings panel wrote 红旗名额 5 and 排名方式 中国式 into 考评设置, and the pane read them back');
  await page.getByTestId('taskpane').screenshot({ path: path.join(screenshots, '08-settings.png') });

  // 7. The ribbon and the pane agree on every sample after a role is changed: the choice is in the settings sheet.
  await ribbonAgrees(SAMPLES, { page, log, paneReady, expected: (x) => expected(x, 'zh').assessment });
  await page.getByTestId('taskpane').screenshot({ path: path.join(screenshots, '09-role-changed.png') });

  // 8. Older Excel (?host=): the pane calculates twice, the second time with a result sheet shown as
  //    the first run left it, then the ribbon once more; what that Excel lacks is an 提示 row on 结果-校验.
  const lacks = { office2019: ['HOST_NO_NOTES', 'HOST_NO_COMMENTS', 'HOST_NO_PAGE_LAYOUT'], office2021: ['HOST_NO_NOTES'] } as const;
  for (const host of ['office2019', 'office2021'] as const) {
    const sample = SAMPLES[0];
    await page.goto(`${baseUrl}/preview.html?host=${host}&sample=${sample.key}`);
    const older = await paneReady(page, '一键计算');
    const { report } = expected(sample, 'zh');
    const syncs = () => page.evaluate(() => window.kaopingPreview?.fake.counters.syncs ?? 0);
    const settle = async (before: number, button: ReturnType<Frame['getByRole']>) => {
      await page.waitForFunction((n) => (window.kaopingPreview?.fake.counters.syncs ?? 0) > n, before, WAIT);
      await button.and(older.locator(':enabled')).waitFor(WAIT);
    };
    let shownAfterFirst: string | null = null;
    for (let run = 1; run <= 2; run++) {
      const before = await syncs();
      const button = older.getByRole('button', { name: '一键计算', exact: true });
      await button.click();
      await settle(before, button);
      await older.getByText(/^已写出：/).waitFor(WAIT);
      const shown = (await readBook(page)).active;
      if (run === 1 && !report.sheets.some((s) => s.name === shown)) fail(`As ${host} the pane showed ${shown}, not a result sheet`);
      if (run === 1) shownAfterFirst = shown;
    }
    const beforeRibbon = await syncs();
    await page.getByTestId('ribbon-recalc').click();
    await page.waitForFunction((n) => (window.kaopingPreview?.fake.counters.syncs ?? 0) > n, beforeRibbon, WAIT);
    await page.getByTestId('ribbon-recalc').and(page.locator(':enabled')).waitFor(WAIT);
    const dialog = await page.evaluate(() => window.kaopingPreview?.dialog?.url ?? null);
    if (dialog !== null) fail(`As ${host} the ribbon command opened a message: ${decodeURIComponent(dialog)}`);
    await matchesReport(page, report.sheets[0]);
    const checks = await readSheet(page, report.sheets.find((s) => s.key === 'checks')!.name);
    const codes = checks.map((r) => r[1]).filter((c): c is string => typeof c === 'string' && c.startsWith('HOST_'));
    if (JSON.stringify(codes) !== JSON.stringify(lacks[host])) fail(`As ${host} 结果-校验 notes ${codes.join(', ') || 'nothing'}, expected ${lacks[host].join(', ')}`);
    log(`as ${host}: 一键计算 twice in the pane (the second with ${shownAfterFirst} shown) and once from the ribbon, results matching the engine, 结果-校验 noting ${codes.join(', ')}`);
    await shot(`09-${host}.png`);
  }
}
