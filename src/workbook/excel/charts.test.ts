/** The trends sheet's charts through Office.js on the in-memory Excel: real chart objects, replaced with their sheet. */
import { QUARTERLY } from '../../../seeds/quarterly';
import { assess, buildReport } from '../../engine';
import type { Report } from '../../engine/types';
import { chartsOf, CHART_API_SETS } from '../fake-excel/charts';
import { fakeRun } from '../fake-excel/fake-run';
import type { FakeExcel } from '../fake-excel';
import { REQUIRED_EXCEL_API } from '../../taskpane/requirements';
import { ExcelPort } from './port';
import { fakeFromSample } from './testing';

const noWait = { sleep: () => Promise.resolve() };

async function calculate(fake: FakeExcel, lang: 'zh' | 'en' = 'zh'): Promise<Report> {
  const port = new ExcelPort(fakeRun(fake), noWait);
  const input = await port.read();
  const report = buildReport(assess(input), input, lang);
  await port.write(report);
  return report;
}

describe('charts through the Office path', () => {
  it('adds each chart of 结果-趋势 with its title, series names, category labels and place', async () => {
    const fake = fakeFromSample(QUARTERLY);
    const report = await calculate(fake);
    const trends = report.sheets.find((s) => s.key === 'trends')!;
    const charts = chartsOf(fake.book.find(trends.name)!);
    expect(charts.map((c) => [c.type, c.title])).toEqual(trends.charts!.map((c) => [c.kind === 'bar' ? 'BarClustered' : 'LineMarkers', c.title]));
    const [column, line] = charts;
    // The column chart: one series, the latest period, over the units' rows; labels are the unit names.
    expect(column.series.map((s) => s.name)).toEqual(['2021-Q2']);
    expect(column.series[0].xValues).toEqual({ top: 1, bottom: 10, left: 1, right: 1 });
    // The line chart: a line per unit, named for it, across the period columns.
    expect(line.series).toHaveLength(10);
    expect(line.series[0].name).toBe(trends.rows[1][1].value);
    expect(line.series[0].values).toEqual({ top: 1, bottom: 1, left: 2, right: 3 });
    expect(line.series[0].xValues).toEqual({ top: 0, bottom: 0, left: 2, right: 3 });
    for (const c of charts) expect(c.position).not.toBeNull();
  });

  it('a second run replaces the sheet, and its charts with it: no chart is left behind', async () => {
    const fake = fakeFromSample(QUARTERLY);
    await calculate(fake);
    const report = await calculate(fake, 'en');
    const withCharts = fake.book.sheets.filter((s) => chartsOf(s).length > 0).map((s) => s.name);
    expect(withCharts).toEqual([report.sheets.find((s) => s.key === 'trends')!.name]);
  });

  it('needs no API set above the one the add-in requires (nor above ExcelApi 1.7, the lowest host aimed at)', () => {
    const minor = (v: string): number => Number(v.split('.')[1]);
    for (const set of Object.values(CHART_API_SETS)) {
      expect(minor(set)).toBeLessThanOrEqual(minor(REQUIRED_EXCEL_API));
      expect(minor(set)).toBeLessThanOrEqual(7);
    }
  });
});
