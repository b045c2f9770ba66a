/** What writing through Office.js must never do, and how it behaves when Excel fails part-way. */
import { POWER_PLANT } from '../../../seeds/power-plant';
import { assess, buildReport } from '../../engine';
import type { Report } from '../../engine/types';
import { FakeExcel } from '../fake-excel';
import { fakeRun } from '../fake-excel/fake-run';
import { MARKER_SHEET } from '../port';
import { ExcelHostError } from './errors';
import { ExcelPort } from './port';
import { fakeFromSample, snapshot, withEntries } from './testing';

const TRICKY = ['=SUM(A1:A3)', '+1', '-abc', '@SUM(1,2)', '00123', '2023-03-15', '50%', 'TRUE', '#N/A', "'quoted"];

function workbook(entries = 300): FakeExcel {
  // Reasons that Excel would take for formulas, numbers, dates, booleans or errors if written plainly.
  return fakeFromSample(withEntries(POWER_PLANT, '扣分记录', entries, (row, i) => (row[5] = TRICKY[i % TRICKY.length])));
}

const noWait = { sleep: () => Promise.resolve() };

async function calculate(fake: FakeExcel, port = new ExcelPort(fakeRun(fake), noWait)): Promise<{ report: Report; port: ExcelPort }> {
  const input = await port.read();
  const report = buildReport(assess(input), input, 'zh');
  await port.write(report);
  return { report, port };
}

function resultSheets(fake: FakeExcel, report: Report) {
  return report.sheets.map((s) => fake.book.find(s.name));
}

test('no input cell changes', async () => {
  const fake = workbook();
  const before = fake.book.sheets.map(snapshot);
  await calculate(fake);
  const inputs = fake.book.sheets.filter((s) => before.some((b) => (b as { name: string }).name === s.name));
  expect(inputs.map(snapshot)).toEqual(before);
});

test('text starting with =, +, -, @ (or looking like a number, date or error) is stored as the text written', async () => {
  const fake = workbook();
  const { report } = await calculate(fake);
  const written = resultSheets(fake, report);
  for (const sheet of written) {
    for (const row of sheet?.rows ?? []) for (const cell of row ?? []) expect(cell?.f).toBeUndefined();
  }
  const deductions = written[report.sheets.findIndex((s) => s.key === 'deductions')];
  const texts = new Set((deductions?.rows ?? []).flatMap((row) => (row ?? []).map((c) => c?.v)));
  for (const t of TRICKY) expect(texts.has(t)).toBe(true);
  // The same cells read back through Excel's API are strings.
  const reread = await new ExcelPort(fakeRun(fake)).read();
  const sheet = reread.sheets.find((s) => s.name === deductions?.name);
  const values = (sheet?.rows ?? []).flatMap((row) => (row ?? []).map((c) => c?.value));
  for (const t of TRICKY) expect(values).toContain(t);
});

test('writing again replaces Kaoping’s own sheets in place and leaves the marker very hidden', async () => {
  const fake = workbook();
  const { report } = await calculate(fake);
  const order = fake.book.sheets.map((s) => s.name);
  const again = await new ExcelPort(fakeRun(fake)).read();
  expect(again.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(report.sheets.map((s) => s.name));
  const second = buildReport(assess(again), again, 'zh');
  const outcome = await new ExcelPort(fakeRun(fake)).write(second);
  expect(outcome.replaced).toEqual(report.sheets.map((s) => s.name));
  expect(fake.book.sheets.map((s) => s.name)).toEqual(order);
  expect(fake.book.find(MARKER_SHEET)?.visibility).toBe('VeryHidden');
});

test('write without a read first checks the marker itself', async () => {
  const fake = workbook();
  const { report } = await calculate(fake);
  const outcome = await new ExcelPort(fakeRun(fake)).write(report);
  expect(outcome.replaced).toEqual(report.sheets.map((s) => s.name));
});

test('a result sheet the clerk has edited is never replaced', async () => {
  const fake = workbook();
  const { report } = await calculate(fake);
  const totals = fake.book.find(report.sheets[0].name);
  if (!totals) throw new Error('no totals sheet');
  totals.ensure(1, 1).v = '改过';
  const edited = snapshot(totals);
  // Edited after the read the report came from: nothing is written, and the message says what to do.
  await expect(new ExcelPort(fakeRun(fake)).write(report)).rejects.toMatchObject({ code: 'NameTaken', text: { zh: expect.stringContaining('请再点一次“一键计算”') } });
  const input = await new ExcelPort(fakeRun(fake)).read();
  const next = buildReport(assess(input), input, 'zh');
  expect(next.sheets[0].name).not.toBe(report.sheets[0].name);
  await new ExcelPort(fakeRun(fake)).write(next);
  expect(snapshot(fake.book.find(report.sheets[0].name) as NonNullable<typeof totals>)).toEqual(edited);
});

describe('when Excel fails', () => {
  test('a cell being edited: the request is sent again after a wait', async () => {
    const fake = workbook();
    const port = new ExcelPort(fakeRun(fake), noWait);
    const input = await port.read();
    fake.failSync(2, 'InvalidOperationInCellEditMode');
    fake.failSync(3, 'InvalidOperationInCellEditMode');
    await port.write(buildReport(assess(input), input, 'zh'));
    expect(fake.book.find('结果-总分')).toBeDefined();
  });

  test('a request too large: it goes again in smaller blocks, by itself', async () => {
    const fake = workbook(3000);
    const port = new ExcelPort(fakeRun(fake), noWait);
    const input = await port.read();
    fake.failSync(2, 'RequestPayloadSizeLimitExceeded');
    fake.failSync(3, 'RequestPayloadSizeLimitExceeded');
    const report = buildReport(assess(input), input, 'zh');
    await port.write(report);
    const reread = await new ExcelPort(fakeRun(fake)).read();
    expect(reread.sheets.filter((s) => s.owned)).toHaveLength(report.sheets.length);
  });

  test('a protected workbook: a clear message, nothing written', async () => {
    const fake = workbook();
    const names = fake.book.sheets.map((s) => s.name);
    fake.book.structureProtected = true;
    const err = await calculate(fake).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).text.zh).toContain('保护');
    expect(fake.book.sheets.map((s) => s.name)).toEqual(names);
  });

  test('a failure while new sheets are written: they are removed and the workbook is as it was', async () => {
    const fake = workbook();
    const before = fake.book.sheets.map(snapshot);
    const port = new ExcelPort(fakeRun(fake), noWait);
    const input = await port.read();
    const report = buildReport(assess(input), input, 'zh');
    fake.failSync(2, 'AccessDenied');
    const err = await port.write(report).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'AccessDenied', text: { zh: expect.stringContaining('保护') } });
    expect(fake.book.sheets.map(snapshot)).toEqual(before);
    expect(fake.application.calculationMode).toBe('Automatic');
  });

  test('the commit fails before Excel acts: the old results stay, whole', async () => {
    const fake = workbook();
    await calculate(fake);
    // A deduction changed since: the new results differ from the old.
    const entry = fake.book.find('扣分记录')?.ensure(1, 4);
    if (entry) entry.v = 7;
    const before = fake.book.sheets.map(snapshot);
    const port = new ExcelPort(fakeRun(fake), noWait);
    const input = await port.read();
    const report = buildReport(assess(input), input, 'zh');
    // The second write rewrites its sheets in place: sync 1 looks, sync 2 commits.
    fake.failSync(2, 'GeneralException');
    await expect(port.write(report)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.book.sheets.map(snapshot)).toEqual(before);
  });

  test('the connection drops after Excel committed: the write is finished, not undone', async () => {
    const fake = workbook();
    const { report } = await calculate(fake);
    const port = new ExcelPort(fakeRun(fake), noWait);
    await port.read();
    fake.failSync(2, 'ConnectionFailure', { phase: 'after' });
    await port.write(report);
    const reread = await new ExcelPort(fakeRun(fake)).read();
    expect(reread.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(report.sheets.map((s) => s.name));
    expect(fake.book.sheets.some((s) => s.name.startsWith('_kp_'))).toBe(false);
  });
});

test('the notices print portrait with their own headings; each finding links to its cell; the wide totals repeat period, zone and unit', async () => {
  const fake = workbook();
  const { report } = await calculate(fake);
  const [totals, rankings, deductions, checks] = resultSheets(fake, report);
  expect(totals?.orientation).toBe('Landscape');
  expect(rankings?.orientation).toBe('Portrait');
  expect(deductions?.orientation).toBe('Portrait');
  expect(deductions?.printTitleRows).toBeNull();
  expect(deductions?.pageBreaks.length).toBe(report.sheets[2].pageBreaksBefore.length);
  // The power-plant totals are too wide for a landscape page at 100%.
  expect(report.sheets[0].printTitleColumns).toBe(3);
  expect(totals?.printTitleColumns).toBe('$A:$C');
  const at = report.sheets[3].rows.findIndex((r) => r[3]?.link);
  const link = report.sheets[3].rows[at][3].link!;
  const cell = checks?.rows[at]?.[3];
  expect(cell?.link?.documentReference).toBe(`'${link.sheet}'!${link.cell}`);
  expect(cell?.v).toBe(link.cell);
  // The title is 16 pt, centred across the table.
  expect(rankings?.rows[0]?.[0]?.fmt).toMatchObject({ bold: true, size: 16, hAlign: 'CenterAcrossSelection' });
  // Wrapped text: the reason column of the notices.
  const line = report.sheets[2].rows.findIndex((r) => r[4]?.style === 'wrap');
  expect(deductions?.rows[line]?.[4]?.fmt?.wrap).toBe(true);
});

test('a score past 15 digits (a cap of 9007199254740991) stored rounded by Excel: the result sheets stay Kaoping’s own', async () => {
  const huge = {
    key: 'huge',
    title: { zh: '大分值', en: 'Huge cap' },
    description: { zh: '', en: '' },
    source: '',
    sheets: [
      { name: '考评细则', rows: [['编号', '栏目', '分值'], ['1.1', '党建', Number.MAX_SAFE_INTEGER]] },
      { name: '扣分记录', rows: [['单位', '编号', '扣分'], ['一支部', '1.1', 2]] },
    ],
  };
  const fake = fakeFromSample(huge);
  const { report } = await calculate(fake);
  // The total, a whole number of 16 digits, is kept by Excel at 15: not the number written.
  const total = report.sheets[0].rows[1][6].value as number;
  expect(total).toBeGreaterThan(1e15);
  expect(fake.book.find(report.sheets[0].name)?.rows[1]?.[6]?.v).toBe(Number(total.toPrecision(15)));
  const reread = await new ExcelPort(fakeRun(fake)).read();
  expect(reread.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(report.sheets.map((s) => s.name));
});
