/** The blank template carries the follow-up columns: 整改状态 as a dropdown, 整改期限, 工资总额, 奖励资金. */
import JSZip from 'jszip';
import { templateXlsx } from '../../src/workbook/xlsx';
import { sheetXml } from './helpers';

describe.each([
  ['zh', '扣分记录', '整改状态', '"未整改,整改中,已整改"', '考评单位', '工资总额'],
  ['en', 'Entries', 'Status', '"open,in progress,done"', 'Units', 'Pay base'],
] as const)('the %s template', (lang, entries, status, list, units, payBase) => {
  it('offers the statuses as a dropdown under the status header', async () => {
    const buf = await templateXlsx(lang);
    const xml = await sheetXml(buf, entries);
    // Row 1 is the 填写说明 line; the header is row 2 and the dropdown starts under it.
    const headers = [...xml.matchAll(/<c r="([A-Z]+)2"[^>]*t="s"[^>]*>\s*<v>(\d+)<\/v>/g)];
    const strings = await (await JSZip.loadAsync(buf)).file('xl/sharedStrings.xml')!.async('string');
    const texts = [...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const col = headers.find((h) => texts[Number(h[2])] === status)?.[1];
    expect(col).toBeDefined();
    const rule = new RegExp(`<dataValidation [^>]*sqref="${col}3:${col}\\d+"[^>]*>\\s*<formula1>([^<]*)</formula1>`).exec(xml);
    expect(rule?.[1].replace(/&quot;/g, '"')).toBe(list);
    expect(texts).toContain(payBase);
    expect(await sheetXml(buf, units)).toBeTruthy();
  });
});
