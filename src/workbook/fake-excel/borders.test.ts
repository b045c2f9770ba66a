/**
 * Range borders of the in-memory Excel, rule by rule as the API reference gives them:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangebordercollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeborder and
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.borderindex.
 */
import ExcelJS from 'exceljs';
import { FakeExcel } from './index';
import { fakeFromXlsx, fakeToXlsx } from './xlsx-io';

function fakeSheet(): FakeExcel {
  const fake = new FakeExcel();
  fake.book.add('Data', 'test');
  return fake;
}

test('EdgeTop lines the top of the range alone; InsideHorizontal the lines between its rows (borderindex)', async () => {
  const fake = fakeSheet();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    const top = ws.getRange('A1:B1').format.borders.getItem('EdgeTop');
    top.style = 'Continuous';
    top.color = '#8ea9db';
    const inside = ws.getRange('A3:A5').format.borders.getItem('InsideHorizontal');
    inside.style = 'Double';
    await ctx.sync();
    const a1 = ws.getRange('A1').format.borders.getItem('EdgeTop').load('style, color, weight, sideIndex');
    const a1Bottom = ws.getRange('A1').format.borders.getItem('EdgeBottom').load('style');
    const a3Top = ws.getRange('A3').format.borders.getItem('EdgeTop').load('style');
    const a4 = ws.getRange('A4').format.borders.getItem('EdgeTop').load('style');
    const a4Bottom = ws.getRange('A4').format.borders.getItem('EdgeBottom').load('style');
    const a5Bottom = ws.getRange('A5').format.borders.getItem('EdgeBottom').load('style');
    await ctx.sync();
    expect([a1.style, a1.color, a1.weight, a1.sideIndex]).toEqual(['Continuous', '#8EA9DB', 'Thin', 'EdgeTop']);
    expect(a1Bottom.style).toBe('None');
    expect([a3Top.style, a4.style, a4Bottom.style, a5Bottom.style]).toEqual(['None', 'Double', 'Double', 'None']);
  });
  expect(fake.book.find('Data')!.cell(0, 1)?.fmt?.borders?.top?.style).toBe('Continuous');
});

test('a border read over cells that differ is null; one row has no inside horizontal line', async () => {
  const fake = fakeSheet();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A1').format.borders.getItem('EdgeLeft').style = 'Continuous';
    ws.getRange('C1:D1').format.borders.getItem('InsideHorizontal').style = 'Continuous';
    const mixed = ws.getRange('A1:A2').format.borders.getItem('EdgeLeft').load('style');
    const row = ws.getRange('C1:D1').format.borders.getItem('EdgeBottom').load('style');
    await ctx.sync();
    expect(mixed.style).toBeNull();
    expect(row.style).toBe('None');
  });
});

test('an unknown index, style, weight or colour is an InvalidArgument when the request runs', async () => {
  const fake = fakeSheet();
  for (const bad of [
    (ws: Excel.Worksheet) => ws.getRange('A1').format.borders.getItem('Outline' as Excel.BorderIndex).load('style'),
    (ws: Excel.Worksheet) => (ws.getRange('A1').format.borders.getItem('EdgeTop').style = 'Thin' as Excel.BorderLineStyle),
    (ws: Excel.Worksheet) => (ws.getRange('A1').format.borders.getItem('EdgeTop').weight = 'Heavy' as Excel.BorderWeight),
    (ws: Excel.Worksheet) => (ws.getRange('A1').format.borders.getItem('EdgeTop').color = '#12345'),
  ]) {
    await fake.run(async (ctx) => {
      bad(ctx.workbook.worksheets.getItem('Data') as unknown as Excel.Worksheet);
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  }
  expect(fake.book.find('Data')!.cell(0, 0)?.fmt?.borders).toBeUndefined();
});

test('style None takes the line away, and clearing formats takes every border', async () => {
  const fake = fakeSheet();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    for (const side of ['EdgeTop', 'EdgeBottom'] as const) ws.getRange('A1:B2').format.borders.getItem(side).style = 'Continuous';
    ws.getRange('A1:B1').format.borders.getItem('EdgeTop').style = 'None';
    ws.getRange('B2').clear('Formats');
    await ctx.sync();
  });
  const sheet = fake.book.find('Data')!;
  expect(sheet.cell(0, 0)?.fmt?.borders).toBeUndefined();
  expect(sheet.cell(1, 0)?.fmt?.borders?.bottom?.style).toBe('Continuous');
  expect(sheet.cell(1, 1)?.fmt).toBeUndefined();
});

test('saved as .xlsx, a cell keeps its lines as a file keeps them (style and weight as one name)', async () => {
  const fake = fakeSheet();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A1').values = [['标题']];
    const top = ws.getRange('A1:B1').format.borders.getItem('EdgeTop');
    top.style = 'Continuous';
    top.color = '#8EA9DB';
    const bottom = ws.getRange('A1').format.borders.getItem('EdgeBottom');
    bottom.style = 'Dash';
    bottom.weight = 'Medium';
    await ctx.sync();
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fakeToXlsx(fake)) as unknown as ExcelJS.Buffer);
  const a1 = wb.getWorksheet('Data')!.getCell('A1').border;
  expect(a1.top).toEqual({ style: 'thin', color: { argb: 'FF8EA9DB' } });
  expect(a1.bottom).toMatchObject({ style: 'mediumDashed' });
  expect(wb.getWorksheet('Data')!.getCell('B1').border.top).toMatchObject({ style: 'thin' });
});

test('opened from .xlsx, a cell keeps its lines, so a file round-trips them', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('B2').value = '单位';
  ws.getCell('B2').border = { top: { style: 'thin', color: { argb: 'FF8EA9DB' } }, bottom: { style: 'double' } };
  const fake = await fakeFromXlsx((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
  await fake.run(async (ctx) => {
    const b2 = ctx.workbook.worksheets.getItem('Data').getRange('B2').format.borders;
    const top = b2.getItem('EdgeTop').load('style, weight, color');
    const bottom = b2.getItem('EdgeBottom').load('style');
    const left = b2.getItem('EdgeLeft').load('style');
    await ctx.sync();
    expect([top.style, top.weight, top.color]).toEqual(['Continuous', 'Thin', '#8EA9DB']);
    expect([bottom.style, left.style]).toEqual(['Double', 'None']);
  });
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await fakeToXlsx(fake)) as unknown as ExcelJS.Buffer);
  expect(again.getWorksheet('Data')!.getCell('B2').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'double' } });
});
