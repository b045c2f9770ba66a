import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx, ForeignSheetError, XlsxWorkbook } from '../../src/workbook/xlsx';
import { MARKER_SHEET } from '../../src/workbook/port';
import { HOSTILE, load, reportSheet, sampleReport, sheetXml, toBuffer, workbookXml } from './helpers';

async function clerk(extra?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('扣分记录');
  ws.addRow(['单位', '编号', '扣分', '原因']);
  ws.addRow(['一支部', '1.1', 2, '未按时交党费']);
  extra?.(wb);
  return toBuffer(wb);
}

describe('writeXlsx', () => {
  it('stores text that looks like a formula as text, and reads back exactly what was written', async () => {
    const out = await writeXlsx(await clerk(), sampleReport(undefined, HOSTILE));
    const xml = await sheetXml(out, '结果-总分');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    // Every text cell is a shared or inline string.
    for (const m of xml.matchAll(/<c r="(B|E)(\d+)"([^>]*)>/g)) {
      if (Number(m[2]) >= 5) expect(m[3]).toMatch(/t="(s|inlineStr)"/);
    }
    const input = await readXlsx(out);
    const totals = input.sheets.find((s) => s.name === '结果-总分')!;
    const units = totals.rows.slice(4).map((r) => r?.[1]?.value);
    expect(units).toEqual(HOSTILE);
    const wb = await load(out);
    for (let r = 5; r < 5 + HOSTILE.length; r++) {
      const cell = wb.getWorksheet('结果-总分')!.getCell(r, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('never changes the clerk sheets and adds the marker very hidden, last', async () => {
    const input = await clerk();
    const out = await writeXlsx(input, sampleReport());
    expect(await sheetXml(out, '扣分记录')).toBe(await sheetXml(input, '扣分记录'));
    const book = await workbookXml(out);
    expect(book).toMatch(new RegExp(`<sheet (?=[^>]*name="${MARKER_SHEET}")(?=[^>]*state="veryHidden")`));
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['扣分记录', '结果-总分', '结果-校验', MARKER_SHEET]);
  });

  it('replaces its own sheets in place on a second run', async () => {
    const first = await writeXlsx(await clerk(), sampleReport());
    const second = await XlsxWorkbook.load(first).then(async (w) => {
      const outcome = await w.write(sampleReport());
      expect(outcome.replaced).toEqual(['结果-总分', '结果-校验']);
      return w.toBuffer();
    });
    const wb = await load(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['扣分记录', '结果-总分', '结果-校验', MARKER_SHEET]);
    expect((await readXlsx(second)).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['结果-总分', '结果-校验']);
    // One print-titles name per result sheet, not one per run.
    expect((await workbookXml(second)).match(/_xlnm\.Print_Titles/g)).toHaveLength(2);
  });

  it('refuses to replace a clerk sheet that has the name, touching nothing', async () => {
    const input = await clerk((wb) => wb.addWorksheet('结果-总分').addRow(['我的汇总']));
    await expect(writeXlsx(input, sampleReport())).rejects.toBeInstanceOf(ForeignSheetError);
    const beside = await writeXlsx(input, sampleReport({ totals: '结果-总分 (2)', checks: '结果-校验' }));
    expect(await sheetXml(beside, '结果-总分')).toBe(await sheetXml(input, '结果-总分'));
    const owned = (await readXlsx(beside)).sheets.filter((s) => s.owned).map((s) => s.name);
    expect(owned).toEqual(['结果-总分 (2)', '结果-校验']);
  });

  it('formats the result sheets for reading and printing', async () => {
    const out = await writeXlsx(await clerk(), sampleReport());
    const wb = await load(out);
    const ws = wb.getWorksheet('结果-总分')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.getCell('C2').numFmt).toBe('0.00');
    expect(ws.getCell('D2').numFmt).toBe('0');
    expect(ws.getCell('E2').fill).toMatchObject({ fgColor: { argb: 'FFC00000' } });
    expect(ws.getCell('E2').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
    expect(ws.getCell('E3').fill).toMatchObject({ fgColor: { argb: 'FFFFC000' } });
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' });
    const checks = await sheetXml(out, '结果-校验');
    expect(checks).toMatch(/<rowBreaks[^>]*><brk id="2"/);
    const c = wb.getWorksheet('结果-校验')!;
    expect(c.getCell('A2').font?.color?.argb).toBe('FFC00000');
    expect(c.getCell('E4').border?.top?.style).toBe('thin');
    expect(c.getCell('E4').numFmt).toBe('0.00');
  });

  it('writes portrait notices with row heights, wide tables across pages with their first columns repeated, and links to cells', async () => {
    const r = sampleReport();
    const notice = reportSheet('deductions', '结果-扣分明细', [[{ value: '扣分情况通知单', style: 'title' }, { value: null, style: 'title' }], [{ value: '原因很长', style: 'wrap' }]], {
      landscape: false,
      freezeRows: 0,
      printTitleRows: [0, 0],
      rowHeights: [26, 35],
    });
    const linked = reportSheet('checks', '结果-校验', [[{ value: 'E7', style: 'link', link: { sheet: "张三's 记录", cell: 'E7' } }]], { fitToWidth: false, printTitleColumns: 2 });
    const out = await writeXlsx(await clerk(), { ...r, sheets: [r.sheets[0], notice, linked] });
    const xml = await sheetXml(out, '结果-扣分明细');
    expect(xml).toContain('orientation="portrait"');
    expect(xml).toContain('<row r="2" ht="35" customHeight="1">');
    expect(xml).toMatch(/<c r="B1" s="\d+"\/>/);
    const wb = await load(out);
    expect(wb.getWorksheet('结果-扣分明细')!.getCell('A1').alignment).toMatchObject({ horizontal: 'centerContinuous' });
    expect(wb.getWorksheet('结果-扣分明细')!.getCell('A2').alignment).toMatchObject({ wrapText: true });
    const checks = await sheetXml(out, '结果-校验');
    expect(checks).toContain(`<hyperlink ref="A1" location="'张三''s 记录'!E7"`);
    expect(checks).not.toContain('fitToWidth');
    expect(await workbookXml(out)).toContain(`'结果-校验'!$A:$B,'结果-校验'!$1:$1`);
  });
});
