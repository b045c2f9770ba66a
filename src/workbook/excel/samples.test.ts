/**
 * On every sample workbook the Office adapter, over the in-memory Excel, reads what the xlsx adapter
 * reads, and the results it writes are the plain path's results.
 */
import { SAMPLES } from '../../../seeds';
import { assess, buildReport, toJson } from '../../engine';
import { fakeRun } from '../fake-excel/fake-run';
import { fakeFromXlsx } from '../fake-excel/xlsx-io';
import { readXlsx, sampleToXlsx, writeXlsx } from '../xlsx';
import { ExcelPort } from './port';

describe.each(SAMPLES.map((s) => [s.key, s] as const))('sample %s', (_key, sample) => {
  test('read gives the same grids as the xlsx adapter', async () => {
    const bytes = await sampleToXlsx(sample);
    const fake = await fakeFromXlsx(bytes);
    const viaExcel = await new ExcelPort(fakeRun(fake)).read();
    expect(viaExcel).toEqual(await readXlsx(bytes));
  });

  test('results through Excel equal the plain path, and what is written reads back as the xlsx adapter wrote it', async () => {
    const bytes = await sampleToXlsx(sample);
    const plainInput = await readXlsx(bytes);
    const plain = assess(plainInput);
    const plainReport = buildReport(plain, plainInput, 'zh');

    const fake = await fakeFromXlsx(bytes);
    const port = new ExcelPort(fakeRun(fake));
    const input = await port.read();
    const a = assess(input);
    expect(toJson(a, 'zh')).toEqual(toJson(plain, 'zh'));
    const report = buildReport(a, input, 'zh');
    const outcome = await port.write(report);
    expect(outcome.written).toEqual(plainReport.sheets.map((s) => s.name));

    const after = await new ExcelPort(fakeRun(fake)).read();
    const plainAfter = await readXlsx(await writeXlsx(bytes, plainReport));
    expect(after).toEqual(plainAfter);
    expect(after.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(outcome.written);
  });
});
