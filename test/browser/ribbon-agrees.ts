/**
 * The ribbon and the pane agree on every sample after a role is changed in the pane: the choice is
 * kept in the settings sheet, where the ribbon's 一键计算 reads it too, so both write the same results.
 */
import type { Frame, Page } from 'playwright-core';
import type { Assessment, Role } from '../../src/engine';
import type { SampleWorkbook } from '../../seeds';
import { readBook, readSheet } from './workbook';

const WAIT = { timeout: 30_000 };

/** The pane's label for each role a test may set to 不使用, in the order tried. */
const OPTIONAL: ReadonlyArray<{ role: Role; label: string }> = [
  { role: 'scoreTable', label: '扣分表 / 得分表' },
  { role: 'periods', label: '期间设置' },
  { role: 'categories', label: '栏目设置' },
  { role: 'sources', label: '来源设置' },
  { role: 'units', label: '考评单位' },
];

function fail(message: string): never {
  throw new Error(message);
}

export interface AgreeContext {
  readonly page: Page;
  readonly log: (message: string) => void;
  readonly paneReady: (page: Page, label: string) => Promise<Frame>;
  readonly expected: (sample: SampleWorkbook) => Assessment;
}

/** Every result sheet's values, by name, as the workbook holds them. */
async function results(page: Page): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of (await readBook(page)).sheets) if (s.name.startsWith('结果-')) out[s.name] = await readSheet(page, s.name);
  return out;
}

export async function ribbonAgrees(samples: readonly SampleWorkbook[], { page, log, paneReady, expected }: AgreeContext): Promise<void> {
  for (const sample of samples) {
    await page.getByTestId('sample-picker').selectOption(sample.key);
    await page.waitForFunction((key) => window.kaopingPreview?.loaded === key, sample.key, WAIT);
    const pane = await paneReady(page, '一键计算');
    const roles = expected(sample).roles;
    const change = OPTIONAL.find((o) => roles.some((r) => r.role === o.role && r.sheets.length > 0)) ?? fail(`"${sample.key}" has no optional role to change`);
    await pane.getByRole('tab', { name: '设置' }).click();
    await pane.getByRole('combobox', { name: change.label }).selectOption({ label: '（不使用）' });
    await pane.getByText(/^设置已写入/).waitFor(WAIT);
    await pane.getByRole('tab', { name: '计算' }).click();
    const button = pane.getByRole('button', { name: '一键计算', exact: true });
    await button.and(pane.locator(':enabled')).click();
    await pane.getByText(/^已写出|^未能计分/).waitFor(WAIT);
    const byPane = await results(page);
    if (Object.keys(byPane).length === 0) fail(`"${sample.key}": the pane wrote no result sheet`);
    const before = await page.evaluate(() => window.kaopingPreview?.fake.counters.syncs ?? 0);
    await page.getByTestId('ribbon-recalc').click();
    await page.waitForFunction((n) => (window.kaopingPreview?.fake.counters.syncs ?? 0) > n, before, WAIT);
    await page.getByTestId('ribbon-recalc').and(page.locator(':enabled')).waitFor(WAIT);
    const byRibbon = await results(page);
    for (const name of Object.keys(byPane)) {
      if (JSON.stringify(byPane[name]) !== JSON.stringify(byRibbon[name])) fail(`"${sample.key}" with ${change.label} 不使用: the ribbon and the pane wrote different ${name}`);
    }
    if (Object.keys(byRibbon).length !== Object.keys(byPane).length) fail(`"${sample.key}": the ribbon wrote ${Object.keys(byRibbon).join(', ')}, the pane ${Object.keys(byPane).join(', ')}`);
    log(`"${sample.key}" with ${change.label} set to 不使用 in the pane: the ribbon then wrote the same ${Object.keys(byPane).length} result sheets`);
  }
}
