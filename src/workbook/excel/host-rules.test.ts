/**
 * The Office write path against the in-memory Excel's strict rules (fake-excel/strict.test.ts shows
 * each rule alone): what a clerk's Excel does on the second 一键计算 of the day.
 */
import { POWER_PLANT } from '../../../seeds/power-plant';
import { assess, buildReport } from '../../engine';
import type { Report, ReportCell } from '../../engine/types';
import { FakeExcel, PROFILES, type HostId } from '../fake-excel';
import { fakeRun } from '../fake-excel/fake-run';
import { ExcelPort } from './port';
import { cloneFake, fakeFromSample } from './testing';

const noWait = { sleep: () => Promise.resolve() };
const base = fakeFromSample(POWER_PLANT);

function workbook(profile: HostId = 'web'): FakeExcel {
  const fake = cloneFake(base);
  fake.profile = PROFILES[profile];
  return fake;
}

function port(fake: FakeExcel): ExcelPort {
  return new ExcelPort(fakeRun(fake), { ...noWait, apis: { notes: fake.isSetSupported('ExcelApi', '1.18'), comments: fake.isSetSupported('ExcelApi', '1.10') } });
}

async function calculate(fake: FakeExcel, doctor?: (r: Report) => Report): Promise<Report> {
  const p = port(fake);
  const input = await p.read();
  const built = buildReport(assess(input), input, 'zh');
  const report = doctor ? doctor(built) : built;
  await p.write(report);
  return report;
}

async function activate(fake: FakeExcel, sheet: string): Promise<void> {
  await fake.run(async (ctx) => ctx.workbook.worksheets.getItem(sheet).activate());
}

test('a first run, with no marker sheet yet, asks nothing of a null object', async () => {
  const fake = workbook();
  const report = await calculate(fake);
  expect(report.sheets.every((s) => fake.book.find(s.name))).toBe(true);
});

test('the second run works while a result sheet is the active one (as the pane leaves it)', async () => {
  const fake = workbook();
  const report = await calculate(fake);
  await activate(fake, report.sheets[report.sheets.length - 1].name);
  await activate(fake, report.sheets[0].name);
  await expect(calculate(fake)).resolves.toBeDefined();
  expect(report.sheets.map((s) => fake.book.find(s.name)?.name)).toEqual(report.sheets.map((s) => s.name));
});

/** The report with one score that has more digits than Excel keeps (100/3). */
function withLongNumber(r: Report): Report {
  const [first, ...rest] = r.sheets;
  let done = false;
  const rows = first.rows.map((row) =>
    row.map((c): ReportCell => {
      if (done || typeof c.value !== 'number') return c;
      done = true;
      return { ...c, value: 100 / 3 };
    }),
  );
  return { ...r, sheets: [{ ...first, rows }, ...rest] };
}

test('a score with more than 15 digits: the sheet is still found Kaoping’s own after Excel stores it', async () => {
  const fake = workbook();
  const report = await calculate(fake, withLongNumber);
  const again = await port(fake).read();
  expect(again.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(report.sheets.map((s) => s.name));
});

test('the calculation mode of Excel is never changed, even when the pane dies part-way', async () => {
  const fake = workbook();
  const p = port(fake);
  const input = await p.read();
  const report = buildReport(assess(input), input, 'zh');
  // The answer to the first block of new sheets is lost, and so is the way back: as when the pane closes.
  fake.failSync(2, 'ConnectionFailure', { phase: 'after' });
  fake.failSync(3, 'ConnectionFailure');
  await expect(p.write(report)).rejects.toThrow();
  expect(fake.application.calculationMode).toBe('Automatic');
});

test('a clerk’s formula and chart pointing at 结果-总分 still point at it after two recalculations', async () => {
  const fake = workbook();
  const report = await calculate(fake);
  const totals = report.sheets[0].name;
  const own = fake.book.add('领导看板', 'test');
  const cell = own.ensure(0, 0);
  cell.f = `='${totals}'!B3`;
  cell.v = 0;
  fake.book.references.push({ kind: 'chart', label: '各支部总分', formula: `='${totals}'!$C$2:$C$20` });
  await calculate(fake);
  await calculate(fake);
  expect(fake.book.find('领导看板')?.cell(0, 0)?.f).toBe(`='${totals}'!B3`);
  expect(fake.book.references[0].formula).toBe(`='${totals}'!$C$2:$C$20`);
});

describe.each(['web', 'm365', 'office2021', 'office2019'] as const)('on %s', (profile) => {
  test('a full recalculation writes every result sheet, twice', async () => {
    const fake = workbook(profile);
    const report = await calculate(fake);
    await calculate(fake);
    expect(report.sheets.map((s) => fake.book.find(s.name)?.name)).toEqual(report.sheets.map((s) => s.name));
  });
});
