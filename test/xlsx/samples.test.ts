import * as fs from 'node:fs';
import * as path from 'node:path';
import { SAMPLES, sampleToInput } from '../../seeds';
import { assess } from '../../src/engine';
import { readXlsx, sampleToXlsx } from '../../src/workbook/xlsx';
import { load } from './helpers';
import { recalcXlsx, scores } from './recalc-helpers';

describe.each(SAMPLES.map((s) => [s.key, s] as const))('sample %s through .xlsx', (_key, sample) => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await sampleToXlsx(sample);
  });

  it('is committed as seeds/<key>.xlsx, scoring as its source does (npm run samples rebuilds them)', async () => {
    const file = path.resolve(__dirname, '../../seeds', `${sample.key}.xlsx`);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run samples`);
    expect(scores(assess(await readXlsx(fs.readFileSync(file))))).toEqual(scores(assess(sampleToInput(sample))));
  });

  it('scores the same read from the file as from its grids', async () => {
    const fromFile = assess(await readXlsx(bytes));
    const fromGrids = assess(sampleToInput(sample));
    expect(fromFile.scored).toBe(true);
    expect(scores(fromFile)).toEqual(scores(fromGrids));
  });

  it('writes results that read back as owned, and scores the same again', async () => {
    const first = await recalcXlsx(bytes);
    const again = await readXlsx(first.output);
    const owned = again.sheets.filter((s) => s.owned).map((s) => s.name);
    expect(owned).toEqual(first.report.sheets.map((s) => s.name));
    expect(scores(assess(again))).toEqual(scores(first.assessment));
  });

  it('replaces its own sheets on a second run instead of adding more', async () => {
    const first = await recalcXlsx(bytes);
    const second = await recalcXlsx(first.output);
    expect(second.report.renamed).toEqual([]);
    const a = (await load(first.output)).worksheets.map((w) => w.name);
    const b = (await load(second.output)).worksheets.map((w) => w.name);
    expect(b).toEqual(a);
  });
});
