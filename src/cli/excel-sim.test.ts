/** `--host excel-sim` gives the plain recalc's JSON, through Office.js over the in-memory Excel. */
import { SAMPLES } from '../../seeds';
import { assess, toJson } from '../engine';
import { readXlsx, sampleToXlsx } from '../workbook/xlsx';
import { recalcExcelSim, simLine } from './excel-sim';
import { buildPicturePackage, PICTURE_VARIANTS } from '../../test/xlsx/corpus/cell-pictures';

test.each(SAMPLES.map((s) => [s.key, s] as const))('%s: same JSON as the plain path, and the counters line', async (_key, sample) => {
  const bytes = await sampleToXlsx(sample);
  const sim = await recalcExcelSim(bytes, 'zh');
  const plain = assess(await readXlsx(bytes));
  expect(toJson(sim.assessment, 'zh', sim.report?.renamed ?? [])).toEqual(toJson(plain, 'zh'));
  expect(simLine(sim.counters)).toMatch(/^syncs=\d+ requestBytes=\d+ maxRequestBytes=\d+$/);
  expect(sim.counters.syncs).toBeLessThanOrEqual(6);
  // The saved workbook reads back with the result sheets as Kaoping's own.
  const after = await readXlsx(sim.output as Buffer);
  expect(after.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(sim.outcome?.written);
});

test.each(Object.keys(PICTURE_VARIANTS))('%s: pictures placed in cells give the plain path’s findings through the in-memory Excel', async (name) => {
  const bytes = buildPicturePackage(PICTURE_VARIANTS[name]);
  const sim = await recalcExcelSim(bytes, 'zh');
  const plain = assess(await readXlsx(bytes));
  expect(toJson(sim.assessment, 'zh', sim.report?.renamed ?? [])).toEqual(toJson(plain, 'zh'));
  expect(plain.findings.map((f) => f.code)).toEqual(PICTURE_VARIANTS[name].misplaced ? ['PICTURE_IN_CELL', 'PICTURE_IN_CELL'] : []);
});
