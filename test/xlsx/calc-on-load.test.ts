/** The workbook part asks for every formula to be calculated on opening, whatever calcPr it had. */
import { calculateOnLoad } from '../../src/workbook/xlsx/ooxml/book';

const root = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">';

describe('calculateOnLoad', () => {
  it('adds fullCalcOnLoad to the calcPr there is, keeping its other settings', () => {
    const book = `${root}<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029" calcMode="manual"/></workbook>`;
    expect(calculateOnLoad(book)).toBe(`${root}<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><calcPr fullCalcOnLoad="1" calcId="191029" calcMode="manual"/></workbook>`);
  });

  it('turns a fullCalcOnLoad of 0 on, and says it once', () => {
    const out = calculateOnLoad(`${root}<sheets/><calcPr fullCalcOnLoad="0" calcId="1"/></workbook>`);
    expect(out).toBe(`${root}<sheets/><calcPr fullCalcOnLoad="1" calcId="1"/></workbook>`);
    expect(calculateOnLoad(out)).toBe(out);
  });

  it('puts a new calcPr after the defined names and before what follows, in the schema’s order', () => {
    const book = `${root}<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="x">a!$A$1</definedName></definedNames><oleSize ref="A1"/></workbook>`;
    expect(calculateOnLoad(book)).toBe(
      `${root}<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="x">a!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><oleSize ref="A1"/></workbook>`,
    );
  });

  it('uses the workbook part’s own prefix', () => {
    const book = '<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheets/><x:calcPr calcId="1"/></x:workbook>';
    expect(calculateOnLoad(book)).toBe('<x:workbook xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheets/><x:calcPr fullCalcOnLoad="1" calcId="1"/></x:workbook>');
  });
});
