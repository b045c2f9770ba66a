/** Reading the preview's in-memory workbook from the page (window.kaopingPreview). */
import type { Page } from 'playwright-core';

export interface BookView {
  /** The loaded sample's key, or 'blank'. */
  readonly sample: string;
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly visibility: string }>;
  readonly active: string | null;
  readonly selection: string | null;
}

export type Scalar = string | number | boolean | null;

export function readBook(page: Page): Promise<BookView> {
  return page.evaluate(() => {
    const host = window.kaopingPreview;
    if (!host) throw new Error('The preview host is not on the page.');
    return {
      sample: host.loaded,
      sheets: host.fake.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
      active: host.shownSheet(),
      selection: host.view.selection,
    };
  });
}

/** A sheet's stored values, row by row (errors as their text, blanks as null). */
export function readSheet(page: Page, name: string): Promise<Scalar[][]> {
  return page.evaluate((sheetName) => {
    const host = window.kaopingPreview;
    const sheet = host?.fake.book.find(sheetName);
    if (!sheet) throw new Error(`No sheet "${sheetName}" in the workbook.`);
    return sheet.rows.map((row) =>
      (row ?? []).map((c) => {
        const v = c?.v ?? null;
        return v !== null && typeof v === 'object' ? v.error : v === '' ? null : v;
      }),
    );
  }, name);
}

/** Polls the workbook until `test` holds; throws, naming the sheets there are, after `timeout` ms. */
export async function waitForBook(page: Page, test: (b: BookView) => boolean, what: string, timeout = 30_000): Promise<BookView> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const book = await readBook(page);
    if (test(book)) return book;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; the workbook has ${book.sheets.map((s) => s.name).join(', ')}, active ${book.active}.`);
    await page.waitForTimeout(100);
  }
}
