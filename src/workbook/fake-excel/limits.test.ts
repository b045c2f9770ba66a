/** Excel on the web's limits, the counters, and injected failures. */
import { DESKTOP_LIMITS, FakeExcel, FakeOfficeError } from './index';

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `not an Office error: ${String(e)}`;
  }
  return undefined;
}

function bigRows(rows: number, text: string): string[][] {
  return Array.from({ length: rows }, () => [text]);
}

describe('payload and read limits (Excel on the web)', () => {
  test('a request over 5 MB is refused whole, nothing done', async () => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('B1').values = [['small']];
      ws.getRange('A1:A60000').values = bigRows(60_000, 'x'.repeat(100));
      expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(fake.book.sheets[0].cell(0, 1)).toBeUndefined();
    expect(fake.counters.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test('a response over 5 MB is refused', async () => {
    const fake = new FakeExcel();
    const sheet = fake.book.add('Data', 'test');
    for (let r = 0; r < 60_000; r++) sheet.ensure(r, 0).v = 'y'.repeat(100);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:A60000').load('values');
      expect(await codeOf(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
  });

  test('one read of more than five million cells is refused, on every platform', async () => {
    const fake = new FakeExcel({ limits: DESKTOP_LIMITS });
    fake.book.add('Data', 'test');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:E1000001').load('values');
      expect(await codeOf(ctx.sync())).toBe('RangeExceedsLimit');
      ctx.workbook.worksheets.getItem('Data').getRange('A1:E1000001').load('address');
      await ctx.sync();
    });
  });

  test('the counters add up syncs and request bytes, and keep the largest request', async () => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Data');
      ws.getRange('A1:A1000').values = bigRows(1000, 'abc');
      await ctx.sync();
      const first = fake.counters.requestBytes;
      expect(first).toBeGreaterThan(7000);
      ws.getRange('B1').values = [['z']];
      await ctx.sync();
      expect(fake.counters.syncs).toBe(2);
      expect(fake.counters.maxRequestBytes).toBe(first);
      expect(fake.counters.requestBytes).toBeGreaterThan(first);
    });
  });

  test('Excel.run sends what is still queued when the batch ends', async () => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
    });
    expect(fake.counters.syncs).toBe(1);
    expect(fake.book.sheets[0].cell(0, 0)?.v).toBe(1);
  });
});

describe('injected failures', () => {
  test.each(['RequestPayloadSizeLimitExceeded', 'InvalidOperationInCellEditMode', 'AccessDenied'])('the nth sync fails with %s and does nothing', async (code) => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    fake.failSync(2, code);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      r.values = [[1]];
      await ctx.sync();
      r.values = [[2]];
      expect(await codeOf(ctx.sync())).toBe(code);
      expect(fake.book.sheets[0].cell(0, 0)?.v).toBe(1);
      await ctx.sync();
    });
  });

  test('a dropped connection after Excel did the work: the change is made, the answer lost', async () => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    fake.failSync(1, 'ConnectionFailure', { phase: 'after' });
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1');
      r.values = [[5]];
      r.load('values');
      expect(await codeOf(ctx.sync())).toBe('ConnectionFailure');
      expect(() => r.text).toThrow();
    });
    expect(fake.book.sheets[0].cell(0, 0)?.v).toBe(5);
  });

  test('a clerk typing in a cell blocks every request until they leave it', async () => {
    const fake = new FakeExcel();
    fake.book.add('Data', 'test');
    fake.book.cellEditMode = true;
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      expect(await codeOf(ctx.sync())).toBe('InvalidOperationInCellEditMode');
      fake.book.cellEditMode = false;
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect(sheets.items).toHaveLength(1);
    });
  });
});
