/**
 * The result sheets print the same whichever adapter wrote them: the .xlsx writer's package against
 * the in-memory Excel after the Office.js adapter's write, for the trends, pay and rectification
 * sheets: orientation, print titles (none), page breaks, the heights of the rows the charts stand on,
 * and each chart's type, place, legend and text sizes; and for every sheet, whether it is centred
 * between the page's side margins.
 */
import JSZip from 'jszip';
import { DOUBLE_TEN } from '../../seeds/double-ten';
import { POWER_PLANT } from '../../seeds/power-plant';
import { QUARTERLY } from '../../seeds/quarterly';
import type { SampleWorkbook } from '../../seeds/types';
import { assess, buildReport } from '../../src/engine';
import type { Report, ReportSheet } from '../../src/engine/types';
import { ExcelPort } from '../../src/workbook/excel/port';
import { fakeFromSample } from '../../src/workbook/excel/testing';
import { chartsOf } from '../../src/workbook/fake-excel/charts';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { charsToPoints } from '../../src/workbook/shared/width';
import { readXlsx, sampleToXlsx, writeXlsx } from '../../src/workbook/xlsx';
import { sheetXml, workbookXml } from '../xlsx/helpers';

interface Printed {
  orientation: string;
  printTitles: boolean;
  breaks: number[];
  heights: Record<number, number>;
  /** Column widths in points, the charts' filler columns past the table included. */
  widths: number[];
  charts: Array<{ type: string; from: [number, number]; to: [number, number]; legend: boolean; reversed: boolean; size: number; titleSize: number; titleBold: boolean }>;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

async function fromPackage(bytes: Uint8Array, sheet: ReportSheet): Promise<Printed> {
  const xml = await sheetXml(bytes, sheet.name);
  const book = await workbookXml(bytes);
  const heights: Record<number, number> = {};
  for (const m of xml.matchAll(/<row r="(\d+)"[^>]*\sht="([\d.]+)"/g)) heights[Number(m[1]) - 1] = Number(m[2]);
  const charts: Printed['charts'] = [];
  if (/<drawing r:id=/.test(xml)) {
    const zip = await JSZip.loadAsync(bytes);
    // The one drawing on the sheet, and its charts in anchor order.
    const drawingPath = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const drawing = await zip.file(drawingPath)!.async('string');
    const rels = await zip.file(drawingPath.replace('drawings/', 'drawings/_rels/') + '.rels')!.async('string');
    for (const a of drawing.matchAll(/<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
      const pos = (tag: string): [number, number] => {
        const part = new RegExp(`<xdr:${tag}>([\\s\\S]*?)</xdr:${tag}>`).exec(a[0])![1];
        return [Number(/<xdr:row>(\d+)/.exec(part)![1]), Number(/<xdr:col>(\d+)/.exec(part)![1])];
      };
      const rid = attr(a[0], 'r:id')!;
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
      const chart = await zip.file('xl/' + target.replace(/^\.\.\//, ''))!.async('string');
      const [toRow, toCol] = pos('to');
      charts.push({
        type: /<c:barDir val="bar"\/>/.test(chart) ? 'BarClustered' : /<c:lineChart>/.test(chart) ? 'LineMarkers' : 'other',
        from: pos('from'),
        // The drawing's "to" cell is where the chart ends, not a cell it covers.
        to: [toRow - 1, toCol - 1],
        legend: /<c:legend>/.test(chart),
        reversed: /<c:catAx><c:axId val="\d+"\/><c:scaling><c:orientation val="maxMin"\/>/.test(chart),
        size: Number(/<\/c:chart><c:txPr>[\s\S]*?<a:defRPr sz="(\d+)"/.exec(chart)![1]) / 100,
        titleSize: Number(/<c:title>[\s\S]*?<a:defRPr sz="(\d+)"/.exec(chart)![1]) / 100,
        titleBold: /<c:title>[\s\S]*?<a:defRPr sz="\d+" b="1"/.test(chart),
      });
    }
  }
  return {
    orientation: attr(/<pageSetup [^>]*>/.exec(xml)![0], 'orientation') === 'landscape' ? 'Landscape' : 'Portrait',
    printTitles: new RegExp(`_xlnm.Print_Titles"[^>]*>'?${sheet.name}`).test(book),
    breaks: [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1])),
    heights,
    widths: [...xml.matchAll(/<col min="\d+" max="\d+" width="([\d.]+)"/g)].map((m) => charsToPoints(Number(m[1]))),
    charts,
  };
}

async function fromOffice(sample: SampleWorkbook, report: Report, sheet: ReportSheet): Promise<Printed> {
  const fake = fakeFromSample(sample);
  await new ExcelPort(fakeRun(fake), { sleep: () => Promise.resolve() }).write(report);
  const model = fake.book.find(sheet.name)!;
  const charts = chartsOf(model);
  const top = charts.length > 0 ? Math.min(...charts.map((c) => c.position!.from.top)) : Infinity;
  const heights: Record<number, number> = {};
  // The rows under the charts: the ones the adapter sets (Excel fits the table's rows itself).
  for (const [r, h] of model.heights) if (r >= top) heights[r] = h;
  return {
    orientation: model.orientation,
    printTitles: model.printTitleRows !== null,
    // A break before 0-based row r is the file's break after row r (1-based, the last row above it).
    breaks: model.pageBreaks,
    heights,
    widths: [...model.widths.entries()].sort((x, y) => x[0] - y[0]).map(([, w]) => w),
    charts: charts.map((c) => ({
      type: c.type,
      from: [c.position!.from.top, c.position!.from.left],
      to: [c.position!.to.bottom, c.position!.to.right],
      legend: c.legend.visible,
      reversed: c.categoriesReversed,
      size: c.font.size ?? 0,
      titleSize: c.titleFont.size ?? 0,
      titleBold: c.titleFont.bold ?? false,
    })),
  };
}

describe.each([
  ['quarterly', QUARTERLY],
  ['double-ten', DOUBLE_TEN],
])('%s prints the same from either adapter', (_key, sample) => {
  let report: Report;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const input = await readXlsx(await sampleToXlsx(sample));
    report = buildReport(assess(input), input, 'zh');
    bytes = await writeXlsx(await sampleToXlsx(sample), report);
  });

  it('every sheet is centred on its page, or not, alike from either adapter: the posted ranking, the notices and the tables one page wide centred', async () => {
    const fake = fakeFromSample(sample);
    await new ExcelPort(fakeRun(fake), { sleep: () => Promise.resolve() }).write(report);
    const centred: Record<string, boolean> = {};
    for (const sheet of report.sheets) {
      const xml = await sheetXml(bytes, sheet.name);
      const file = /<printOptions [^>]*horizontalCentered="1"/.test(xml);
      expect([sheet.key, fake.book.find(sheet.name)!.centerHorizontally]).toEqual([sheet.key, file]);
      expect([sheet.key, file]).toEqual([sheet.key, sheet.centerHorizontally]);
      centred[sheet.key] = file;
    }
    expect(centred).toMatchObject({ rankings: true, deductions: true, checks: true, trends: true });
  });

  it.each(['trends', 'pay', 'rectification'])('%s: page setup, page breaks and chart places', async (key) => {
    const sheet = report.sheets.find((s) => s.key === key);
    if (!sheet) return expect(key).toBe('rectification'); // double-ten records no 整改 columns
    const file = await fromPackage(bytes, sheet);
    const office = await fromOffice(sample, report, sheet);
    // Only the charts' rows are compared for height: the file's table rows carry estimates Excel replaces.
    const top = Math.min(...file.charts.map((c) => c.from[0]));
    file.heights = Object.fromEntries(Object.entries(file.heights).filter(([r]) => Number(r) >= top));
    expect(office).toEqual(file);
    expect(file.printTitles).toBe(false);
    expect(file.breaks).toEqual(sheet.pageBreaksBefore.map((r) => r - 1));
    if (key === 'trends') {
      expect(file.charts.length).toBe(sheet.charts!.length);
      expect(file.charts[0]).toMatchObject({ type: 'BarClustered', legend: false, reversed: true, size: 11, titleSize: 14, titleBold: true });
      expect(Object.keys(file.heights).length).toBeGreaterThan(10);
      // The charts reach past the table, over the filler columns that give them their width.
      expect(file.widths.length).toBeGreaterThan(sheet.rows[0].length);
    }
  });
});

test('a totals table too wide for one page, printed across pages at 100%, stays at the left margin from either adapter', async () => {
  const input = await readXlsx(await sampleToXlsx(POWER_PLANT));
  const report = buildReport(assess(input), input, 'zh');
  const bytes = await writeXlsx(await sampleToXlsx(POWER_PLANT), report);
  const fake = fakeFromSample(POWER_PLANT);
  await new ExcelPort(fakeRun(fake), { sleep: () => Promise.resolve() }).write(report);
  const totals = report.sheets.find((s) => s.key === 'totals')!;
  const rankings = report.sheets.find((s) => s.key === 'rankings')!;
  expect(totals.fitToWidth).toBe(false);
  for (const [sheet, centred] of [[totals, false], [rankings, true]] as const) {
    expect(/<printOptions [^>]*horizontalCentered="1"/.test(await sheetXml(bytes, sheet.name))).toBe(centred);
    expect(fake.book.find(sheet.name)!.centerHorizontally).toBe(centred);
  }
});
