/** Syncs and request sizes on large workbooks, through Excel on the web's limits. */
import { POWER_PLANT } from '../../../seeds/power-plant';
import { assess, buildReport, toJson } from '../../engine';
import { fakeRun } from '../fake-excel/fake-run';
import { ExcelPort } from './port';
import { fakeFromSample, withEntries } from './testing';

const FIVE_MB = 5 * 1024 * 1024;

async function recalc(entries: number) {
  const fake = fakeFromSample(withEntries(POWER_PLANT, '扣分记录', entries));
  const port = new ExcelPort(fakeRun(fake));
  const input = await port.read();
  const afterRead = { ...fake.counters };
  const a = assess(input);
  await port.write(buildReport(a, input, 'zh'));
  return { fake, a, afterRead, counters: fake.counters };
}

test('a workbook with 5,000 entries is read and written in at most 6 syncs', async () => {
  const { a, afterRead, counters } = await recalc(5_000);
  expect(a.entryCount).toBeGreaterThanOrEqual(5_000);
  expect(afterRead.syncs).toBe(3);
  expect(counters.syncs).toBeLessThanOrEqual(6);
  expect(counters.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
});

test('a 100,000-row entries log: no request or answer over 5 MB, and under 40 syncs', async () => {
  const { a, counters, fake } = await recalc(100_000);
  expect(a.entryCount).toBeGreaterThanOrEqual(100_000);
  expect(counters.maxRequestBytes).toBeLessThanOrEqual(FIVE_MB);
  expect(counters.maxResponseBytes).toBeLessThanOrEqual(FIVE_MB);
  expect(counters.syncs).toBeLessThan(40);
  const deductions = fake.book.find('结果-扣分明细');
  expect(deductions?.rows.length).toBeGreaterThan(100_000);
}, 120_000);

test('the 100,000-row results equal the plain path', async () => {
  const sample = withEntries(POWER_PLANT, '扣分记录', 100_000);
  const { a } = await recalc(100_000);
  const plain = fakeFromSample(sample);
  const input = await new ExcelPort(fakeRun(plain)).read();
  expect(toJson(a, 'zh')).toEqual(toJson(assess(input), 'zh'));
}, 120_000);
