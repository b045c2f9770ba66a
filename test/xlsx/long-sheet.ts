/**
 * A workbook whose entries sheet runs to any number of rows (up to Excel's 1,048,576), written as
 * XML straight into a deflate stream and zipped by hand: no ExcelJS, and only the compressed bytes
 * (a few MB) are ever held.
 */
import * as zlib from 'node:zlib';
import { crc32, writeZip, type ZipEntry } from '../../src/workbook/xlsx/ooxml/zip';

export const EXCEL_MAX_ROWS = 1_048_576;

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS} ${R_NS}><sheets><sheet name="考评细则" sheetId="1" r:id="rId1"/><sheet name="扣分记录" sheetId="2" r:id="rId2"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  // 0 编号, 1 栏目, 2 分值, 3 单位, 4 扣分, 5 组织建设, 6 1.1, 7 一支部
  'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS} count="8" uniqueCount="8">${['编号', '栏目', '分值', '单位', '扣分', '组织建设', '1.1', '一支部'].map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
  'xl/worksheets/sheet1.xml':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><dimension ref="A1:C2"/><sheetData>` +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>10</v></c></row></sheetData></worksheet>',
};

function entry(name: string, data: Buffer, size: number, crc: number): ZipEntry {
  return { name, method: 8, crc, size, data, time: 0, date: (44 << 9) | (1 << 5) | 1 };
}

/** The entries sheet's XML, deflated as it is produced, `rows` rows in all (a header and entries). */
async function longSheet(rows: number): Promise<ZipEntry> {
  const z = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (text: string) => {
    const b = Buffer.from(text, 'utf8');
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await new Promise((resolve) => z.once('drain', resolve));
  };
  await write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><dimension ref="A1:C${rows}"/><sheetData>`);
  await write('<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>4</v></c></row>');
  const block: string[] = [];
  for (let r = 2; r <= rows; r++) {
    block.push(`<row r="${r}"><c r="A${r}" t="s"><v>7</v></c><c r="B${r}" t="s"><v>6</v></c><c r="C${r}"><v>1</v></c></row>`);
    if (block.length === 20_000 || r === rows) {
      await write(block.join(''));
      block.length = 0;
    }
  }
  await write('</sheetData></worksheet>');
  z.end();
  await done;
  return entry('xl/worksheets/sheet2.xml', Buffer.concat(out), size, crc >>> 0);
}

/** An .xlsx with a one-item rubric and an entries sheet (扣分记录) of `rows` rows. */
export async function longWorkbook(rows: number): Promise<Buffer> {
  const small = Object.entries(PARTS).map(([name, text]) => {
    const b = Buffer.from(text, 'utf8');
    return entry(name, zlib.deflateRawSync(b), b.length, crc32(b));
  });
  return writeZip([...small, await longSheet(rows)]);
}
