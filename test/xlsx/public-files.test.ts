/**
 * Workbooks other programs wrote, from SheetJS's public test files (see test/xlsx/public-files.ts):
 * WPS 表格's own files, Excel's Strict Open XML, linked data types, threaded comments, a macro-enabled
 * book with pivot tables. As written, each is read without an error and says that it holds no rubric;
 * with the villages sample's sheets grafted in, each scores as the sample (through the xlsx adapter
 * and through the add-in's adapter over the in-memory Excel), is recalculated twice with
 * every part its program wrote kept byte for byte and Kaoping's sheets replaced in place, and
 * LibreOffice opens every result and reads the totals back.
 */
import { VILLAGES_SAMPLE } from '../../seeds/villages';
import { sampleToInput } from '../../seeds';
import { assess } from '../../src/engine';
import { recalcBytes, type RecalcRun } from '../../src/cli/pipeline';
import { recalcExcelSim } from '../../src/cli/excel-sim';
import { Progress } from '../../src/cli/progress';
import { pictureCellsOf } from '../../src/workbook/xlsx';
import { opcProblems, part, partsChanged, partsOf, partsWritten, xmlProblems } from './corpus/opc';
import { sheetXml } from './helpers';
import { graft, PUBLIC_FILES, publicBytes, type PublicFile } from './public-files';
import { scores } from './recalc-helpers';
import { describeInLibreOffice, totalsReadBack } from './soffice';

jest.setTimeout(300_000);

const quiet = new Progress({ out: () => undefined, err: () => undefined, env: {}, cwd: '/' }, 'zh', true);
type Written = RecalcRun & { readonly output: Buffer; readonly report: NonNullable<RecalcRun['report']> };

async function recalc(bytes: Buffer, file: string): Promise<Written> {
  const run = await recalcBytes(bytes, file, 'zh', {}, quiet);
  if (!run.output || !run.report) throw new Error(`${file} was not scored`);
  return { ...run, output: run.output, report: run.report };
}

const sample = assess(sampleToInput(VILLAGES_SAMPLE));
const seconds = new Map<string, Written>();

describe.each(PUBLIC_FILES.map((f) => [f.file, f] as const))('%s', (_, f: PublicFile) => {
  it(`as ${f.writer} wrote it (${f.holds}): read without an error, with nothing to score and nothing written`, async () => {
    const run = await recalcBytes(publicBytes(f), f.file, 'zh', {}, quiet);
    expect(run.assessment.scored).toBe(false);
    expect(run.assessment.findings.map((x) => x.code)).toContain('MISSING_SHEET');
    expect(run.output).toBeUndefined();
  });

  let input: Buffer;
  let first: Written;
  let second: Written;
  beforeAll(async () => {
    input = await graft(publicBytes(f), VILLAGES_SAMPLE);
    first = await recalc(input, f.file);
    second = await recalc(first.output, f.file);
    seconds.set(f.file, second);
  });

  it('with the villages sample in it, scores as the sample: the same totals, ranks, flags and findings at the same cells', () => {
    expect(scores(first.assessment)).toEqual(scores(sample));
  });

  it("scores as the sample through the add-in's path too (the in-memory Excel opening the file)", async () => {
    const sim = await recalcExcelSim(input, 'zh');
    expect(scores(sim.assessment)).toEqual(scores(sample));
    expect(sim.written).toEqual(first.report.sheets.map((s) => s.name));
  });

  it('writes its sheets once and, the second time, replaces them in place with the same content', async () => {
    expect([first.report.renamed, second.report.renamed, first.extra, second.extra, second.edited]).toEqual([[], [], [], [], []]);
    expect(second.stale).toBe(false);
    expect(second.report.sheets.map((s) => s.name)).toEqual(first.report.sheets.map((s) => s.name));
    for (const s of first.report.sheets) expect([s.name, await sheetXml(second.output, s.name)]).toEqual([s.name, await sheetXml(first.output, s.name)]);
  });

  it('keeps every part its program wrote byte for byte, after each run, writes well-formed parts and breaks no packaging rule', async () => {
    const before = await partsOf(input);
    for (const out of [first.output, second.output]) {
      const after = await partsOf(out);
      expect(partsChanged(before, after)).toEqual([]);
      expect(opcProblems(after)).toEqual([]);
      // Every part the run wrote (its sheets, and its edits of the index, the workbook and the styles) is well-formed.
      expect(xmlProblems(after, partsWritten(before, after))).toEqual([]);
    }
  });

  it('keeps the workbook in its own dialect and kind (a macro-enabled one stays so), its sheets in their states', async () => {
    const [after, before] = [await partsOf(second.output), await partsOf(input)];
    const book = after.get('xl/workbook.xml')!.toString('utf8');
    const original = before.get('xl/workbook.xml')!.toString('utf8');
    expect(/conformance="strict"/.test(book)).toBe(/conformance="strict"/.test(original));
    // The workbook's content type: its Override, or the Default for .xml (the Open XML SDK types the workbook so).
    const kind = (parts: Map<string, Buffer>) => {
      const types = part(parts, '[Content_Types].xml')!.toString('utf8');
      const override = /<Override\s[^>]*PartName="\/xl\/workbook\.xml"[^>]*>/.exec(types)?.[0] ?? /<Default\s[^>]*Extension="xml"[^>]*>/.exec(types)?.[0] ?? '';
      return /ContentType="([^"]+)"/.exec(override)?.[1];
    };
    expect(kind(before)).toMatch(/\.main\+xml$/);
    expect(kind(after)).toBe(kind(before));
    if (f.file.endsWith('.xlsm')) expect(kind(after)).toBe('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const states = (xml: string) => [...xml.matchAll(/<(?:\w+:)?sheet\s[^>]*name="([^"]+)"[^>]*>/g)].filter((m) => /state="/.test(m[0])).map((m) => [m[1], /state="(\w+)"/.exec(m[0])![1]]);
    // Its own sheets keep their states, and Kaoping's marker sheet is very hidden.
    expect(states(book)).toEqual([...states(original), ['_kaoping', 'veryHidden']]);
  });
});

describe('pictures placed in cells, as the programs wrote them', () => {
  const file = (name: string) => PUBLIC_FILES.find((f) => f.file === name)!;

  it("WPS's DISPIMG cell is a picture", async () => {
    expect([...(await pictureCellsOf(publicBytes(file('wps-image.xlsx'))))]).toEqual([['Sheet1', ['G15']]]);
  });

  it('an error with a rich value that is no picture (a linked data type in Excel, a FIELDVALUE error in WPS) stays the error it shows', async () => {
    for (const name of ['metadata_2019.xlsx', 'wps-fn.xlsx']) {
      const bytes = publicBytes(file(name));
      expect((await partsOf(bytes)).has('xl/metadata.xml')).toBe(true);
      expect([name, [...(await pictureCellsOf(bytes))]]).toEqual([name, []]);
    }
  });

});

describeInLibreOffice('the results in LibreOffice', (lo) => {
  it('opens every second-run result and reads each total as the engine computed it', () => {
    const { soffice, dir } = lo();
    expect([...seconds.keys()]).toEqual(PUBLIC_FILES.map((f) => f.file));
    const read = totalsReadBack(soffice, dir, [...seconds]);
    const d = sample.settings.decimals;
    const want = sample.results.map((x) => [x.unit, x.total.toFixed(d)]);
    for (const n of seconds.keys()) {
      const column = read.get(n)!;
      const units = column('单位');
      expect([n, units.map((u, i) => [u, column('总分')[i]])]).toEqual([n, want]);
    }
  });
});
