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
