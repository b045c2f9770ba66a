/** The copy of a package ExcelJS reads: what it changes so that ExcelJS reads what Excel shows. */
import { readXlsx } from '../../src/workbook/xlsx';
import { isoSerial, plainNamespaces, tableForReading, withReferences } from '../../src/workbook/xlsx/ooxml/reading-copy';
import { readZip, writeZip } from '../../src/workbook/xlsx/ooxml/zip';
import { buildPackage, STANDARD } from './corpus/build';
import { MAIN, oneSheetPackage } from './corpus/one-sheet';

const DATE_STYLES =
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>';

function dated(cell: string, workbookPr = ''): Buffer {
  return oneSheetPackage(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cell}</row></sheetData></worksheet>`, { styles: DATE_STYLES, workbookPr });
}

describe('the reading copy', () => {
  it('gives an ISO 8601 date cell (t="d") the serial Excel shows it by, not the number of its year', async () => {
    const iso = await readXlsx(dated('<c r="A1" s="1" t="d"><v>2024-03-01T00:00:00</v></c>'));
    const serial = await readXlsx(dated('<c r="A1" s="1"><v>45352</v></c>'));
    expect(iso.sheets[0].rows[0]?.[0]).toEqual(serial.sheets[0].rows[0]?.[0]);
    const pr = '<workbookPr date1904="1"/>';
    const iso1904 = await readXlsx(dated('<c r="A1" s="1" t="d"><v>2024-03-01</v></c>', pr));
    const serial1904 = await readXlsx(dated('<c r="A1" s="1"><v>43890</v></c>', pr));
    expect(iso1904.sheets[0].rows[0]?.[0]).toEqual(serial1904.sheets[0].rows[0]?.[0]);
  });

  it('shows a date in a 1904 workbook as Excel shows it, so the engine reads the right day', async () => {
    const pr = '<workbookPr date1904="1"/>';
    const cell = (await readXlsx(dated('<c r="A1" s="1"><v>43890</v></c>', pr))).sheets[0].rows[0]?.[0];
    expect(cell).toEqual({ value: 43890, text: '2024/3/1' });
    expect((await readXlsx(dated('<c r="A1" s="1"><v>45352</v></c>'))).sheets[0].rows[0]?.[0]).toEqual({ value: 45352, text: '2024/3/1' });
  });

  it('counts serials from 30 December 1899, or 1 January 1904', () => {
    expect(isoSerial('2024-03-01', false)).toBe(45352);
    expect(isoSerial('2024-03-01T12:00:00', false)).toBe(45352.5);
    expect(isoSerial('1904-01-02', true)).toBe(1);
    expect(isoSerial('三月一日', false)).toBeUndefined();
  });

  it('takes the spreadsheet namespace off its prefix and Strict namespaces to Transitional', () => {
    const strict = '<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:q="http://purl.oclc.org/ooxml/officeDocument/relationships"><x:sheetData/><x:tableParts><x:tablePart q:id="rId1"/></x:tableParts></x:worksheet>';
    expect(plainNamespaces(strict, 'worksheet')).toBe(
      `<worksheet xmlns="${MAIN}" xmlns:q="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/><tableParts><tablePart r:id="rId1"/></tableParts></worksheet>`,
    );
  });

  it('keeps the fallback of a markup-compatibility choice', () => {
    const xml = `<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice Requires="x14ac"><fonts count="9"/></mc:Choice><mc:Fallback><fonts count="1"><font/></fonts></mc:Fallback></mc:AlternateContent></styleSheet>`;
    expect(plainNamespaces(xml, 'styleSheet')).toContain('<fonts count="1"><font/></fonts></styleSheet>');
    expect(plainNamespaces(xml, 'styleSheet')).not.toContain('count="9"');
  });

  it('reads the sheet of a file whose sheet part holds what ExcelJS stops on', async () => {
    const sheet =
      `<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c></row></sheetData>` +
      '<hyperlinks><hyperlink ref="A1" r:id="rIdMissing"/></hyperlinks><drawing r:id="rIdAlsoMissing"/></worksheet>';
    expect((await readXlsx(oneSheetPackage(sheet))).sheets[0].rows).toEqual([[{ value: '单位' }]]);
  });

  it('calls damaged a part that does not unpack to what the zip records, even one Kaoping does not read', async () => {
    const entries = readZip(buildPackage(STANDARD)).map((e) => (e.name === 'docProps/app.xml' ? { ...e, crc: (e.crc + 1) >>> 0 } : e));
    await expect(readXlsx(writeZip(entries))).rejects.toMatchObject({ problem: 'damaged', message: expect.stringContaining('docProps/app.xml') });
  });
});

describe('rows and cells without their optional references', () => {
  it('places each after the one before it, from the last one given, as Excel does', () => {
    const data =
      '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c/><c><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row><row/>' +
      '<row spans="1:2"><c s="1"><v>5</v></c></row></sheetData>';
    expect(withReferences(data)).toBe(
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"/><c r="C1"><v>2</v></c></row><row r="5"><c r="C5"><v>3</v></c><c r="D5"><v>4</v></c></row><row r="6"/>' +
        '<row r="7" spans="1:2"><c r="A7" s="1"><v>5</v></c></row></sheetData>',
    );
  });

  it('leaves sheet data that has every reference as it is', () => {
    const data = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row></sheetData>';
    expect(withReferences(data)).toBe(data);
  });

  it('reads a whole sheet written without references as Excel shows it', async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row><c t="inlineStr"><is><t>单位</t></is></c><c t="inlineStr"><is><t>扣分</t></is></c></row><row><c t="inlineStr"><is><t>一支部</t></is></c><c><v>2</v></c></row></sheetData></worksheet>`;
    const input = await readXlsx(oneSheetPackage(sheet));
    expect(input.sheets[0].rows.map((r) => r?.map((c) => c?.value))).toEqual([
      ['单位', '扣分'],
      ['一支部', 2],
    ]);
  });
});

describe('tables as the reading copy keeps them', () => {
  it('keeps the name, range and columns, and drops the AutoFilter, XML maps and styles', () => {
    const table =
      `<table xmlns="${MAIN}" id="3" name="扣分记录" displayName="扣分记录" ref="A1:C9" totalsRowShown="0"><autoFilter ref="A1:C9"><filterColumn colId="1"><iconFilter iconSet="3TrafficLights1" iconId="1"/></filterColumn></autoFilter>` +
      '<tableColumns count="3"><tableColumn id="1" uniqueName="u" name="单位"><xmlColumnPr mapId="4" xpath="/a/b" xmlDataType="string"/></tableColumn><tableColumn id="2" name="扣分"/><tableColumn id="3" name="A&amp;B"/></tableColumns><tableStyleInfo name="TableStyleMedium2"/></table>';
    expect(tableForReading(table)).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="3" name="扣分记录" displayName="扣分记录" ref="A1:C9"><tableColumns count="3"><tableColumn id="1" name="单位"/><tableColumn id="2" name="扣分"/><tableColumn id="3" name="A&amp;B"/></tableColumns></table>`,
    );
  });
});
