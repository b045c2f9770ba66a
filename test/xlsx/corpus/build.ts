/**
 * Small workbooks in the package shapes real programs write, made here part by part: openpyxl's
 * layout (parts under xl/comments/, targets absolute), notes as plain text, part names in mixed case,
 * Strict namespaces, an empty or self-closing number-format list, an empty styles part, prefixed
 * namespaces, old openpyxl's prefixed relationships with a table linked by an absolute target, parts
 * at unusual paths, a macro-enabled package, duplicate zip entries and a sheet of
 * 50,000 merged ranges. Every shape holds the same assessment: a rubric, units and a score table
 * whose reasons are notes, so each must score the same.
 */
import { deflateEntry, writeZip, type ZipEntry } from '../../../src/workbook/xlsx/ooxml/zip';

export interface Shape {
  /** Where the parts are, relative to the package root. */
  readonly workbook: string;
  readonly sheets: readonly [string, string, string, string];
  readonly strings: string;
  readonly styles: string;
  readonly comments: string;
  /** Relationship targets written absolute (/xl/...), as openpyxl writes them. */
  readonly absolute: boolean;
  readonly strict: boolean;
  /** A prefix for the spreadsheet namespace in every part ('x'), or none. */
  readonly prefix?: string;
  readonly stylesXml: 'normal' | 'numFmts-count-0' | 'numFmts-empty' | 'empty';
  /** Notes as runs (<text><r><t>) or plain text (<text><t>). */
  readonly notes: 'runs' | 'plain';
  readonly macro: boolean;
  /** Merged ranges added to the last sheet. */
  readonly merges: number;
  /** Relationship parts with their namespace under a prefix (ns0:), as old openpyxl wrote them. */
  readonly prefixedRels?: boolean;
  /** The units as an Excel table (ListObject), its part linked with an absolute target. */
  readonly table?: boolean;
  /** One part written twice into the zip. */
  readonly duplicate?: 'same-name' | 'other-case';
}

export const STANDARD: Shape = {
  workbook: 'xl/workbook.xml',
  sheets: ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml'],
  strings: 'xl/sharedStrings.xml',
  styles: 'xl/styles.xml',
  comments: 'xl/comments1.xml',
  absolute: false,
  strict: false,
  stylesXml: 'normal',
  notes: 'runs',
  macro: false,
  merges: 0,
};

export const SHAPES: Readonly<Record<string, Shape>> = {
  standard: STANDARD,
  openpyxl: {
    ...STANDARD,
    comments: 'xl/comments/comment1.xml',
    absolute: true,
    stylesXml: 'numFmts-count-0',
  },
  'plain-notes': { ...STANDARD, notes: 'plain' },
  'mixed-case': {
    ...STANDARD,
    workbook: 'xl/Workbook.xml',
    sheets: ['xl/worksheets/Sheet1.xml', 'xl/worksheets/Sheet2.xml', 'xl/worksheets/Sheet3.xml', 'xl/worksheets/Sheet4.xml'],
    strings: 'xl/SharedStrings.xml',
    styles: 'xl/Styles.xml',
  },
  strict: { ...STANDARD, strict: true },
  'numfmts-empty': { ...STANDARD, stylesXml: 'numFmts-empty' },
  'empty-stylesheet': { ...STANDARD, stylesXml: 'empty' },
  prefixed: { ...STANDARD, prefix: 'x' },
  'old-openpyxl': { ...STANDARD, prefixedRels: true, absolute: true, table: true },
  'unusual-paths': {
    ...STANDARD,
    workbook: 'book/main.xml',
    sheets: ['book/tabs/rubric.xml', 'book/tabs/units.xml', 'book/tabs/scores.xml', 'book/tabs/notes-sheet.xml'],
    strings: 'book/text.xml',
    styles: 'book/looks.xml',
    comments: 'book/remarks/on-scores.xml',
  },
  macro: { ...STANDARD, macro: true },
  'merges-50000': { ...STANDARD, merges: 50_000 },
};

export const DAMAGED: Readonly<Record<string, Shape>> = {
  'duplicate-entry': { ...STANDARD, duplicate: 'same-name' },
  'duplicate-other-case': { ...STANDARD, duplicate: 'other-case' },
};

/** What the corpus scores to: each unit's total (40 points, less its deductions). */
export const EXPECTED_TOTALS: ReadonlyArray<readonly [string, string]> = [
  ['一支部', '38.00'],
  ['二支部', '35.50'],
];

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const S_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const S_R = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

type Value = string | number | undefined;

/** The sheets: names and rows (text as shared strings, numbers as numbers). */
const SHEETS: ReadonlyArray<{ name: string; rows: Value[][] }> = [
  {
    name: '考评细则',
    rows: [
      ['编号', '栏目', '考核内容', '分值'],
      ['1.1', '组织建设', '三会一课', 10],
      ['1.2', undefined, '主题党日', 10],
      ['2.1', '作风建设', '廉洁纪律', 20],
    ],
  },
  { name: '考评单位', rows: [['单位'], ['一支部'], ['二支部']] },
  {
    name: '扣分表',
    rows: [
      ['单位', '1.1', '1.2', '2.1'],
      ['一支部', 2, undefined, undefined],
      ['二支部', undefined, 1.5, 3],
    ],
  },
  { name: '说明', rows: [['本表仅作说明']] },
];

/** The notes on the score table, which are the deductions' reasons. */
const NOTES: ReadonlyArray<readonly [string, string]> = [
  ['B2', '三会一课缺少记录'],
  ['C3', '主题党日未按时开展'],
  ['D3', '公车私用 & 通报'],
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function col(i: number): string {
  return String.fromCharCode(65 + i);
}

/** A relationship target from one part to another, relative (or absolute, as openpyxl writes). */
function target(from: string, to: string, absolute: boolean): string {
  if (absolute) return '/' + to;
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function rels(items: ReadonlyArray<readonly [string, string, string]>, prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}` : 'xmlns';
  return `${HEAD}<${p}Relationships ${ns}="${PKG_R}">${items.map(([id, type, t]) => `<${p}Relationship Id="${id}" Type="${type}" Target="${esc(t)}"/>`).join('')}</${p}Relationships>`;
}

/** Puts every element of the spreadsheet namespace under a prefix, as the Open XML SDK can. */
function prefixed(xml: string, p: string | undefined, main: string): string {
  if (!p) return xml;
  return xml
    .replace(/<(\/?)(?![?!])([A-Za-z][\w]*)(?=[\s/>])/g, (_m, slash: string, name: string) => `<${slash}${p}:${name}`)
    .replace(`xmlns="${main}"`, `xmlns:${p}="${main}"`);
}

export function stylesXml(kind: Shape['stylesXml'], main: string): string {
  if (kind === 'empty') return `${HEAD}<styleSheet xmlns="${main}"/>`;
  const numFmts = kind === 'numFmts-count-0' ? '<numFmts count="0"/>' : kind === 'numFmts-empty' ? '<numFmts/>' : '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>';
  return (
    `${HEAD}<styleSheet xmlns="${main}">${numFmts}` +
    '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** The package of a shape, as zip bytes. */
export function buildPackage(shape: Shape): Buffer {
  const main = shape.strict ? S_MAIN : MAIN;
  const r = shape.strict ? S_R : R;
  const rel = (kind: string) => `${r}/${kind}`;
  const p = shape.prefix;
  const strings: string[] = [];
  const str = (s: string) => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const parts: Array<[string, string | Buffer]> = [];
  const overrides: Array<[string, string]> = [];
  SHEETS.forEach((sheet, si) => {
    const rowsXml = sheet.rows
      .map((row, ri) => {
        const cells = row
          .map((v, ci) => {
            const ref = `${col(ci)}${ri + 1}`;
            const bold = ri === 0 ? ' s="1"' : '';
            if (v === undefined) return '';
            if (typeof v === 'number') return `<c r="${ref}"${bold}><v>${v}</v></c>`;
            return `<c r="${ref}"${bold} t="s"><v>${str(v)}</v></c>`;
          })
          .join('');
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join('');
    let merges = si === 0 ? ['B2:B3'] : [];
    if (si === SHEETS.length - 1 && shape.merges > 0) merges = Array.from({ length: shape.merges }, (_, i) => `A${i + 3}:C${i + 3}`);
    const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    const withNotes = si === 2;
    const legacy = withNotes ? '<legacyDrawing r:id="rIdVml"/>' : '';
    const tableParts = si === 1 && shape.table ? '<tableParts count="1"><tablePart r:id="rIdTab"/></tableParts>' : '';
    const xml = `${HEAD}<worksheet xmlns="${main}" xmlns:r="${r}"><dimension ref="A1:D${sheet.rows.length}"/><sheetData>${rowsXml}</sheetData>${mergeXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${legacy}${tableParts}</worksheet>`;
    parts.push([shape.sheets[si], prefixed(xml, p, main)]);
    overrides.push([shape.sheets[si], 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
  });
  // Notes on the score table, and the VML drawing Excel needs to show them.
  const scores = shape.sheets[2];
  const noteXml = (text: string) => (shape.notes === 'runs' ? `<text><r><t xml:space="preserve">${esc(text)}</t></r></text>` : `<text><t>${esc(text)}</t></text>`);
  const comments = `${HEAD}<comments xmlns="${main}"><authors><author>考评组</author></authors><commentList>${NOTES.map(([ref, t]) => `<comment ref="${ref}" authorId="0">${noteXml(t)}</comment>`).join('')}</commentList></comments>`;
  parts.push([shape.comments, prefixed(comments, p, main)]);
  overrides.push([shape.comments, 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml']);
  const vmlPath = 'xl/drawings/vmlDrawing1.vml';
  parts.push([vmlPath, vml()]);
  const rp = shape.prefixedRels ? 'ns0' : '';
  parts.push([relsPath(scores), rels([['rIdC', rel('comments'), target(scores, shape.comments, shape.absolute)], ['rIdVml', rel('vmlDrawing'), target(scores, vmlPath, shape.absolute)]], rp)]);
  if (shape.table) {
    const units = shape.sheets[1];
    const tablePath = 'xl/tables/table1.xml';
    parts.push([
      tablePath,
      `${HEAD}<table xmlns="${main}" id="1" name="单位表" displayName="单位表" ref="A1:A3" totalsRowShown="0"><autoFilter ref="A1:A3"/><tableColumns count="1"><tableColumn id="1" name="单位"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    ]);
    overrides.push([tablePath, 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml']);
    parts.push([relsPath(units), rels([['rIdTab', rel('table'), target(units, tablePath, true)]], rp)]);
  }
  const sst = `${HEAD}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  parts.push([shape.strings, prefixed(sst, p, main)]);
  overrides.push([shape.strings, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml']);
  parts.push([shape.styles, prefixed(stylesXml(shape.stylesXml, main), p, main)]);
  overrides.push([shape.styles, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml']);
  const book =
    `${HEAD}<workbook xmlns="${main}" xmlns:r="${r}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    SHEETS.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets><calcPr calcId="191029"/></workbook>';
  parts.push([shape.workbook, prefixed(book, p, main)]);
  overrides.push([shape.workbook, shape.macro ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml']);
  const bookRels: Array<[string, string, string]> = shape.sheets.map((s, i) => [`rId${i + 1}`, rel('worksheet'), target(shape.workbook, s, shape.absolute)]);
  bookRels.push(['rIdS', rel('sharedStrings'), target(shape.workbook, shape.strings, shape.absolute)]);
  bookRels.push(['rIdT', rel('styles'), target(shape.workbook, shape.styles, shape.absolute)]);
  if (shape.macro) {
    const vba = 'xl/vbaProject.bin';
    parts.push([vba, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4])]);
    overrides.push([vba, 'application/vnd.ms-office.vbaProject']);
    bookRels.push(['rIdV', 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', target(shape.workbook, vba, shape.absolute)]);
  }
  parts.push([relsPath(shape.workbook), rels(bookRels, rp)]);
  parts.push(['docProps/app.xml', `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Corpus</Application></Properties>`]);
  overrides.push(['docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml']);
  const docRel = shape.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument' : `${R}/officeDocument`;
  parts.push([
    '_rels/.rels',
    rels([
      ['rId1', docRel, shape.workbook],
      ['rId2', shape.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties' : `${R}/extended-properties`, 'docProps/app.xml'],
    ], rp),
  ]);
  const types =
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
  parts.unshift(['[Content_Types].xml', types]);
  const entries: ZipEntry[] = parts.map(([name, body]) => deflateEntry(name, typeof body === 'string' ? Buffer.from(body, 'utf8') : body));
  if (shape.duplicate) {
    const twin = shape.duplicate === 'same-name' ? shape.sheets[2] : shape.sheets[2].toUpperCase();
    entries.push(deflateEntry(twin, Buffer.from(`${HEAD}<worksheet xmlns="${main}"><sheetData/></worksheet>`, 'utf8')));
  }
  return writeZip(entries);
}

/** The VML shapes Excel draws the notes with (one per note, as Excel writes them). */
function vml(): string {
  const shape = (ref: string, i: number) => {
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${Number(m[2]) - 1}</x:Row><x:Column>${m[1].charCodeAt(0) - 65}</x:Column></x:ClientData></v:shape>`
    );
  };
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    NOTES.map(([ref], i) => shape(ref, i)).join('') +
    '</xml>'
  );
}
