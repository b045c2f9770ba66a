/** The in-memory Excel opens an .xlsx as Excel would show it, and saves it back. */
import ExcelJS from 'exceljs';
import { readXlsx } from '../xlsx';
import { FakeExcel } from './index';
import { fakeFromXlsx, fakeToXlsx } from './xlsx-io';
import { readingCopy } from '../xlsx/ooxml/reading-copy';
import { buildPackage, SHAPES } from '../../../test/xlsx/corpus/build';
import { MAIN, oneSheetPackage } from '../../../test/xlsx/corpus/one-sheet';

async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('扣分记录');
  ws.getCell('A1').value = '编号';
  ws.getCell('B1').value = '扣分';
  ws.getCell('A2').value = 1.1;
  ws.getCell('A2').numFmt = '0.00';
  ws.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
  ws.getCell('C2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('D2').value = 2;
  ws.getCell('D2').note = '迟到';
  ws.getCell('A4').value = '合并';
  ws.mergeCells('A4:B5');
  ws.getCell('F3').value = '隐藏行';
  ws.getRow(3).hidden = true;
  ws.getColumn(1).width = 20;
  wb.addWorksheet('Hidden', { state: 'hidden' }).getCell('A1').value = 'h';
  wb.addWorksheet('_kaoping', { state: 'veryHidden' }).getCell('A1').value = 'sheet';
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function readAll(fake: FakeExcel, sheet: string) {
  return fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange('A1:D5').load('values, text, formulas, valueTypes');
    const ws = ctx.workbook.worksheets.load('items/name, items/visibility');
    const notes = ctx.workbook.notes.load('items/content');
    await ctx.sync();
    const where = notes.items.map((n) => n.getLocation().load('address'));
    await ctx.sync();
    return {
      values: r.values,
      text: r.text,
      formulas: r.formulas,
      types: r.valueTypes,
      sheets: ws.items.map((s) => [s.name, s.visibility]),
      notes: notes.items.map((n, i) => [where[i].address, n.content]),
    };
  });
}

test('values, formulas with their results, number formats, errors, notes, visibility and merges load as Excel shows them', async () => {
  const fake = await fakeFromXlsx(await clerkWorkbook());
  const got = await readAll(fake, '扣分记录');
  expect(got.values[1]).toEqual([1.1, 3, '#N/A', 2]);
  expect(got.text[1]).toEqual(['1.10', '3', '#N/A', '2']);
  expect(got.formulas[1]).toEqual([1.1, '=SUM(1,2)', '#N/A', 2]);
  expect(got.types[1]).toEqual(['Double', 'Double', 'Error', 'Double']);
  expect(got.types[2]).toEqual(['Empty', 'Empty', 'Empty', 'Empty']);
  expect(got.values[3]).toEqual(['合并', '', '', '']);
  expect(got.sheets).toEqual([
    ['扣分记录', 'Visible'],
    ['Hidden', 'Hidden'],
    ['_kaoping', 'VeryHidden'],
  ]);
  expect(got.notes).toEqual([['扣分记录!D2', '迟到']]);
  const sheet = fake.book.sheets[0];
  expect(sheet.merges).toEqual([{ top: 3, left: 0, bottom: 4, right: 1 }]);
  expect(sheet.hiddenRows.has(2)).toBe(true);
});

test('saving and opening again keeps what was there and what the API changed', async () => {
  const fake = await fakeFromXlsx(await clerkWorkbook());
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add('结果');
    const r = ws.getRange('A1:B2');
    r.numberFormat = [
      ['@', '@'],
      ['@', '0.00'],
    ];
    r.values = [
      ['单位', '=不是公式'],
      ['一支部', 95.5],
    ];
    ws.getRange('A1:B1').format.font.bold = true;
    ws.getRange('A:A').format.columnWidth = 100;
    ws.freezePanes.freezeRows(1);
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.setPrintTitleRows('$1:$1');
    ws.horizontalPageBreaks.add('A2');
    await ctx.sync();
  });
  expect(fake.book.find('结果')?.pageBreaks).toEqual([1]);
  const again = await fakeFromXlsx(await fakeToXlsx(fake));
  const before = await readAll(fake, '扣分记录');
  const after = await readAll(again, '扣分记录');
  expect(after).toEqual(before);
  const result = await readAll(again, '结果');
  expect(result.values.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
    ['单位', '=不是公式'],
    ['一支部', 95.5],
  ]);
  expect(result.text[1][1]).toBe('95.50');
  const s = again.book.find('结果');
  expect(s?.freezeRows).toBe(1);
  expect(s?.orientation).toBe('Landscape');
  expect(s?.printTitleRows).toBe('$1:$1');
  expect(s?.cell(0, 0)?.fmt?.bold).toBe(true);
  expect(Math.abs((s?.widths.get(0) ?? 0) - 100)).toBeLessThan(4);
});

test('dates and numbers show the text the xlsx adapter reads (Chinese short dates for the built-in formats)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('日期');
  const formats = [14, 22, 'yyyy-mm-dd', '0.0%', '#,##0.00', '@'];
  formats.forEach((f, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = i === formats.length - 1 ? '文本' : 45306.35;
    cell.numFmt = typeof f === 'number' ? (f === 14 ? 'mm-dd-yy' : 'm/d/yy h:mm') : f;
  });
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const viaXlsx = (await readXlsx(bytes)).sheets[0].rows.map((r) => r?.[0]?.text ?? String(r?.[0]?.value));
  const fake = await fakeFromXlsx(bytes);
  const shown = await fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('日期').getRange('A1:A6').load('text');
    await ctx.sync();
    return r.text.map((row) => row[0]);
  });
  expect(shown).toEqual(viaXlsx);
  expect(shown[0]).toBe('2024/1/15');
});

describe('files ExcelJS cannot open itself, as Excel opens them', () => {
  it.each([
    ['rows and cells without references', 'unrefed'],
    ['the workbook outside xl/', 'unusual-paths'],
  ])('%s: the in-memory Excel holds what the xlsx adapter reads', async (_, shape) => {
    const bytes =
      shape === 'unrefed'
        ? oneSheetPackage(`<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>单位</t></is></c><c/><c><v>2</v></c></row><row/><row><c><v>3</v></c></row></sheetData></worksheet>`)
        : buildPackage(SHAPES[shape]);
    await expect(fakeFromXlsx(bytes)).rejects.toThrow();
    const fake = await fakeFromXlsx(bytes, { reopen: readingCopy });
    const viaXlsx = await readXlsx(bytes);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(viaXlsx.sheets.map((s) => s.name));
    for (const s of viaXlsx.sheets) {
      // Every value, holes and all (a blank cell is null on both sides).
      const values = Array.from(s.rows, (row) => Array.from(row ?? [], (c) => c?.value ?? null));
      const held = Array.from(fake.book.find(s.name)!.rows, (row) => Array.from(row ?? [], (c) => c?.v ?? null));
      expect([s.name, held]).toEqual([s.name, values]);
    }
  });
});
