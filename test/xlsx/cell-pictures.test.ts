/**
 * Pictures placed in cells, as WPS 表格 and Microsoft 365 store them (see corpus/cell-pictures.ts),
 * each workbook recalculated twice. A photo in a column Kaoping does not read changes nothing; one
 * where Kaoping reads the reason or the points is a finding at its cell that says it is a picture;
 * every picture part, the cells that show them and WPS's own parts survive byte for byte; and
 * LibreOffice opens every result (all converted in one start).
 */
import { toJson } from '../../src/engine';
import type { Assessment } from '../../src/engine/types';
import { readXlsx } from '../../src/workbook/xlsx';
import { buildPicturePackage, KSO_BUILD, MISPLACED_TOTALS, PICTURE_VARIANTS, PLAIN_TOTALS, WPS_BOOK_EXT, WPS_SHEET_EXT, wpsId, type PictureVariant } from './corpus/cell-pictures';
import { opcProblems, partsOf, partsWritten, xmlProblems } from './corpus/opc';
import { sheetXml, workbookXml } from './helpers';
import { recalcXlsx, scores, type Recalculated } from './recalc-helpers';
import { describeInLibreOffice, totalsReadBack } from './soffice';

jest.setTimeout(300_000);

/** What a picture cell may never turn into once Kaoping has read it. */
const STAND_INS = /DISPIMG|#VALUE!/;

function totals(a: Assessment): Array<[string, string]> {
  return a.results.map((r) => [r.unit, r.total.toFixed(a.settings.decimals)]);
}

/** The parts Kaoping writes into: the package index, the workbook part and its rels, styles, shared strings, and its own sheets. */
const OWNED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml)$/;

interface Run {
  readonly input: Buffer;
  readonly first: Recalculated;
  readonly second: Recalculated;
}

const runs = new Map<string, Run>();

async function twice(name: string, v: PictureVariant): Promise<Run> {
  const input = buildPicturePackage(v);
  const first = await recalcXlsx(input);
  const second = await recalcXlsx(first.output);
  const run = { input, first, second };
  runs.set(name, run);
  return run;
}

describe.each(Object.keys(PICTURE_VARIANTS))('the %s workbook, recalculated twice', (name) => {
  const v = PICTURE_VARIANTS[name];
  let run: Run | undefined;
  beforeAll(async () => {
    run = await twice(name, v);
  });
  const get = (): Run => {
    if (!run) throw new Error(`the ${name} workbook was not recalculated`);
    return run;
  };

  if (!v.misplaced) {
    it('scores exactly as the same log without the 佐证材料 column, with no finding', async () => {
      const { first, second } = get();
      const plain = await recalcXlsx(buildPicturePackage({ ...v, evidence: false }));
      expect(totals(first.assessment)).toEqual(PLAIN_TOTALS);
      expect(scores(first.assessment)).toEqual(scores(plain.assessment));
      expect(scores(second.assessment)).toEqual(scores(first.assessment));
      expect(first.assessment.findings).toEqual([]);
    });
  } else {
    it('reports the photo in 原因 (the entry still counts) and the one in 扣分 (the entry is dropped) at their cells', () => {
      const { first, second } = get();
      expect(totals(first.assessment)).toEqual(MISPLACED_TOTALS);
      const found = first.assessment.findings.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);
      expect(found).toEqual([
        ['warning', 'PICTURE_IN_CELL', '扣分记录!D3'],
        ['error', 'PICTURE_IN_CELL', '扣分记录!C4'],
      ]);
      const [reason, points] = first.assessment.findings;
      expect(reason.message.zh).toContain('“原因”列的这一格是一张图片');
      expect(reason.message.zh).toContain('原因缺失，此条记录照常计分');
      expect(reason.message.zh).toContain('佐证材料');
      expect(points.message.zh).toContain('“扣分”列的这一格是一张图片');
      const en = toJson(first.assessment, 'en').issues.map((i) => i.message);
      expect(en[0]).toMatch(/^This 原因 cell holds a picture .*the reason is missing; the entry still counts\. Write the reason here as text/);
      expect(en[1]).toMatch(/^This 扣分 cell holds a picture .*treated as invalid\. Type the 扣分 here/);
      expect(scores(second.assessment)).toEqual(scores(first.assessment));
    });
  }

  it('never lets =DISPIMG(…) or #VALUE! reach a finding, a result sheet or the JSON', async () => {
    const { first, second } = get();
    expect(JSON.stringify(toJson(first.assessment, 'zh'))).not.toMatch(STAND_INS);
    expect(JSON.stringify(toJson(first.assessment, 'en'))).not.toMatch(STAND_INS);
    const back = await readXlsx(second.output);
    const own = back.sheets.filter((s) => s.owned);
    expect(own.map((s) => s.name)).toEqual(expect.arrayContaining(['结果-总分', '结果-扣分明细', '结果-校验']));
    for (const s of own) {
      const texts = s.rows.flatMap((row) => (row ?? []).map((c) => (c && typeof c.value === 'string' ? c.value : '')));
      expect([s.name, texts.filter((t) => STAND_INS.test(t))]).toEqual([s.name, []]);
    }
    // The reasons written as text still reach the notices.
    const notices = own.find((s) => s.name === '结果-扣分明细')!;
    const written = notices.rows.flatMap((row) => (row ?? []).map((c) => c?.value));
    expect(written).toContain('三会一课缺少记录');
  });

  it('keeps every part it does not own byte for byte, the pictures among them, after each run', async () => {
    const { input, first, second } = get();
    const before = await partsOf(input);
    const pictureParts = [...before.keys()].filter((n) => /cellimages|richData|metadata\.xml|media\/|custom\.xml/.test(n));
    expect(pictureParts.length).toBeGreaterThanOrEqual(v.host === 'wps' ? 5 : 8);
    for (const out of [first.output, second.output]) {
      const after = await partsOf(out);
      expect(opcProblems(after)).toEqual([]);
      expect(xmlProblems(after, partsWritten(before, after))).toEqual([]);
      for (const [n, bytes] of before) {
        if (OWNED.test(n)) continue;
        expect([n, after.get(n)?.equals(bytes)]).toEqual([n, true]);
      }
    }
  });

  it('keeps the links to the pictures in the package index and the workbook’s relationships', async () => {
    const { second } = get();
    const parts = await partsOf(second.output);
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
    if (v.host === 'wps') {
      expect(types).toContain('<Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/>');
      expect(rels).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
    } else {
      expect(types).toContain('<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>');
      expect(types).toContain('<Override PartName="/xl/richData/richValueRel.xml" ContentType="application/vnd.ms-excel.richvaluerel+xml"/>');
      expect(rels).toContain('Target="metadata.xml"');
      for (const t of ['richData/richValueRel.xml', 'richData/rdrichvalue.xml', 'richData/rdrichvaluestructure.xml', 'richData/rdRichValueTypes.xml']) expect(rels).toContain(`Target="${t}"`);
    }
  });

  it('leaves the cells that show the pictures as they were: the DISPIMG formulas, the vm attributes', async () => {
    const { second } = get();
    const records = await sheetXml(second.output, '扣分记录');
    if (v.host === 'wps') {
      expect(records).toContain(`<c r="E2" t="str"><f>_xlfn.DISPIMG("${wpsId(0)}",1)</f><v>=DISPIMG("${wpsId(0)}",1)</v></c>`);
      expect(records).toContain(WPS_SHEET_EXT);
    } else {
      expect(records).toContain('<c r="E2" t="e" vm="1"><v>#VALUE!</v></c>');
      expect(records).toMatch(/<c r="E3" t="e" vm="[23]"><v>#VALUE!<\/v><\/c>/);
    }
  });

  if (v.host === 'wps') {
    it('keeps docProps/custom.xml, and puts its sheets and names before WPS’s calcPr, fileRecoveryPr and extLst', async () => {
      const { second } = get();
      const parts = await partsOf(second.output);
      expect(parts.get('docProps/custom.xml')?.toString('utf8')).toContain(`<vt:lpwstr>${KSO_BUILD}</vt:lpwstr>`);
      expect(parts.get('_rels/.rels')?.toString('utf8')).toContain('Target="docProps/custom.xml"');
      const book = await workbookXml(second.output);
      // calcPr gains fullCalcOnLoad (so the clerk's own formulas recalculate); the rest stays in place, in schema order.
      expect(book).toMatch(/<\/definedNames><calcPr [^>]*calcId="144525"\/><fileRecoveryPr autoRecover="0"\/><extLst>/);
      expect(book.endsWith(`${WPS_BOOK_EXT}</workbook>`)).toBe(true);
      expect(book).toMatch(/<\/sheets><definedNames>[\s\S]*<\/definedNames><calcPr /);
      expect(book.match(/<extLst>/g)).toHaveLength(1);
      expect(book).toContain('<sheet name="结果-总分"');
    });
  }
});

describeInLibreOffice('the picture workbooks in LibreOffice', (lo) => {
  it('opens every second-run output and shows the totals', () => {
    const { soffice, dir } = lo();
    expect([...runs.keys()]).toEqual(Object.keys(PICTURE_VARIANTS));
    const read = totalsReadBack(soffice, dir, [...runs].map(([name, r]) => [`${name}.xlsx`, r.second] as const));
    for (const [name] of runs) {
      const column = read.get(`${name}.xlsx`)!;
      const totals = column('总分');
      expect([name, column('单位').map((u, i) => [u, totals[i]])]).toEqual([name, PICTURE_VARIANTS[name].misplaced ? MISPLACED_TOTALS : PLAIN_TOTALS]);
    }
  });
});
