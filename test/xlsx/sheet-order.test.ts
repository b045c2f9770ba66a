/**
 * Where a result sheet written anew stands in the .xlsx's sheet list, and what follows the sheets
 * it moves up: the names local to them and the window's tabs (docs/rules.md, "Where result sheets stand").
 */
import { addSheet, listSheets } from '../../src/workbook/xlsx/ooxml/book';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const BOOK =
  `<workbook ${NS}>`+'<bookViews><workbookView xWindow="0" activeTab="2" firstSheet="1"/></bookViews><sheets>' +
  '<sheet name="扣分记录" sheetId="1" r:id="rId1"/><sheet name="结果-总分" sheetId="2" r:id="rId2"/><sheet name="领导看板" sheetId="3" r:id="rId3"/>' +
  '<sheet name="_kaoping" sheetId="4" state="veryHidden" r:id="rId4"/></sheets>' +
  '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'结果-总分\'!$1:$1</definedName>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="2">\'领导看板\'!$A$1:$M$21</definedName>' +
  '<definedName name="看板合计" localSheetId="2" hidden="0">\'领导看板\'!$B$2</definedName>' +
  '<definedName name="记录" localSheetId="0">\'扣分记录\'!$A:$D</definedName>' +
  '<definedName name="全局">\'结果-总分\'!$A$1</definedName></definedNames></workbook>';

/** Each local name with the sheet its localSheetId points at now. */
function localNames(book: string): Array<[string, string]> {
  const sheets = listSheets(book, 'xl/workbook.xml', []).map((s) => s.name);
  return [...book.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"/g)].map((m) => [m[1], sheets[Number(m[2])]]);
}

describe('addSheet', () => {
  it('inserts before the sheet at the index given; later sheets’ local names and the active and first tabs follow them', () => {
    const out = addSheet(BOOK, '结果-排名', 5, 'rId5', false, undefined, 2);
    expect(listSheets(out, 'xl/workbook.xml', []).map((s) => [s.name, s.sheetId])).toEqual([
      ['扣分记录', 1],
      ['结果-总分', 2],
      ['结果-排名', 5],
      ['领导看板', 3],
      ['_kaoping', 4],
    ]);
    expect(localNames(out)).toEqual([
      ['_xlnm.Print_Titles', '结果-总分'],
      ['_xlnm.Print_Area', '领导看板'],
      ['看板合计', '领导看板'],
      ['记录', '扣分记录'],
    ]);
    expect(localNames(out)).toEqual(localNames(BOOK));
    // The tab the clerk had open is still open; the first tab shown is still 结果-总分.
    expect(out).toContain('<workbookView xWindow="0" activeTab="3" firstSheet="1"/>');
    expect(out).toContain('<definedName name="全局">\'结果-总分\'!$A$1</definedName>');
  });

  it('inserted first, every sheet moves up; with no index, or past the end, it goes last and nothing moves', () => {
    const front = addSheet(BOOK, '新', 5, 'rId5', false, undefined, 0);
    expect(listSheets(front, 'xl/workbook.xml', [])[0].name).toBe('新');
    expect(localNames(front)).toEqual(localNames(BOOK));
    expect(front).toContain('activeTab="3" firstSheet="2"');
    for (const last of [addSheet(BOOK, '新', 5, 'rId5', false), addSheet(BOOK, '新', 5, 'rId5', false, undefined, 4)]) {
      expect(listSheets(last, 'xl/workbook.xml', []).map((s) => s.name).slice(-2)).toEqual(['_kaoping', '新']);
      expect(last.replace('<sheet name="新" sheetId="5" r:id="rId5"/>', '')).toBe(BOOK);
    }
  });

  it('works with a prefixed workbook part and non-self-closing sheet elements', () => {
    const book =
      `<x:workbook ${NS.replace('xmlns=', 'xmlns:x=')}>`+'<x:bookViews><x:workbookView activeTab="1"/></x:bookViews><x:sheets><x:sheet name="a" sheetId="1" r:id="rId1"></x:sheet>' +
      '<x:sheet name="b" sheetId="2" r:id="rId2"></x:sheet></x:sheets><x:definedNames><x:definedName name="n" localSheetId="1">b!$A$1</x:definedName></x:definedNames></x:workbook>';
    const out = addSheet(book, 'c', 3, 'rId3', false, undefined, 1);
    expect(out).toBe(
      `<x:workbook ${NS.replace('xmlns=', 'xmlns:x=')}>`+'<x:bookViews><x:workbookView activeTab="2"/></x:bookViews><x:sheets><x:sheet name="a" sheetId="1" r:id="rId1"></x:sheet>' +
        '<x:sheet name="c" sheetId="3" r:id="rId3"/><x:sheet name="b" sheetId="2" r:id="rId2"></x:sheet></x:sheets><x:definedNames><x:definedName name="n" localSheetId="2">b!$A$1</x:definedName></x:definedNames></x:workbook>',
    );
  });
});
