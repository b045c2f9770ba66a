/** The in-memory Excel keeps Excel's rules: one test per rule. */
import { FakeExcel, FakeOfficeError } from './index';

function codeOf(e: unknown): string | undefined {
  return e instanceof FakeOfficeError ? e.code : undefined;
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(codeOf(caught)).toBe(code);
}

function sheetWith(fake: FakeExcel, name = 'Data'): void {
  fake.book.add(name, 'test');
}

describe('proxies and sync', () => {
  test('a property read before load and sync throws PropertyNotLoaded, as Excel does', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      ws.load('name');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(ws.name).toBe('Data');
      expect(() => ws.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('queued commands change nothing until sync', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[1, 'x']];
      expect(fake.book.sheets[0].cell(0, 0)).toBeUndefined();
      await ctx.sync();
      expect(fake.book.sheets[0].cell(0, 0)?.v).toBe(1);
      expect(fake.book.sheets[0].cell(0, 1)?.v).toBe('x');
    });
  });

  test('a failing command fails the sync; the commands before it stay done, the ones after never run', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A1').values = [[1]];
      ws.getRange('A2').values = [[1, 2]];
      ws.getRange('A3').values = [[3]];
      await rejectsWith(ctx.sync(), 'InvalidArgument');
    });
    expect(fake.book.sheets[0].cell(0, 0)?.v).toBe(1);
    expect(fake.book.sheets[0].cell(2, 0)).toBeUndefined();
  });

  test('getItem of a missing sheet fails at sync; getItemOrNullObject gives a null object', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      const none = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => none.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const used = ctx.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject();
      used.load('address');
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      ctx.workbook.worksheets.getItem('Nope').load('name');
      await rejectsWith(ctx.sync(), 'ItemNotFound');
    });
  });

  test('proxies of an ended batch cannot be used', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    const ws = await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Data'));
    expect(() => ws.load('name')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  test('a collection loads its items with the properties asked for ("items/name")', async () => {
    const fake = new FakeExcel();
    sheetWith(fake, 'A');
    sheetWith(fake, 'B');
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name, items/visibility');
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ['A', 'Visible'],
        ['B', 'Visible'],
      ]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });
});

describe('what values stores', () => {
  async function enter(input: unknown, numberFormat?: string, date1904 = false) {
    const fake = new FakeExcel();
    fake.book.date1904 = date1904;
    sheetWith(fake);
    return fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      if (numberFormat) r.numberFormat = [[numberFormat]];
      r.values = [[input]];
      r.load('values, text, formulas, valueTypes, numberFormat');
      await ctx.sync();
      return { value: r.values[0][0], text: r.text[0][0], formula: r.formulas[0][0], type: r.valueTypes[0][0], nf: r.numberFormat[0][0] };
    });
  }

  test('a string starting with = becomes a formula', async () => {
    expect(await enter('=1+2')).toMatchObject({ value: 3, formula: '=1+2', type: 'Double' });
    expect(await enter('=abc')).toMatchObject({ value: '#NAME?', formula: '=abc', type: 'Error' });
  });

  test('under the Text format "@" the same string stays text', async () => {
    expect(await enter('=1+2', '@')).toMatchObject({ value: '=1+2', formula: '=1+2', type: 'String', text: '=1+2' });
    expect(await enter('-abc', '@')).toMatchObject({ value: '-abc', type: 'String' });
    expect(await enter('00123', '@')).toMatchObject({ value: '00123', type: 'String' });
  });

  test('+ and - make a number when one follows, else a formula', async () => {
    expect(await enter('-5')).toMatchObject({ value: -5, type: 'Double' });
    expect(await enter('+5')).toMatchObject({ value: 5, type: 'Double' });
    expect(await enter('-abc')).toMatchObject({ formula: '=-abc', type: 'Error', value: '#NAME?' });
    expect(await enter('+abc')).toMatchObject({ formula: '=+abc', type: 'Error' });
    expect(await enter('-')).toMatchObject({ value: '-', type: 'String' });
  });

  test('@ starts a formula (Lotus-style entry)', async () => {
    expect(await enter('@SUM(A2:A3)')).toMatchObject({ formula: '=SUM(A2:A3)' });
    expect(await enter('@')).toMatchObject({ value: '@', type: 'String' });
  });

  test("a leading apostrophe keeps the rest as text", async () => {
    expect(await enter("'=1+2")).toMatchObject({ value: '=1+2', type: 'String' });
  });

  test('numbers, percents and booleans typed as text are parsed; the format follows', async () => {
    expect(await enter('123')).toMatchObject({ value: 123, type: 'Double' });
    expect(await enter('50%')).toMatchObject({ value: 0.5, text: '50%', nf: '0%' });
    expect(await enter('TRUE')).toMatchObject({ value: true, type: 'Boolean', text: 'TRUE' });
    expect(await enter('一支部')).toMatchObject({ value: '一支部', type: 'String' });
  });

  test('text shows a number through its format', async () => {
    expect(await enter(1.1, '0.00')).toMatchObject({ value: 1.1, text: '1.10' });
  });

  // A workbook on the 1904 date system counts serial 0 as 1 January 1904 (ECMA-376 Part 1 §18.2.28):
  // the same serial shows a date 1,462 days later than in a 1900 workbook; other formats are unmoved.
  test('text shows a date from 1904 in a workbook on the 1904 date system', async () => {
    expect(await enter(45352, 'yyyy-mm-dd')).toMatchObject({ text: '2024-03-01' });
    expect(await enter(43890, 'yyyy-mm-dd', true)).toMatchObject({ value: 43890, text: '2024-03-01' });
    expect(await enter(43890, '0.00', true)).toMatchObject({ text: '43890.00' });
  });

  test('a malformed formula is refused', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [['=(1+']];
      await rejectsWith(ctx.sync(), 'InvalidArgument');
    });
  });

  test("values must have the range's dimensions; one value fills every cell; null leaves a cell alone", async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A1:B2').values = [[1, 2]];
      await rejectsWith(ctx.sync(), 'InvalidArgument');
      ws.getRange('A1:B2').values = 7 as unknown as unknown[][];
      ws.getRange('A1:B1').values = [[null, 8]];
      const r = ws.getRange('A1:B2').load('values');
      await ctx.sync();
      expect(r.values).toEqual([
        [7, 8],
        [7, 7],
      ]);
    });
  });
});

describe('sheets', () => {
  test.each([[''], ['a'.repeat(32)], ['a/b'], ['x[1]'], ["'quoted'"], ['History']])('the name %p is refused', async (name) => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add(name);
      await rejectsWith(ctx.sync(), 'InvalidArgument');
    });
  });

  test('a name already taken (in any case) is refused, for add and for rename', async () => {
    const fake = new FakeExcel();
    sheetWith(fake, 'Data');
    sheetWith(fake, 'Other');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.add('data');
      await rejectsWith(ctx.sync(), 'ItemAlreadyExists');
      ctx.workbook.worksheets.getItem('Other').name = 'DATA';
      await rejectsWith(ctx.sync(), 'ItemAlreadyExists');
    });
  });

  test('a very hidden sheet cannot be deleted; the last visible sheet cannot be hidden', async () => {
    const fake = new FakeExcel();
    sheetWith(fake, 'Data');
    sheetWith(fake, 'Secret');
    await fake.run(async (ctx) => {
      const secret = ctx.workbook.worksheets.getItem('Secret');
      secret.visibility = 'VeryHidden';
      await ctx.sync();
      secret.delete();
      await rejectsWith(ctx.sync(), 'InvalidOperation');
      ctx.workbook.worksheets.getItem('Data').visibility = 'Hidden';
      await rejectsWith(ctx.sync(), 'InvalidOperation');
    });
  });

  test('a protected sheet refuses writes; a protected workbook refuses new sheets', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    fake.book.sheets[0].protected = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
      await rejectsWith(ctx.sync(), 'AccessDenied');
      ctx.workbook.worksheets.getItem('Data').getRange('A1').format.font.bold = true;
      await rejectsWith(ctx.sync(), 'AccessDenied');
      ctx.workbook.protection.protect();
      ctx.workbook.worksheets.add('New');
      await rejectsWith(ctx.sync(), 'AccessDenied');
    });
  });

  test('the used range spans the cells with values; an empty sheet has none', async () => {
    const fake = new FakeExcel();
    sheetWith(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      const empty = ws.getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      ws.getRange('B2').values = [['x']];
      ws.getRange('D5').values = [[1]];
      const used = ws.getUsedRangeOrNullObject(true).load('address, rowCount, columnCount, rowIndex, columnIndex');
      await ctx.sync();
      expect([used.address, used.rowCount, used.columnCount, used.rowIndex, used.columnIndex]).toEqual(['Data!B2:D5', 4, 3, 1, 1]);
    });
  });
});
