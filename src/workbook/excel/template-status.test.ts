/** 插入模板 gives 整改状态 its dropdown, as the file template does. */
import { FakeExcel } from '../fake-excel';
import { validationsOf } from '../fake-excel/data-validation';
import { BookModel } from '../fake-excel/model';
import type { ExcelRun, PaneContext } from './live-api';
import { insertTemplate } from './template';

describe.each([
  ['zh', '扣分记录', '未整改,整改中,已整改'],
  ['en', 'Entries', 'open,in progress,done'],
] as const)('插入模板 (%s)', (lang, entries, source) => {
  it('puts the statuses in a dropdown under the status header of the entries sheet', async () => {
    const fake = new FakeExcel({ book: new BookModel() });
    // The in-memory Excel has no Worksheet.activate (the preview records it); the template calls it last.
    const withActivate = (ws: object): object => new Proxy(ws, { get: (t, p) => (p === 'activate' ? () => undefined : (Reflect.get(t, p, t) as unknown)) });
    const run: ExcelRun = (batch) =>
      fake.run((context) => {
        const sheets = context.workbook.worksheets;
        const add = (name: string): object => withActivate(sheets.add(name));
        const pane = { workbook: { worksheets: new Proxy(sheets, { get: (t, p) => (p === 'add' ? add : (Reflect.get(t, p, t) as unknown)) }) }, sync: () => context.sync() };
        return batch(pane as unknown as PaneContext);
      });
    const added = await insertTemplate(run, lang);
    expect(added).toContain(entries);
    const sheet = fake.book.find(entries)!;
    const header = (sheet.rows[0] ?? []).map((c) => c?.v);
    const col = header.indexOf(lang === 'zh' ? '整改状态' : 'Status');
    expect(col).toBeGreaterThan(0);
    expect(validationsOf(sheet).map((v) => [v.rect.left, v.rect.top, v.list.source])).toEqual([[col, 1, source]]);
  });
});
