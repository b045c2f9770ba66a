/**
 * Packages that are not shaped like Excel's own: a prefixed namespace (as the Open XML SDK writes),
 * no styles or shared strings parts, defined names and function groups already present.
 */
import { readXlsx, writeXlsx } from '../../src/workbook/xlsx';
import { deflateEntry, writeZip } from '../../src/workbook/xlsx/ooxml/zip';
import { writeReportPackage } from '../../src/workbook/xlsx/write';
import { load, sampleReport, workbookXml } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function minimal(book: string): Buffer {
  const part = (name: string, xml: string) => deflateEntry(name, Buffer.from(xml, 'utf8'));
  return writeZip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', book),
    part('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c></row></sheetData></worksheet>`,
    ),
  ]);
}

describe('writing into packages of other shapes', () => {
  it('reads and writes a workbook part with a namespace prefix (which ExcelJS alone cannot read)', async () => {
    const input = minimal(`<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheets><x:sheet name="扣分记录" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`);
    expect((await readXlsx(input)).sheets).toEqual([{ name: '扣分记录', rows: [[{ value: '单位' }]] }]);
    const { bytes } = await writeReportPackage(input, [], sampleReport());
    const book = await workbookXml(bytes);
    expect(book).toContain('<x:sheet name="结果-总分" sheetId="2" r:id="rId2"/>');
    expect(book).toContain('<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">');
  });

  it('writes into a package without styles or shared strings parts, adding them', async () => {
    const input = minimal(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="扣分记录" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    const out = await writeXlsx(input, sampleReport());
    const wb = await load(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['扣分记录', '结果-总分', '结果-校验', '_kaoping']);
    expect(wb.getWorksheet('结果-总分')!.getCell('C2').numFmt).toBe('0.00');
    const input2 = await readXlsx(out);
    expect(input2.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['结果-总分', '结果-校验']);
  });

  it('puts print titles after function groups and into an empty defined-names list', async () => {
    const book =
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="扣分记录" sheetId="1" r:id="rId1"/></sheets>` +
      '<functionGroups builtInGroupCount="18"/><definedNames/><calcPr calcId="191029"/></workbook>';
    const out = await workbookXml(await writeXlsx(minimal(book), sampleReport()));
    expect(out).toMatch(/<functionGroups [^>]*\/><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">[^<]*<\/definedName><definedName [^>]*localSheetId="2">[^<]*<\/definedName><\/definedNames><calcPr/);
  });

  it('declares the relationships namespace when the workbook part lacks it', async () => {
    const book = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}"><sheets><sheet xmlns:q="${R}" name="扣分记录" sheetId="1" q:id="rId1"/></sheets></workbook>`;
    const { bytes: out } = await writeReportPackage(minimal(book), [], sampleReport());
    expect(await workbookXml(out)).toMatch(/<workbook [^>]*xmlns:r="/);
    expect(await workbookXml(out)).toContain('<sheet name="结果-总分" sheetId="2" r:id="rId2"/>');
  });
});

describe('a workbook part as WPS writes it', () => {
  const EXT = '<extLst><ext uri="{FB2C3D4E-9A1B-4C5D-8E7F-0A1B2C3D4E5F}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:wbCustomData etc:app="ET"/></ext></extLst>';

  it('puts its sheets and print titles before an extLst that follows the sheets directly', async () => {
    const book = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="扣分记录" sheetId="1" r:id="rId1"/></sheets>${EXT}</workbook>`;
    const out = await workbookXml(await writeXlsx(minimal(book), sampleReport()));
    // calcPr (to calculate on opening) goes between the names and the extension, where the schema has it.
    expect(out).toMatch(/<sheet name="结果-总分" [^>]*\/>[\s\S]*<\/sheets><definedNames>[\s\S]*<\/definedNames><calcPr fullCalcOnLoad="1"\/><extLst>/);
    expect(out.endsWith(`${EXT}</workbook>`)).toBe(true);
  });

  it('puts them before fileRecoveryPr and extLst when there is no calcPr', async () => {
    const book = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="扣分记录" sheetId="1" r:id="rId1"/></sheets><fileRecoveryPr autoRecover="0"/>${EXT}</workbook>`;
    const out = await workbookXml(await writeXlsx(minimal(book), sampleReport()));
    expect(out).toMatch(/<\/sheets><definedNames>[\s\S]*<\/definedNames><calcPr fullCalcOnLoad="1"\/><fileRecoveryPr autoRecover="0"\/><extLst>/);
    expect(out.endsWith(`${EXT}</workbook>`)).toBe(true);
  });
});
