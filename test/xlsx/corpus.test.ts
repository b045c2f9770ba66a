/**
 * Workbooks in the package shapes real programs write (see corpus/build.ts), each recalculated twice.
 * Every output must obey OPC, leave every part Kaoping does not own byte for byte, keep its styles part
 * as the first run left it, score right, and open in LibreOffice (all converted in one start).
 */
import type { Assessment } from '../../src/engine/types';
import { readXlsx } from '../../src/workbook/xlsx';
import { buildPackage, DAMAGED, EXPECTED_TOTALS, SHAPES } from './corpus/build';
import { opcProblems, part, partsChanged, partsOf, partsWritten, relationships, stylesPart, xmlProblems } from './corpus/opc';
import { recalcXlsx, scores, type Recalculated } from './recalc-helpers';
import { describeInLibreOffice, totalsReadBack } from './soffice';

jest.setTimeout(300_000);

function totals(a: Assessment): Array<[string, string]> {
  return a.results.map((r) => [r.unit, r.total.toFixed(a.settings.decimals)]);
}

interface Run {
  readonly input: Buffer;
  readonly first: Recalculated;
  readonly second: Recalculated;
}

/** Each shape's two runs, once every test of the shape has asked. */
const runs = new Map<string, Run>();

async function twice(name: string): Promise<Run> {
  const input = buildPackage(SHAPES[name]);
  const first = await recalcXlsx(input);
  const second = await recalcXlsx(first.output);
  const run = { input, first, second };
  runs.set(name, run);
  return run;
}

describe.each(Object.keys(SHAPES))('the %s package, recalculated twice', (name) => {
  let run: Run | undefined;
  beforeAll(async () => {
    run = await twice(name);
  });
  const get = (): Run => {
    if (!run) throw new Error(`the ${name} package was not recalculated`);
    return run;
  };

  it('scores right, with the notes read as the reasons, the same both times', () => {
    const { first, second } = get();
    expect(totals(first.assessment)).toEqual(EXPECTED_TOTALS);
    expect(first.assessment.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
    expect(scores(second.assessment)).toEqual(scores(first.assessment));
    expect(second.report.renamed).toEqual([]);
  });

  it('obeys OPC after each run: no two part names equal, every relationship target present, every part it wrote well-formed', async () => {
    const { input, first, second } = get();
    const before = await partsOf(input);
    for (const out of [first.output, second.output]) {
      const after = await partsOf(out);
      expect(opcProblems(after)).toEqual([]);
      expect(xmlProblems(after, partsWritten(before, after))).toEqual([]);
    }
  });

  it('keeps every part it does not own byte for byte, under its own name', async () => {
    const { input, first, second } = get();
    const before = await partsOf(input);
    for (const out of [first.output, second.output]) {
      expect(partsChanged(before, await partsOf(out))).toEqual([]);
    }
  });

  it('leaves the styles part on the second run as the first run left it', async () => {
    const { first, second } = get();
    const a = stylesPart(await partsOf(first.output));
    const b = stylesPart(await partsOf(second.output));
    expect(a).toBeDefined();
    expect(b?.toString('utf8')).toBe(a?.toString('utf8'));
  });

  it('reads the units sheet’s table wherever its part is', () => {
    const units = get().first.input.sheets.find((s) => s.name === '考评单位');
    expect(units?.tables ?? []).toEqual(SHAPES[name].table ? [{ name: '单位表', top: 0, left: 0, bottom: 2, right: 0 }] : []);
  });

  it('writes its sheets in the namespaces of the package', async () => {
    const { first } = get();
    const parts = await partsOf(first.output);
    const strict = SHAPES[name].strict;
    const sheets = relationships(parts).filter((r) => /\/worksheet$/.test(r.type));
    for (const s of sheets) {
      const xml = part(parts, s.target)!.toString('utf8');
      expect([s.target, xml.includes('http://purl.oclc.org/ooxml/spreadsheetml/main')]).toEqual([s.target, strict]);
    }
  });
});

describe('damaged packages', () => {
  it.each(Object.keys(DAMAGED))('refuses %s as damaged, naming the part', async (name) => {
    await expect(readXlsx(buildPackage(DAMAGED[name]))).rejects.toMatchObject({ problem: 'damaged', message: expect.stringMatching(/sheet3\.xml/i) });
  });
});

describeInLibreOffice('the corpus in LibreOffice', (lo) => {
  it('opens every second-run output and shows the totals', () => {
    const { soffice, dir } = lo();
    expect([...runs.keys()]).toEqual(Object.keys(SHAPES));
    const read = totalsReadBack(soffice, dir, [...runs].map(([name, r]) => [`${name}${SHAPES[name].macro ? '.xlsm' : '.xlsx'}`, r.second] as const));
    for (const [file, column] of read) {
      const units = column('单位');
      const totals = column('总分');
      expect([file, units.map((u, i) => [u, totals[i]])]).toEqual([file, EXPECTED_TOTALS]);
    }
  });
});
