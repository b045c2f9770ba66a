/**
 * A pay sheet written on one run goes on the next once 挂钩比例 (and 奖励资金) are taken out of the
 * settings: stale amounts are never left in the workbook, in either path.
 */
import ExcelJS from 'exceljs';
import { DOUBLE_TEN } from '../../seeds/double-ten';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { assess, buildReport } from '../../src/engine';
import { fakeFromSample } from '../../src/workbook/excel/testing';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { ExcelPort } from '../../src/workbook/excel/port';
import { recalcXlsx } from '../xlsx/recalc-helpers';

const noWait = { sleep: () => Promise.resolve() };

it('through the xlsx path', async () => {
  const first = await recalcXlsx(await sampleToXlsx(DOUBLE_TEN));
  expect(first.report.sheets.map((s) => s.key)).toContain('pay');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(first.output as unknown as ExcelJS.Buffer);
  const settings = wb.getWorksheet('考评设置')!;
  settings.eachRow((row) => {
    if (row.getCell(1).value === '挂钩比例') row.getCell(2).value = null;
  });
  const second = await recalcXlsx(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(second.report.sheets.map((s) => s.key)).not.toContain('pay');
  const names = second.input.sheets.map((s) => s.name);
  expect(names).toContain('结果-兑现');
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load(second.output as unknown as ExcelJS.Buffer);
  expect(wb2.worksheets.map((w) => w.name)).not.toContain('结果-兑现');
  expect(wb2.worksheets.map((w) => w.name)).toContain('结果-趋势');
});

it('through the Office path', async () => {
  const fake = fakeFromSample(DOUBLE_TEN);
  const run = async () => {
    const port = new ExcelPort(fakeRun(fake), noWait);
    const input = await port.read();
    const report = buildReport(assess(input), input, 'zh');
    await port.write(report);
    return report;
  };
  expect((await run()).sheets.map((s) => s.key)).toContain('pay');
  const settings = fake.book.find('考评设置')!;
  const row = settings.rows.findIndex((r) => r?.[0]?.v === '挂钩比例');
  settings.rows[row]![1]!.v = null;
  expect((await run()).sheets.map((s) => s.key)).not.toContain('pay');
  expect(fake.book.sheets.map((s) => s.name)).not.toContain('结果-兑现');
});
