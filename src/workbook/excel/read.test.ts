/** Reading through Office.js: blocks past the limits, retries, notes, and the classified failures. */
import { QUARTERLY } from '../../../seeds/quarterly';
import { fakeRun } from '../fake-excel/fake-run';
import { ExcelHostError } from './errors';
import { ExcelPort } from './port';
import { fakeFromSample } from './testing';

const noWait = { sleep: () => Promise.resolve() };

test('a small budget reads the same grids in more, smaller requests', async () => {
  const fake = fakeFromSample(QUARTERLY);
  const whole = await new ExcelPort(fakeRun(fake)).read();
  expect(fake.counters.syncs).toBe(3);
  fake.resetCounters();
  const blocks = await new ExcelPort(fakeRun(fake), { budgetBytes: 4_000 }).read();
  expect(blocks).toEqual(whole);
  expect(fake.counters.syncs).toBeGreaterThan(6);
  expect(fake.counters.maxResponseBytes).toBeLessThan(8_000);
});

test('an answer over the limit is asked for again in halves', async () => {
  const fake = fakeFromSample(QUARTERLY);
  const whole = await new ExcelPort(fakeRun(fake)).read();
  fake.failSync(3, 'ResponsePayloadSizeLimitExceeded');
  fake.failSync(4, 'ResponsePayloadSizeLimitExceeded');
  expect(await new ExcelPort(fakeRun(fake)).read()).toEqual(whole);
});

test('Excel still editing a cell after every wait: the clerk is told to leave the cell', async () => {
  const fake = fakeFromSample(QUARTERLY);
  fake.book.cellEditMode = true;
  const waits: number[] = [];
  const port = new ExcelPort(fakeRun(fake), { editModeWaits: [10, 20], sleep: (ms) => Promise.resolve(void waits.push(ms)) });
  const err = await port.read().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ExcelHostError);
  expect(err).toMatchObject({ code: 'InvalidOperationInCellEditMode', text: { zh: expect.stringContaining('Enter') } });
  expect(waits).toEqual([10, 20]);
});

test('a dropped connection while reading is reported in the clerk’s words', async () => {
  const fake = fakeFromSample(QUARTERLY);
  // A read is tried once more; the connection stays down for both tries.
  fake.failSync(2, 'ConnectionFailure');
  fake.failSync(3, 'ConnectionFailure');
  await expect(new ExcelPort(fakeRun(fake), noWait).read()).rejects.toMatchObject({ code: 'ConnectionFailure', text: { zh: expect.any(String) } });
});

test('a read that fails once in passing (a dropped connection, a timeout, Excel busy) is tried once more and goes through', async () => {
  for (const code of ['ConnectionFailure', 'Timeout', 'ActivityLimitReached', 'InvalidRequestContext']) {
    const fake = fakeFromSample(QUARTERLY);
    fake.failSync(2, code);
    const input = await new ExcelPort(fakeRun(fake), noWait).read();
    expect([code, input.sheets.length]).toEqual([code, QUARTERLY.sheets.length]);
  }
});

test('notes lose their author line; a threaded comment counts where there is no note; a note on an empty cell is kept', async () => {
  const fake = fakeFromSample(QUARTERLY);
  const sheet = fake.book.sheets[0];
  sheet.notes.set(0, { content: '张三:\n第一行\r\n第二行', author: '张三', threaded: false });
  sheet.notes.set(1, { content: '评论', author: '', threaded: true });
  sheet.notes.set(900 * 16_384 + 40, { content: '远处', author: '', threaded: false });
  const input = await new ExcelPort(fakeRun(fake)).read();
  const rows = input.sheets[0].rows;
  expect(rows[0]?.[0]?.note).toBe('第一行\n第二行');
  expect(rows[0]?.[1]?.note).toBe('评论');
  expect(rows[900]?.[40]).toEqual({ value: null, note: '远处' });
});
