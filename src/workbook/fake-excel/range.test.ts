/** Ranges, formats, tables, notes and the application object of the in-memory Excel. */
import { FakeExcel, FakeOfficeError } from './index';

function fakeWithData(): FakeExcel {
  const fake = new FakeExcel();
  const s = fake.book.add('Data', 'test');
  for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) s.ensure(r, c).v = r * 10 + c;
  s.tables.push({ name: '扣分记录', rect: { top: 0, left: 0, bottom: 3, right: 2 } });
  s.notes.set(1 * 16_384 + 1, { content: '张三:\n迟到', author: '张三', threaded: false });
  s.notes.set(2 * 16_384 + 2, { content: '线程评论', author: '', threaded: true });
  return fake;
}

test('getCell, getResizedRange and getOffsetRange move and size from a range', async () => {
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const base = ctx.workbook.worksheets.getItem('Data').getRange('B2');
    const cell = base.getCell(1, 1).load('address, values');
    const wide = base.getResizedRange(1, 1).load('address, rowCount, columnCount');
    const moved = base.getOffsetRange(-1, 1).load('address');
    await ctx.sync();
    expect([cell.address, cell.values]).toEqual(['Data!C3', [[22]]]);
    expect([wide.address, wide.rowCount, wide.columnCount]).toEqual(['Data!B2:C3', 2, 2]);
    expect(moved.address).toBe('Data!C1');
    base.getOffsetRange(-5, 0).load('address');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

test('formats: set by range, read back when uniform (else null), column widths in points, autofit', async () => {
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.getRange('A1:C1').format.font.bold = true;
    ws.getRange('A1:C1').format.fill.color = '#DDEBF7';
    ws.getRange('A5').values = [['一个很长很长的单位名称']];
    ws.getRange('A:A').format.autofitColumns();
    const header = ws.getRange('A1:C1').load('format/font/bold, format/fill/color');
    const mixed = ws.getRange('A1:A2').load('format/font/bold');
    const col = ws.getRange('A1').load('format/columnWidth');
    const other = ws.getRange('B1').load('format/columnWidth');
    await ctx.sync();
    expect(header.format.font.bold).toBe(true);
    expect(header.format.fill.color).toBe('#DDEBF7');
    expect(mixed.format.font.bold).toBeNull();
    expect(col.format.columnWidth).toBeGreaterThan(100);
    expect(other.format.columnWidth).toBe(48);
  });
});

test('tables, notes and threaded comments, each with where it is', async () => {
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const tables = ctx.workbook.tables.load('items/name, items/worksheet/name');
    const notes = ctx.workbook.notes.load('items/content, items/authorName');
    const comments = ctx.workbook.comments.load('items/content');
    await ctx.sync();
    const where = [tables.items[0].getRange(), notes.items[0].getLocation(), comments.items[0].getLocation()].map((r) => r.load('address'));
    await ctx.sync();
    expect([tables.items[0].name, tables.items[0].worksheet.name]).toEqual(['扣分记录', 'Data']);
    expect([notes.items[0].content, notes.items[0].authorName]).toEqual(['张三:\n迟到', '张三']);
    expect(comments.items[0].content).toBe('线程评论');
    expect(where.map((r) => r.address)).toEqual(['Data!A1:C4', 'Data!B2', 'Data!C3']);
    ctx.workbook.notes.add('Data!A4', '新批注');
    await ctx.sync();
    expect(fake.book.sheets[0].notes.get(3 * 16_384)?.content).toBe('新批注');
  });
});

test('calculation mode and screen updating', async () => {
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const app = ctx.application.load('calculationMode');
    ctx.application.suspendScreenUpdatingUntilNextSync();
    await ctx.sync();
    expect(app.calculationMode).toBe('Automatic');
    ctx.application.calculationMode = 'Manual';
    await ctx.sync();
  });
  expect(fake.application.calculationMode).toBe('Manual');
  expect(fake.book.screenSuspensions).toBe(1);
});

test('freeze panes, landscape, centring, print titles and page breaks', async () => {
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Data');
    ws.freezePanes.freezeRows(1);
    ws.pageLayout.orientation = 'Landscape';
    ws.pageLayout.centerHorizontally = true;
    ws.pageLayout.setPrintTitleRows('$1:$1');
    ws.horizontalPageBreaks.add('A3');
    ws.horizontalPageBreaks.add('B3');
    const layout = ws.pageLayout.load('orientation');
    await ctx.sync();
    expect(layout.orientation).toBe('Landscape');
  });
  const s = fake.book.sheets[0];
  expect([s.freezeRows, s.printTitleRows, s.pageBreaks, s.centerHorizontally]).toEqual([1, '$1:$1', [2], true]);
});

test('centring takes only true or false, and text sits only where Excel can put it', async () => {
  type Sheet = ReturnType<Parameters<Parameters<FakeExcel['run']>[0]>[0]['workbook']['worksheets']['getItem']>;
  const bad = async (queue: (ws: Sheet) => void): Promise<string | undefined> => {
    const fake = fakeWithData();
    try {
      await fake.run(async (ctx) => {
        queue(ctx.workbook.worksheets.getItem('Data'));
        await ctx.sync();
      });
      return 'accepted';
    } catch (e) {
      return e instanceof FakeOfficeError ? e.code : `not an Office error: ${String(e)}`;
    }
  };
  expect(await bad((ws) => (ws.pageLayout.centerHorizontally = 'yes' as unknown as boolean))).toBe('InvalidArgument');
  expect(await bad((ws) => (ws.getRange('A1').format.verticalAlignment = 'Middle' as unknown as 'Center'))).toBe('InvalidArgument');
  expect(await bad((ws) => (ws.getRange('A1').format.verticalAlignment = 'Center'))).toBe('accepted');
  const fake = fakeWithData();
  await fake.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:B1');
    range.format.verticalAlignment = 'Top';
    const fmt = range.format.load('verticalAlignment');
    const fresh = ctx.workbook.worksheets.getItem('Data').getRange('A2').format.load('verticalAlignment');
    await ctx.sync();
    expect([fmt.verticalAlignment, fresh.verticalAlignment]).toEqual(['Top', 'Bottom']);
  });
});
