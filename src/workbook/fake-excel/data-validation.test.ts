/**
 * Data validation of the in-memory Excel, rule by rule as Excel's documentation gives them:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation,
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationtype.
 */
import ExcelJS from 'exceljs';
import { FakeExcel, PROFILES } from './index';
import { fakeToXlsx } from './xlsx-io';
import { validationAreas } from './data-validation';

function fake(): FakeExcel {
  const f = new FakeExcel();
  f.book.add('Data', 'test');
  f.book.add('考评单位', 'test');
  return f;
}

test('a list rule from a comma-delimited string: a drop-down by default, with the default alert (listdatavalidation)', async () => {
  const f = fake();
  await f.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Data').getRange('B2:B10');
    range.dataValidation.rule = { list: { source: '扣分,加分', inCellDropDown: undefined as unknown as boolean } };
    const dv = range.dataValidation.load('rule, type, errorAlert, ignoreBlanks');
    await ctx.sync();
    expect(dv.type).toBe('List');
    expect(dv.rule).toEqual({ list: { source: '扣分,加分', inCellDropDown: true } });
    expect(dv.errorAlert).toMatchObject({ showAlert: true, style: 'Stop' });
    expect(dv.ignoreBlanks).toBe(true);
  });
});

test('a list from a Range reads back as its absolute address; the alert may be set before the rule (guide)', async () => {
  const f = fake();
  await f.run(async (ctx) => {
    const units = ctx.workbook.worksheets.getItem('考评单位').getRange('A2:A2001');
    const range = ctx.workbook.worksheets.getItem('Data').getRange('C2:C2001');
    range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: '不在列表中', message: '请从下拉列表中选择。' };
    range.dataValidation.rule = { list: { inCellDropDown: true, source: units as unknown as Excel.Range } };
    const dv = range.dataValidation.load('rule, errorAlert');
    await ctx.sync();
    expect(dv.rule.list?.source).toBe('=考评单位!$A$2:$A$2001');
    expect(dv.errorAlert).toEqual({ showAlert: true, style: 'Warning', title: '不在列表中', message: '请从下拉列表中选择。' });
  });
});

test('a rule takes exactly one criterion, and a list needs a source: else InvalidArgument (guide)', async () => {
  const f = fake();
  for (const rule of [{}, { list: { source: 'a,b' }, custom: { formula: '=TRUE' } }, { list: { inCellDropDown: true } }, { colour: {} }]) {
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').dataValidation.rule = rule as Excel.DataValidationRule;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  }
  expect(validationAreas(f.book.find('Data')!)).toEqual([]);
});

test('type: None, MixedCriteria over validated and bare cells, Inconsistent over different rules (datavalidationtype)', async () => {
  const f = fake();
  await f.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    ws.getRange('B1:B5').dataValidation.rule = { list: { inCellDropDown: true, source: 'p,q' } };
    const none = ws.getRange('D1:D3').dataValidation.load('type');
    const mixed = ws.getRange('A4:A8').dataValidation.load('type');
    const inconsistent = ws.getRange('A1:B2').dataValidation.load('type, rule');
    const one = ws.getRange('A2:A3').dataValidation.load('type');
    await ctx.sync();
    expect([none.type, mixed.type, inconsistent.type, one.type]).toEqual(['None', 'MixedCriteria', 'Inconsistent', 'List']);
    expect(inconsistent.rule).toBeNull();
  });
});

test('clear() removes validation from the overlapping cells only (guide, "Remove data validation")', async () => {
  const f = fake();
  await f.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A1:C10').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    ws.getRange('B5:D20').dataValidation.clear();
    const cleared = ws.getRange('B5:C10').dataValidation.load('type');
    const kept = ws.getRange('A1:C4').dataValidation.load('type');
    const left = ws.getRange('A5:A10').dataValidation.load('type');
    await ctx.sync();
    expect([cleared.type, kept.type, left.type]).toEqual(['None', 'List', 'List']);
  });
  const cellsLeft = validationAreas(f.book.find('Data')!).reduce((n, a) => n + (a.rect.bottom - a.rect.top + 1) * (a.rect.right - a.rect.left + 1), 0);
  expect(cellsLeft).toBe(30 - 12);
});

test('saved as .xlsx, a list keeps its cells, source and alert', async () => {
  const f = fake();
  await f.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A2:A5').dataValidation.rule = { list: { inCellDropDown: true, source: '扣分,加分' } };
    ws.getRange('B2:B5').dataValidation.rule = { list: { inCellDropDown: true, source: ctx.workbook.worksheets.getItem('考评单位').getRange('A2:A9') as unknown as Excel.Range } };
    ws.getRange('B2:B5').dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: '不在列表中', message: '请从下拉列表中选择。' };
    await ctx.sync();
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fakeToXlsx(f)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('Data')!;
  expect(ws.getCell('A5').dataValidation).toMatchObject({ type: 'list', formulae: ['"扣分,加分"'], errorStyle: 'stop' });
  expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['考评单位!$A$2:$A$9'], errorStyle: 'warning', errorTitle: '不在列表中' });
  expect(ws.getCell('A6').dataValidation).toBeUndefined();
});

test('data validation is ExcelApi 1.8: Office 2019 (1.7) refuses it with ApiNotFound and says it lacks the set', async () => {
  const f = new FakeExcel({ profile: PROFILES.office2019 });
  f.book.add('Data', 'test');
  expect(f.isSetSupported('ExcelApi', '1.8')).toBe(false);
  await f.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Data').getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,y' } };
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
  expect(new FakeExcel({ profile: PROFILES.office2021 }).isSetSupported('ExcelApi', '1.8')).toBe(true);
});
