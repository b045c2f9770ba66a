/**
 * The pane at a real task pane's width (320 px) and wider (500 px), in Chinese and in English: on
 * opening after the data changed it says the results are out of date, before any calculation; after a
 * run that met a result sheet edited by hand it names the sheet and offers both choices, reached by
 * role and by keyboard; no tab scrolls sideways; focus comes back to the button after each run.
 */
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { readBook, readSheet, waitForBook, type Scalar } from './workbook';

type Lang = 'zh' | 'en';

const WAIT = { timeout: 30_000 };

/** The pane's words the test looks for, as the clerk sees them. */
const WORDS = {
  zh: {
    calculate: '一键计算',
    written: /^已写出/,
    stale: '工作表上的结果早于当前的设置或数据，请重新计算。',
    recalcNow: '重新计算',
    edited: '已手工修改的结果表',
    editedSays: '已被手工修改',
    keep: '保留修改，结果写在旁边',
    replace: '用本次结果替换…',
    confirmSays: '手工修改将全部丢失',
    yes: '确定替换',
    tabs: ['计算', /^问题/, '设置'] as const,
    tabFiles: ['计算', '问题', '设置'],
  },
  en: {
    calculate: 'Calculate',
    written: /^Written/,
    stale: 'The results on the sheets are older than the settings or data now: calculate again.',
    recalcNow: 'Calculate again',
    edited: 'Result sheets edited by hand',
    editedSays: 'has been edited by hand',
    keep: 'Keep the edits, results beside',
    replace: 'Replace with these results…',
    confirmSays: 'loses every hand edit',
    yes: 'Replace',
    tabs: ['Calculate', /^Findings/, 'Settings'] as const,
    tabFiles: ['calculate', 'findings', 'settings'],
  },
} as const;

function fail(message: string): never {
  throw new Error(message);
}

async function sideways(pane: Frame): Promise<number> {
  return pane.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function noSideways(pane: Frame, where: string): Promise<void> {
  const over = await sideways(pane);
  if (over > 0) fail(`${where}: the pane scrolls sideways by ${over} px`);
}

/** The clerk types a value into a cell of the in-memory workbook. */
async function typeInto(page: Page, sheet: string, row: number, col: number, value: Scalar): Promise<void> {
  await page.evaluate(
    ([name, r, c, v]) => {
      const s = window.kaopingPreview?.fake.book.find(name);
      if (!s) throw new Error(`No sheet "${name}"`);
      s.ensure(r, c).v = v;
    },
    [sheet, row, col, value] as const,
  );
}

/** Changes the last number in the last row of `sheet` (an entry's points or date): the data the results came from. */
async function changeData(page: Page, sheet: string): Promise<void> {
  const rows = await readSheet(page, sheet);
  for (let r = rows.length - 1; r > 0; r--) {
    // The last number of the row: its points or date, never its id.
    const c = (rows[r] ?? []).findLastIndex((v) => typeof v === 'number');
    if (c >= 0) return typeInto(page, sheet, r, c, (rows[r][c] as number) + 1);
  }
  fail(`No number to change in ${sheet}`);
}

/** Opens the pane again (the workbook stays, as when the clerk closes and reopens the task pane), in `lang`. */
async function reopenPane(page: Page, lang: Lang): Promise<Frame> {
  const frameElement = page.getByTestId('taskpane');
  await frameElement.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const iframe = el as HTMLIFrameElement;
        iframe.addEventListener('load', () => resolve(), { once: true });
        iframe.contentWindow?.location.reload();
      }),
  );
  const frame = (await (await frameElement.elementHandle(WAIT))?.contentFrame()) ?? fail('The task pane frame did not load again.');
  await frame.getByRole('button', { name: '一键计算', exact: true }).and(frame.locator(':enabled')).waitFor(WAIT);
  if (lang === 'en') {
    await frame.getByRole('button', { name: 'Switch to English' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Kaoping' }).waitFor(WAIT);
  }
  return frame;
}

async function calculate(pane: Frame, lang: Lang, button: string = WORDS[lang].calculate): Promise<void> {
  const w = WORDS[lang];
  await pane.getByRole('tab', { name: w.tabs[0] }).click();
  await pane.getByRole('button', { name: button, exact: true }).and(pane.locator(':enabled')).click();
  await pane.getByText(w.written).waitFor(WAIT);
  await pane.getByRole('button', { name: w.calculate, exact: true }).and(pane.locator(':enabled')).waitFor(WAIT);
  const focused = await pane.evaluate(() => document.activeElement?.textContent ?? '');
  if (focused !== w.calculate) fail(`After the run focus is on "${focused}", not on ${w.calculate}`);
}

export interface WidthsContext {
  readonly page: Page;
  readonly screenshots: string;
  readonly log: (message: string) => void;
  /** The sheet the sample's entries (or score table) are on, and the totals sheet's name. */
  readonly data: string;
  readonly totals: string;
}

type Resolve = 'replace-by-keyboard' | 'escape' | 'replace-by-click' | 'keep';

const PLAN: ReadonlyArray<{ lang: Lang; width: number; resolve: Resolve }> = [
  { lang: 'zh', width: 320, resolve: 'replace-by-keyboard' },
  { lang: 'zh', width: 500, resolve: 'escape' },
  { lang: 'en', width: 320, resolve: 'replace-by-click' },
  { lang: 'en', width: 500, resolve: 'keep' },
];

export async function paneAtWidths({ page, screenshots, log, data, totals }: WidthsContext): Promise<void> {
  const frameShot = (name: string) => page.getByTestId('taskpane').screenshot({ path: path.join(screenshots, name) });
  // Unchanged since the last calculation: reopening says nothing.
  let pane = await reopenPane(page, 'zh');
  await pane.getByRole('tab', { name: '计算' }).waitFor(WAIT);
  await page.waitForTimeout(300);
  if (await pane.getByText(WORDS.zh.stale).isVisible()) fail('Reopened on unchanged data, the pane says the results are out of date');
  log('reopened on the data the results came from, the pane says nothing about them being out of date');

  for (const { lang, width, resolve } of PLAN) {
    const w = WORDS[lang];
    await page.getByTestId('taskpane').evaluate((el, px) => ((el as HTMLElement).style.width = `${px}px`), width);
    const tag = `${width}-${lang}`;

    // Out of date on opening: the data changed, the pane is opened again, the note shows before any run.
    await changeData(page, data);
    const runs = await page.evaluate(() => window.kaopingPreview?.fake.counters.syncs ?? 0);
    pane = await reopenPane(page, lang);
    const note = pane.getByText(w.stale);
    await note.waitFor(WAIT);
    const written = await pane.getByText(w.written).count();
    if (written > 0) fail(`${tag}: the stale note came after a calculation, not on opening`);
    await noSideways(pane, `${tag}, the stale note`);
    await frameShot(`stale-${tag}.png`);
    if ((await page.evaluate(() => window.kaopingPreview?.fake.counters.syncs ?? 0)) < runs) fail('The workbook was reloaded');
    await calculate(pane, lang, w.recalcNow);
    await note.waitFor({ state: 'detached', ...WAIT });

    // An edited result sheet: named after the run, with both choices.
    // The results as written: beside the edited sheet when an earlier step left it edited.
    const latest = (await readBook(page)).sheets.some((s) => s.name === `${totals} (2)`) ? `${totals} (2)` : totals;
    const clean = await readSheet(page, latest);
    await typeInto(page, totals, 1, 2, lang === 'zh' ? '手工改过' : 'edited by hand');
    await calculate(pane, lang);
    const question = pane.getByRole('group', { name: w.edited });
    await question.waitFor(WAIT);
    if (!(await question.textContent())?.includes(w.editedSays)) fail(`${tag}: the message does not name the edited sheet`);
    if (!(await readBook(page)).sheets.some((s) => s.name === `${totals} (2)`)) fail(`${tag}: the results did not go beside the edited sheet`);
    await noSideways(pane, `${tag}, the edited-sheet question`);
    await frameShot(`edited-${tag}.png`);
    const replaceButton = question.getByRole('button', { name: w.replace });
    if (resolve === 'replace-by-keyboard' || resolve === 'escape') {
      await replaceButton.focus();
      await page.keyboard.press('Enter');
      await question.getByText(new RegExp(w.confirmSays)).waitFor(WAIT);
      await noSideways(pane, `${tag}, the confirmation`);
      await frameShot(`confirm-${tag}.png`);
      // Escape steps back out of the confirmation, onto the button that opened it.
      await page.keyboard.press('Escape');
      await question.getByRole('button', { name: w.keep }).waitFor(WAIT);
      const back = await pane.evaluate(() => document.activeElement?.textContent ?? '');
      if (back !== w.replace) fail(`${tag}: Escape left focus on "${back}", not on ${w.replace}`);
    }
    if (resolve === 'replace-by-keyboard') {
      await page.keyboard.press('Enter');
      // Focus waits on the safe button; Shift+Tab reaches the one that replaces.
      await page.keyboard.press('Shift+Tab');
      const onYes = await pane.evaluate(() => document.activeElement?.textContent ?? '');
      if (onYes !== w.yes) fail(`${tag}: Shift+Tab from the confirmation's safe button reached "${onYes}"`);
      await page.keyboard.press('Enter');
    } else if (resolve === 'replace-by-click') {
      await replaceButton.click();
      await question.getByRole('button', { name: w.yes, exact: true }).click();
    } else if (resolve === 'escape') {
      await page.keyboard.press('Escape');
    } else {
      await question.getByRole('button', { name: w.keep }).click();
    }
    await question.waitFor({ state: 'detached', ...WAIT });
    // The question goes as the replacing starts; the write has ended when the button is back.
    await pane.getByRole('button', { name: w.calculate, exact: true }).and(pane.locator(':enabled')).waitFor(WAIT);
    if (resolve.startsWith('replace')) {
      await pane.getByText(w.written).waitFor(WAIT);
      // Polled: on a slow machine the button may be back a moment before the preview's workbook shows the write.
      await waitForBook(page, (b) => !b.sheets.some((s) => s.name === `${totals} (2)`), `${tag}: ${totals} (2) to go after replacing`, WAIT.timeout);
      if (JSON.stringify(await readSheet(page, totals)) !== JSON.stringify(clean)) fail(`${tag}: the replaced ${totals} does not hold the results`);
    } else {
      if (!(await readBook(page)).sheets.some((s) => s.name === `${totals} (2)`)) fail(`${tag}: keeping the edits lost ${totals} (2)`);
      const kept = await readSheet(page, totals);
      if (kept[1]?.[2] !== (lang === 'zh' ? '手工改过' : 'edited by hand')) fail(`${tag}: the clerk's edit on ${totals} is gone`);
    }
    log(`${tag}: the stale note on reopening after the data changed; the edited ${totals} named, ${resolve.replace(/-/g, ' ')}`);

    // Every tab, at this width and in this language, without sideways scrolling.
    for (const [i, tab] of w.tabs.entries()) {
      await pane.getByRole('tab', { name: tab }).click();
      await pane.getByRole('tabpanel').waitFor(WAIT);
      await noSideways(pane, `${tag}, the ${w.tabFiles[i]} tab`);
      await frameShot(`pane-${tag}-${w.tabFiles[i]}.png`);
    }
    await pane.getByRole('tab', { name: w.tabs[0] }).click();
    log(`${tag}: no tab of the pane scrolls sideways`);
  }
  // Leave the pane as the other steps expect it: full width, in Chinese.
  await page.getByTestId('taskpane').evaluate((el) => ((el as HTMLElement).style.width = ''));
  await reopenPane(page, 'zh');
}
