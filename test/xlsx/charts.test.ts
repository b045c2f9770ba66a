/**
 * The trends sheet's charts in the .xlsx package: real chart parts linked from a drawing on the sheet,
 * with their content types; replaced with their sheet on the next run and never left behind.
 */
import JSZip from 'jszip';
import { sampleByKey } from '../../seeds';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { recalcXlsx } from './recalc-helpers';
import { sheetXml } from './helpers';

async function chartParts(buf: Uint8Array) {
  const zip = await JSZip.loadAsync(buf);
  const names = Object.keys(zip.files);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  return {
    zip,
    charts: names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort(),
    drawings: names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).sort(),
    types,
  };
}

describe('charts in the .xlsx path', () => {
  it('writes a bar chart and a line chart per zone on 结果-趋势, linked and typed', async () => {
    const { report, output } = await recalcXlsx(await sampleToXlsx(sampleByKey('quarterly')!));
    const trends = report.sheets.find((s) => s.key === 'trends')!;
    const p = await chartParts(output);
    expect(p.charts).toHaveLength(trends.charts!.length);
    expect(trends.charts!.length).toBeGreaterThanOrEqual(2);
    for (const c of p.charts) expect(p.types).toContain(`PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    for (const d of p.drawings) expect(p.types).toContain(`PartName="/${d}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`);
    const xml = await sheetXml(output, trends.name);
    expect(xml).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    const kinds = await Promise.all(p.charts.map(async (c) => (await p.zip.file(c)!.async('string')).match(/<c:(barChart|lineChart)>/)![1]));
    expect(kinds.sort()).toEqual(trends.charts!.map((c) => (c.kind === 'bar' ? 'barChart' : 'lineChart')).sort());
    // A series points at the sheet's own cells, with the values cached for readers that do not recalculate.
    const first = await p.zip.file(p.charts[0])!.async('string');
    expect(first).toContain(`<c:f>'${trends.name}'!$`);
    expect(first).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>\d/);
  });

  it('replaces the charts with their sheet on the next run, and removes them with it', async () => {
    const first = await recalcXlsx(await sampleToXlsx(sampleByKey('quarterly')!));
    const second = await recalcXlsx(first.output);
    const a = await chartParts(first.output);
    const b = await chartParts(second.output);
    expect(b.charts).toEqual(a.charts);
    expect(b.drawings).toEqual(a.drawings);
    // In English the Chinese trends sheet goes, and with it its drawing and charts: one set remains.
    const english = await recalcXlsx(second.output, 'en');
    const c = await chartParts(english.output);
    expect(c.charts).toHaveLength(a.charts.length);
    expect(c.drawings).toHaveLength(1);
    const overrides = c.types.match(/drawingml\.chart\+xml/g) ?? [];
    expect(overrides).toHaveLength(c.charts.length);
  });
});
