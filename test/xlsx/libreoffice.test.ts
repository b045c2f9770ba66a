/**
 * The written result workbook opened by a second spreadsheet program: LibreOffice converts it to CSV
 * (values as shown), and the totals must read back as the engine computed them. CI has LibreOffice;
 * elsewhere set KAOPING_SKIP_LIBREOFFICE=1 to skip.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { clerkWorkbook, NASTY } from './fixtures';
import { workbookXml } from './helpers';
import { recalcXlsx, scores } from './recalc-helpers';
import { convert, findSoffice, viaLibreOffice } from './soffice';

const SKIP = process.env.KAOPING_SKIP_LIBREOFFICE === '1';
jest.setTimeout(180_000);

const soffice = findSoffice();

describe('result workbooks in LibreOffice', () => {
  if (!soffice && SKIP) {
    it.skip('LibreOffice is not installed and KAOPING_SKIP_LIBREOFFICE=1', () => undefined);
    return;
  }

  it('LibreOffice is installed', () => {
    if (!soffice) throw new Error('LibreOffice (soffice) is missing: install it with `apt-get install -y libreoffice-calc-nogui`, or set KAOPING_SKIP_LIBREOFFICE=1 to skip these tests');
  });

  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-lo-out-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back every total and composite total of the power-plant sample', async () => {
    if (!soffice) return;
    const { assessment, report, output } = await recalcXlsx(await sampleToXlsx(sampleByKey('power-plant')!));
    const file = path.join(dir, 'plant.xlsx');
    fs.writeFileSync(file, output);
    const sheets = viaLibreOffice(soffice, file);
    const totals = sheets.get(report.sheets.find((s) => s.key === 'totals')!.name);
    expect(totals).toBeDefined();
    const [head, ...rows] = totals!;
    const col = (name: string) => head.indexOf(name);
    const d = assessment.settings.decimals;
    const expected = [
      ...assessment.results.map((r) => [r.period, r.unit, r.total.toFixed(d)]),
      ...assessment.composite.map((r) => ['综合', r.unit, r.total.toFixed(d)]),
    ];
    const read = rows.filter((r) => r.some((c) => c !== '')).map((r) => [r[col('期间')], r[col('单位')], r[col('总分')]]);
    expect(read).toEqual(expected);
  });

  it('shows text that looks like a formula as that text', async () => {
    if (!soffice) return;
    const { report, output } = await recalcXlsx(await clerkWorkbook());
    const file = path.join(dir, 'hostile.xlsx');
    fs.writeFileSync(file, output);
    const sheets = viaLibreOffice(soffice, file);
    const shown = new Set([...sheets.entries()].filter(([name]) => report.sheets.some((s) => s.name === name)).flatMap(([, rows]) => rows.flat()));
    for (const n of NASTY.filter((x) => /^[=+\-@]/.test(x))) expect(shown).toContain(n);
  });

  it('still knows its own sheets after LibreOffice re-saves the file, and replaces them', async () => {
    if (!soffice) return;
    const first = await recalcXlsx(await sampleToXlsx(sampleByKey('villages')!));
    const file = path.join(dir, 'resaved.xlsx');
    fs.writeFileSync(file, first.output);
    const again = path.join(dir, 'again');
    convert(soffice, file, 'xlsx:Calc MS Excel 2007 XML', again);
    const second = await recalcXlsx(fs.readFileSync(path.join(again, 'resaved.xlsx')));
    expect(second.report.renamed).toEqual([]);
    expect(second.report.sheets.map((s) => s.name)).toEqual(first.report.sheets.map((s) => s.name));
    expect(scores(second.assessment)).toEqual(scores(first.assessment));
    expect(await workbookXml(second.output)).toMatch(/<sheet (?=[^>]*name="_kaoping")(?=[^>]*state="veryHidden")/);
  });
});
