/**
 * Kaoping's earlier sheets for results now written under another name, in the file's own package:
 * the first takes the new sheet (its place among the tabs), any further one is removed with its part,
 * relationship, content type and local names, and every later sheet's local names move with it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsx, writeXlsx, XlsxWorkbook } from '../../src/workbook/xlsx';
import { removeSheet } from '../../src/workbook/xlsx/ooxml/book';
import { load, reportSheet, toBuffer, workbookXml } from './helpers';

const cell = (value: string | number) => ({ value });

function report(totals: readonly string[]) {
  return {
    sheets: totals.map((name, i) => reportSheet('totals', name, [[cell('总分')], [cell(90 + i)]])),
    renamed: [],
  };
}

async function clerk(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('扣分记录').addRow(['单位', '编号', '扣分']);
  wb.addWorksheet('备注').addRow(['clerk']);
  return toBuffer(wb);
}

describe('earlier result sheets under names no longer used', () => {
  it('are taken over, then removed, leaving a package every reader opens with names that point right', async () => {
    // Two sheets for the same results, as a file written before this rule could hold.
    const old = await writeXlsx(await clerk(), report(['旧-总分', '更旧-总分']));
    expect((await readXlsx(old)).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['旧-总分', '更旧-总分']);
    const wb = await XlsxWorkbook.load(old);
    await wb.read();
    const outcome = await wb.write(report(['结果-总分']));
    expect(outcome).toEqual({ written: ['结果-总分'], replaced: [], removed: ['旧-总分', '更旧-总分'] });
    const out = await wb.toBuffer();

    const book = await load(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['扣分记录', '备注', '结果-总分', '_kaoping']);
    expect(book.getWorksheet('结果-总分')!.getCell('A2').value).toBe(90);
    const xml = await workbookXml(out);
    const sheets = [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    for (const m of xml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">'([^']+)'!/g)) expect(sheets[Number(m[1])]).toBe(m[2]);
    const zip = await JSZip.loadAsync(out);
    const parts = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'));
    expect(parts).toHaveLength(4);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    for (const p of parts) {
      expect(types).toContain(`PartName="/${p}"`);
      expect(rels).toContain(`Target="${p.slice(3)}"`);
    }
    expect(rels.match(/worksheet"/g)).toHaveLength(4);
    expect((await readXlsx(out)).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['结果-总分']);
  });

  it('removeSheet moves later local names and the active tab down, and drops the removed sheet’s own', () => {
    const book =
      '<workbook xmlns="m" xmlns:r="r"><bookViews><workbookView activeTab="3" firstSheet="2"/></bookViews><sheets>' +
      '<sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/><sheet name="c" sheetId="3" r:id="rId3"/><sheet name="d" sheetId="4" r:id="rId4"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">b!$1:$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="3">d!$A$1:$B$2</definedName>' +
      '<definedName name="全局">a!$A$1</definedName></definedNames></workbook>';
    const out = removeSheet(book, 1);
    expect(out).toBe(
      '<workbook xmlns="m" xmlns:r="r"><bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews><sheets>' +
        '<sheet name="a" sheetId="1" r:id="rId1"/><sheet name="c" sheetId="3" r:id="rId3"/><sheet name="d" sheetId="4" r:id="rId4"/></sheets>' +
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">d!$A$1:$B$2</definedName>' +
        '<definedName name="全局">a!$A$1</definedName></definedNames></workbook>',
    );
    // The active sheet removed: the first visible one becomes active.
    expect(removeSheet(book.replace('activeTab="3"', 'activeTab="1"'), 1)).toContain('activeTab="0"');
  });
});
