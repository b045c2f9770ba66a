/** A package of one sheet, 台账, whose sheet and styles parts are given whole: for the reader's edge cases. */
import { deflateEntry, writeZip } from '../../../src/workbook/xlsx/ooxml/zip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function oneSheetPackage(sheet: string, options: { styles?: string; workbookPr?: string } = {}): Buffer {
  const part = (name: string, xml: string) => deflateEntry(name, Buffer.from(xml, 'utf8'));
  const styles = options.styles ? [part('xl/styles.xml', options.styles)] : [];
  return writeZip([
    part('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
    part('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${R}">${options.workbookPr ?? ''}<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (options.styles ? `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` : '') +
        '</Relationships>',
    ),
    part('xl/worksheets/sheet1.xml', sheet),
    ...styles,
  ]);
}
