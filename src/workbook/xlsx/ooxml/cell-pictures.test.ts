import { pictureCells, pictureValueIndexes } from './cell-pictures';

const RD = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata';
const bk = (i: number) => `<bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="${i}"/></ext></extLst></bk>`;

// XLRICHVALUE second among the types (as Excel writes it beside dynamic arrays), value metadata 1-4
// leading to a picture from a file, a linked entity, a rich error and an IMAGE() picture, and 5 to a
// dynamic-array block that is no rich value.
const METADATA =
  `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xlrd="${RD}"><metadataTypes count="2"><metadataType name="XLDAPR"/><metadataType name="XLRICHVALUE"/></metadataTypes>` +
  `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"/></extLst></bk></futureMetadata>` +
  `<futureMetadata name="XLRICHVALUE" count="4">${bk(3)}${bk(0)}${bk(1)}${bk(2)}</futureMetadata>` +
  `<valueMetadata count="5"><bk><rc t="2" v="0"/></bk><bk><rc t="2" v="1"/></bk><bk><rc t="2" v="2"/></bk><bk><rc t="2" v="3"/></bk><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>`;
const VALUES = `<rvData xmlns="${RD}" count="4"><rv s="1"><v>536870912</v><v>Canada</v></rv><rv s="2"><v>12</v><v>0</v></rv><rv s="3"><v>0</v></rv><rv s="0"><v>0</v><v>5</v></rv></rvData>`;
const STRUCTURES = `<x:rvStructures xmlns:x="${RD}" count="4"><x:s t="_localImage"><x:k n="_rvRel:LocalImageIdentifier" t="i"/></x:s><x:s t="_linkedentity2"/><x:s t="_error"/><x:s t="_webimage"/></x:rvStructures>`;

describe('pictures placed in cells, through the rich-value parts', () => {
  it('takes as pictures only the value metadata that lead to a _localImage or _webimage structure', () => {
    expect([...pictureValueIndexes(METADATA, VALUES, STRUCTURES)].sort()).toEqual([1, 4]);
  });

  it('finds none when a part is missing, so a cell keeps the error it caches', () => {
    expect(pictureValueIndexes(METADATA, undefined, STRUCTURES).size).toBe(0);
    expect(pictureValueIndexes(undefined, VALUES, STRUCTURES).size).toBe(0);
  });

  it('marks the cells whose vm is a picture, and every DISPIMG formula', () => {
    const sheet =
      '<sheetData><row r="1"><c r="A1" t="e" vm="1"><v>#VALUE!</v></c><c r="B1" t="e" vm="2"><v>#VALUE!</v></c><c r="C1" t="e" vm="3"><f>_xlfn.FIELDVALUE(A1,"x")</f><v>#VALUE!</v></c>' +
      '<c r="D1" t="e" vm="4"><f>_xlfn.IMAGE("https://example.org/a.png")</f><v>#VALUE!</v></c><c r="E1" t="str"><f>_xlfn.DISPIMG("ID_1",1)</f><v>=DISPIMG("ID_1",1)</v></c><c r="F1" vm="5"><v>3</v></c></row></sheetData>';
    expect(pictureCells(sheet, pictureValueIndexes(METADATA, VALUES, STRUCTURES))).toEqual(['A1', 'D1', 'E1']);
  });
});
