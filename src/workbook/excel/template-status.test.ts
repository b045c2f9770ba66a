/** 插入模板 gives 整改状态 its dropdown, as the file template does (one plan: shared/template-dropdowns.ts). */
import { FakeExcel } from '../fake-excel';
import { validationAreas } from '../fake-excel/data-validation';
import { fakeRun } from '../fake-excel/fake-run';
import { ExcelLivePort } from './live-port';
import { paneRun } from '../../../test/workbook/pane-run';


describe.each([
  ['zh', '扣分记录', '未整改,整改中,已整改'],
  ['en', 'Entries', 'open,in progress,done'],
] as const)('插入模板 (%s)', (lang, entries, source) => {
  it('puts the statuses in a dropdown under the status header of the entries sheet', async () => {
    const fake = new FakeExcel();
    const port = new ExcelLivePort(fakeRun(fake), paneRun(fake), {}, () => true);
    const added = await port.insertTemplate(lang);
    expect(added.sheets).toContain(entries);
    const sheet = fake.book.find(entries)!;
    // Row 1 is the 填写说明 line; the header is row 2 and the dropdown starts under it (row index 2).
    const header = (sheet.rows[1] ?? []).map((c) => c?.v);
    const col = header.indexOf(lang === 'zh' ? '整改状态' : 'Status');
    expect(col).toBeGreaterThan(0);
    const at = validationAreas(sheet).filter(({ rect }) => rect.left <= col && col <= rect.right);
    expect(at.map(({ rect, v }) => [rect.top, (v.rule?.list as { source: string } | undefined)?.source])).toEqual([[2, source]]);
  });
});
