/**
 * Pictures placed in cells, read through Office.js from the in-memory Excel: the add-in gives the
 * findings the command line gives for the same workbook (corpus/cell-pictures.ts), on every Excel
 * that can tell a picture from #VALUE!, and still reads on one that cannot.
 */
import { buildPicturePackage, PICTURE_VARIANTS, pictureSheets, wpsId, type PictureVariant } from '../../../test/xlsx/corpus/cell-pictures';
import { assess } from '../../engine';
import type { Assessment } from '../../engine/types';
import { readXlsx } from '../xlsx';
import { FakeExcel } from '../fake-excel';
import { fakeRun } from '../fake-excel/fake-run';
import { BookModel } from '../fake-excel/model';
import { PROFILES, type HostProfile } from '../fake-excel/profiles';
import { ExcelPort } from './port';

/** The variant's workbook as Excel holds it once opened: Microsoft 365's pictures as image values, WPS's as DISPIMG formulas showing #NAME?. */
function fakeOf(v: PictureVariant, profile: HostProfile = PROFILES.m365): FakeExcel {
  const book = new BookModel();
  for (const [name, rows] of pictureSheets(v)) {
    const sheet = book.add(name, 'test');
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.ensure(r, c);
        if (typeof value !== 'object') {
          cell.v = value;
          return;
        }
        if (v.host === 'excel365') {
          cell.v = { error: '#VALUE!' };
          cell.img = { type: 'LocalImage', altText: '佐证材料' };
        } else {
          cell.f = `=_xlfn.DISPIMG("${wpsId(value.picture)}",1)`;
          cell.v = { error: '#NAME?' };
        }
      }),
    );
  }
  return new FakeExcel({ book, profile });
}

const seen = (a: Assessment) => a.findings.map((f) => ({ severity: f.severity, code: f.code, at: `${f.sheet}!${f.cell}`, message: f.message }));
const totals = (a: Assessment) => a.results.map((r) => [r.unit, r.total]);

describe.each(Object.keys(PICTURE_VARIANTS))('the %s workbook in Excel', (name) => {
  const v = PICTURE_VARIANTS[name];

  it('gives the findings and totals the command line gives for the same file', async () => {
    const cli = assess(await readXlsx(buildPicturePackage(v)));
    const addIn = assess(await new ExcelPort(fakeRun(fakeOf(v))).read());
    expect(seen(addIn)).toEqual(seen(cli));
    expect(totals(addIn)).toEqual(totals(cli));
    const codes = addIn.findings.map((f) => `${f.code} ${f.cell}`);
    expect(codes).toEqual(v.misplaced ? ['PICTURE_IN_CELL D3', 'PICTURE_IN_CELL C4'] : []);
  });
});

it('looks at the cells again only when some cell may hold a picture, in one request', async () => {
  const plain = fakeOf({ host: 'excel365', evidence: false, misplaced: false });
  await new ExcelPort(fakeRun(plain)).read();
  const withPictures = fakeOf(PICTURE_VARIANTS['excel365-evidence']);
  await new ExcelPort(fakeRun(withPictures)).read();
  expect(withPictures.counters.syncs).toBe(plain.counters.syncs + 1);
});

it('reads on an Excel without ExcelApi 1.16, where a Microsoft 365 picture is the #VALUE! it shows', async () => {
  const fake = fakeOf(PICTURE_VARIANTS['excel365-misplaced'], PROFILES.office2019);
  const a = assess(await new ExcelPort(fakeRun(fake)).read());
  expect(a.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['FORMULA_ERROR D3', 'FORMULA_ERROR C4', 'MISSING_REASON D3']);
  // A WPS picture is its DISPIMG formula, which every Excel gives.
  const wps = assess(await new ExcelPort(fakeRun(fakeOf(PICTURE_VARIANTS['wps-misplaced'], PROFILES.office2019))).read());
  expect(wps.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['PICTURE_IN_CELL D3', 'PICTURE_IN_CELL C4']);
});

describe('a picture in a cell of the in-memory Excel', () => {
  const load = async (profile: HostProfile, props: string) => {
    const fake = fakeOf(PICTURE_VARIANTS['excel365-evidence'], profile);
    return fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('扣分记录').getRange('D2:E2').load(props);
      await ctx.sync();
      return r;
    });
  };

  it('is #VALUE! in values and text, Error in valueTypes, and an image only in valuesAsJson', async () => {
    const r = await load(PROFILES.m365, 'values, text, valueTypes, valuesAsJson');
    expect(r.values).toEqual([['三会一课缺少记录', '#VALUE!']]);
    expect(r.text).toEqual([['三会一课缺少记录', '#VALUE!']]);
    expect(r.valueTypes).toEqual([['String', 'Error']]);
    expect(r.valuesAsJson).toEqual([
      [
        { type: 'String', basicType: 'String', basicValue: '三会一课缺少记录' },
        { type: 'LocalImage', altText: '佐证材料', basicType: 'Error', basicValue: '#VALUE!' },
      ],
    ]);
  });

  it('has no valuesAsJson before ExcelApi 1.16', async () => {
    await expect(load(PROFILES.office2019, 'valuesAsJson')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('goes when a value is written over it', async () => {
    const fake = fakeOf(PICTURE_VARIANTS['excel365-evidence']);
    const after = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('扣分记录').getRange('E2');
      r.values = [['见会议记录']];
      r.load('valuesAsJson');
      await ctx.sync();
      return r.valuesAsJson;
    });
    expect(after).toEqual([[{ type: 'String', basicType: 'String', basicValue: '见会议记录' }]]);
  });
});
