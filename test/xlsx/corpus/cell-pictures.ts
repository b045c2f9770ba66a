/**
 * Workbooks with pictures placed in cells, made here part by part in the two shapes the programs
 * clerks use write them:
 *
 * - WPS 表格 (嵌入单元格图片): the cell holds `_xlfn.DISPIMG("ID_…",1)` with the cached text
 *   `=DISPIMG("ID_…",1)`; the pictures are listed in xl/cellimages.xml (WPS's etCustomData
 *   namespace), linked from the workbook by WPS's cellImage relationship, each reaching its media
 *   through xl/_rels/cellimages.xml.rels. WPS also writes docProps/custom.xml (KSOProductBuildVer,
 *   ICV) and extLst entries of its own in the workbook and sheet parts.
 * - Microsoft 365 (Place in Cell): the cell is `<c t="e" vm="N"><v>#VALUE!</v></c>`; value metadata
 *   (xl/metadata.xml, XLRICHVALUE) leads to a rich value of structure `_localImage` in
 *   xl/richData/rdrichvalue.xml, whose first key indexes richValueRel.xml, whose relationship
 *   reaches the media.
 *
 * Every variant holds one assessment: a rubric of 40 points, two units and a log (扣分记录) whose
 * 佐证材料 column has photos in some rows. Built without that column, the same log scores
 * {@link PLAIN_TOTALS}.
 */
import { deflateSync } from 'node:zlib';
import { crc32, deflateEntry, writeZip } from '../../../src/workbook/xlsx/ooxml/zip';

export type PictureHost = 'wps' | 'excel365';

export interface PictureVariant {
  readonly host: PictureHost;
  /** The 佐证材料 column, with a photo in rows 2 and 3 and none in row 4; false for the plain log. */
  readonly evidence: boolean;
  /** A photo pasted where text or a number belongs: the reason in D3 and the points in C4. */
  readonly misplaced: boolean;
}

/** Each unit's total from the plain log (and from any variant whose photos are only in 佐证材料). */
export const PLAIN_TOTALS: ReadonlyArray<readonly [string, string]> = [
  ['一支部', '38.00'],
  ['二支部', '35.50'],
];

/** With a photo in C4 (扣分) that entry is dropped; the one with a photo for its reason (D3) still counts. */
export const MISPLACED_TOTALS: ReadonlyArray<readonly [string, string]> = [
  ['一支部', '38.00'],
  ['二支部', '38.50'],
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const ETC = 'http://www.wps.cn/officeDocument/2017/etCustomData';
const RD = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata';
const RD2 = 'http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2';
const RVREL = 'http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** WPS's workbook-level extension, as opaque to Kaoping as any other: kept byte for byte. */
export const WPS_BOOK_EXT = `<extLst><ext uri="{FB2C3D4E-9A1B-4C5D-8E7F-0A1B2C3D4E5F}" xmlns:etc="${ETC}"><etc:wbCustomData etc:app="ET"/></ext></extLst>`;
/** WPS's sheet-level extension on the records sheet. */
export const WPS_SHEET_EXT = `<extLst><ext uri="{3C4D5E6F-7A8B-4C9D-AE0F-1A2B3C4D5E6F}" xmlns:etc="${ETC}"><etc:sheetCustomData etc:filterHidden="0"/></ext></extLst>`;
export const KSO_BUILD = '2052-12.1.0.16120';

/** A cell of the fixture: text, a number, or the n-th photo placed in the cell. */
export type PictureCell = string | number | { picture: number };
type Cell = PictureCell;

/** A PNG of w × h pixels in one colour: a real image any viewer opens. */
export function png(w: number, h: number, rgb: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** The photos: a meeting photo and a signed record (the second is used twice in the misplaced variant). */
const MEDIA = [png(16, 12, [200, 40, 40]), png(12, 16, [40, 90, 200]), png(10, 10, [60, 160, 60])];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rels(items: ReadonlyArray<readonly [string, string, string]>): string {
  return `${HEAD}<Relationships xmlns="${PKG_R}">${items.map(([id, type, t]) => `<Relationship Id="${id}" Type="${type}" Target="${t}"/>`).join('')}</Relationships>`;
}

/** WPS's picture id for the n-th photo: ID_ and 32 hex digits. */
export function wpsId(n: number): string {
  return `ID_${(0x5c0b2c6e + n).toString(16).toUpperCase()}0E0A4E4F9E3B7F6C6B1E8A2${n}`;
}

/** The records sheet's rows; a picture is { picture: n }, the n-th photo. */
function recordRows(v: PictureVariant): Cell[][] {
  const rows: Cell[][] = [
    ['单位', '编号', '扣分', '原因'],
    ['一支部', '1.1', 2, '三会一课缺少记录'],
    ['二支部', '1.2', 1.5, v.misplaced ? { picture: 2 } : '主题党日未按时开展'],
    ['二支部', '2.1', v.misplaced ? { picture: 3 } : 3, '公车私用'],
  ];
  if (v.evidence) {
    rows[0].push('佐证材料');
    rows[1].push({ picture: 0 });
    rows[2].push({ picture: 1 });
  }
  return rows;
}

/** The sheets of a variant, by name, as rows of cells (row 0 is the header). */
export function pictureSheets(v: PictureVariant): Array<[string, PictureCell[][]]> {
  return [
    ['考评细则', [['编号', '栏目', '考核内容', '分值'], ['1.1', '组织建设', '三会一课', 10], ['1.2', '组织建设', '主题党日', 10], ['2.1', '作风建设', '廉洁纪律', 20]]],
    ['考评单位', [['单位'], ['一支部'], ['二支部']]],
    ['扣分记录', recordRows(v)],
  ];
}

/** The media file behind the n-th photo. */
const mediaOf = (n: number) => Math.min(n, MEDIA.length - 1);

/** The package of a variant, as zip bytes. */
export function buildPicturePackage(v: PictureVariant): Buffer {
  const wps = v.host === 'wps';
  const strings: string[] = [];
  const str = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const pictures: number[] = [];
  const sheetXml = (rows: Cell[][], extra: string) => {
    const width = Math.max(...rows.map((r) => r.length));
    const data = rows
      .map((row, ri) => {
        const cells = row.map((c, ci) => {
          const ref = `${String.fromCharCode(65 + ci)}${ri + 1}`;
          if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
          if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${str(c)}</v></c>`;
          pictures.push(c.picture);
          if (wps) return `<c r="${ref}" t="str"><f>_xlfn.DISPIMG("${wpsId(c.picture)}",1)</f><v>=DISPIMG("${wpsId(c.picture)}",1)</v></c>`;
          return `<c r="${ref}" t="e" vm="${pictures.length}"><v>#VALUE!</v></c>`;
        });
        return `<row r="${ri + 1}"${width > 4 && ri > 0 ? ' ht="60" customHeight="1"' : ''}>${cells.join('')}</row>`;
      })
      .join('');
    const end = String.fromCharCode(64 + width);
    return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:${end}${rows.length}"/><sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><sheetData>${data}</sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>${extra}</worksheet>`;
  };
  const sheets: Array<[string, string]> = pictureSheets(v).map(([name, rows]) => [name, sheetXml(rows, wps && name === '扣分记录' ? WPS_SHEET_EXT : '')]);
  const parts: Array<[string, string | Buffer]> = [];
  const overrides: Array<[string, string]> = [
    ['xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ['xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ['xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
  ];
  const bookRels: Array<[string, string, string]> = [];
  sheets.forEach(([, xml], i) => {
    parts.push([`xl/worksheets/sheet${i + 1}.xml`, xml]);
    overrides.push([`xl/worksheets/sheet${i + 1}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    bookRels.push([`rId${i + 1}`, `${R}/worksheet`, `worksheets/sheet${i + 1}.xml`]);
  });
  bookRels.push(['rId4', `${R}/styles`, 'styles.xml'], ['rId5', `${R}/sharedStrings`, 'sharedStrings.xml']);
  const media = [...new Set(pictures.map(mediaOf))];
  for (const m of media) parts.push([`xl/media/image${m + 1}.png`, MEDIA[m]]);
  if (wps) {
    const images = pictures.map(
      (n, i) =>
        `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${i + 2}" name="${wpsId(n)}" descr="佐证材料"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip r:embed="rId${mediaOf(n) + 1}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1149350" cy="862013"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>',
    );
    parts.push(['xl/cellimages.xml', `${HEAD}<etc:cellImages xmlns:xdr="${XDR}" xmlns:r="${R}" xmlns:a="${A}" xmlns:etc="${ETC}">${images.join('')}</etc:cellImages>`]);
    parts.push(['xl/_rels/cellimages.xml.rels', rels(media.map((m) => [`rId${m + 1}`, `${R}/image`, `media/image${m + 1}.png`]))]);
    overrides.push(['xl/cellimages.xml', 'application/vnd.wps-officedocument.cellimage+xml']);
    bookRels.push(['rId6', 'http://www.wps.cn/officeDocument/2020/cellImage', 'cellimages.xml']);
  } else {
    const bk = (i: number) => `<bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}"><xlrd:rvb i="${i}"/></ext></extLst></bk>`;
    parts.push([
      'xl/metadata.xml',
      `${HEAD}<metadata xmlns="${MAIN}" xmlns:xlrd="${RD}"><metadataTypes count="1"><metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/></metadataTypes>` +
        `<futureMetadata name="XLRICHVALUE" count="${pictures.length}">${pictures.map((_, i) => bk(i)).join('')}</futureMetadata>` +
        `<valueMetadata count="${pictures.length}">${pictures.map((_, i) => `<bk><rc t="1" v="${i}"/></bk>`).join('')}</valueMetadata></metadata>`,
    ]);
    parts.push(['xl/richData/rdrichvalue.xml', `${HEAD}<rvData xmlns="${RD}" count="${pictures.length}">${pictures.map((n) => `<rv s="0"><v>${media.indexOf(mediaOf(n))}</v><v>5</v></rv>`).join('')}</rvData>`]);
    parts.push(['xl/richData/rdrichvaluestructure.xml', `${HEAD}<rvStructures xmlns="${RD}" count="1"><s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/></s></rvStructures>`]);
    parts.push([
      'xl/richData/rdRichValueTypes.xml',
      `${HEAD}<rvTypesInfo xmlns="${RD2}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" xmlns:x="${MAIN}"><global><keyFlags><key name="_Self"><flag name="ExcludeFromFile" value="1"/><flag name="ExcludeFromCalcComparison" value="1"/></key></keyFlags></global></rvTypesInfo>`,
    ]);
    parts.push(['xl/richData/richValueRel.xml', `${HEAD}<richValueRels xmlns="${RVREL}" xmlns:r="${R}">${media.map((m) => `<rel r:id="rId${m + 1}"/>`).join('')}</richValueRels>`]);
    parts.push(['xl/richData/_rels/richValueRel.xml.rels', rels(media.map((m) => [`rId${m + 1}`, `${R}/image`, `../media/image${m + 1}.png`]))]);
    overrides.push(
      ['xl/metadata.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml'],
      ['xl/richData/rdRichValueTypes.xml', 'application/vnd.ms-excel.rdrichvaluetypes+xml'],
      ['xl/richData/rdrichvalue.xml', 'application/vnd.ms-excel.rdrichvalue+xml'],
      ['xl/richData/rdrichvaluestructure.xml', 'application/vnd.ms-excel.rdrichvaluestructure+xml'],
      ['xl/richData/richValueRel.xml', 'application/vnd.ms-excel.richvaluerel+xml'],
    );
    bookRels.push(
      ['rId6', `${R}/sheetMetadata`, 'metadata.xml'],
      ['rId7', 'http://schemas.microsoft.com/office/2022/10/relationships/richValueRel', 'richData/richValueRel.xml'],
      ['rId8', 'http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue', 'richData/rdrichvalue.xml'],
      ['rId9', 'http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure', 'richData/rdrichvaluestructure.xml'],
      ['rId10', 'http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueTypes', 'richData/rdRichValueTypes.xml'],
    );
  }
  // WPS writes fileRecoveryPr and its own extension after calcPr; Excel its calcPr alone.
  const tail = wps ? `<calcPr calcId="144525"/><fileRecoveryPr autoRecover="0"/>${WPS_BOOK_EXT}` : '<calcPr calcId="191029"/>';
  parts.push([
    'xl/workbook.xml',
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView windowWidth="28800" windowHeight="12450" activeTab="2"/></bookViews><sheets>` +
      sheets.map(([name], i) => `<sheet name="${esc(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets>${tail}</workbook>`,
  ]);
  parts.push(['xl/_rels/workbook.xml.rels', rels(bookRels)]);
  parts.push(['xl/sharedStrings.xml', `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`]);
  parts.push([
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  ]);
  const rootRels: Array<[string, string, string]> = [['rId1', `${R}/officeDocument`, 'xl/workbook.xml']];
  if (wps) {
    const prop = (pid: number, name: string, value: string) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
    parts.push([
      'docProps/custom.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${prop(2, 'ICV', '9A3C1E5B7D2F4A6C8E0B1D3F5A7C9E2B')}${prop(3, 'KSOProductBuildVer', KSO_BUILD)}</Properties>`,
    ]);
    overrides.push(['docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml']);
    rootRels.push(['rId2', `${R}/custom-properties`, 'docProps/custom.xml']);
  }
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.map(([n, t]) => `<Override PartName="/${n}" ContentType="${t}"/>`).join('')}</Types>`;
  const all: Array<[string, string | Buffer]> = [['[Content_Types].xml', types], ['_rels/.rels', rels(rootRels)], ...parts];
  return writeZip(all.map(([name, body]) => deflateEntry(name, typeof body === 'string' ? Buffer.from(body, 'utf8') : body)));
}

/** The variants the tests run: each host with photos in 佐证材料 only, and with photos misplaced too. */
export const PICTURE_VARIANTS: Readonly<Record<string, PictureVariant>> = {
  'wps-evidence': { host: 'wps', evidence: true, misplaced: false },
  'wps-misplaced': { host: 'wps', evidence: true, misplaced: true },
  'excel365-evidence': { host: 'excel365', evidence: true, misplaced: false },
  'excel365-misplaced': { host: 'excel365', evidence: true, misplaced: true },
};
