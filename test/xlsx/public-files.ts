/**
 * Workbooks other programs wrote, taken from SheetJS's public test files (test/xlsx/public-files,
 * Apache License 2.0, its LICENSE beside them): WPS 表格's own .xlsx files, Excel's Strict Open XML,
 * its linked data types and threaded comments, a macro-enabled book with pivot tables and charts. None
 * holds an assessment, so `graft` puts a sample's sheets into one as new worksheet parts written as
 * the program writes its own (inline strings, its namespaces and prefix, row and cell references or
 * none), touching only the package's index, the workbook part and its links: every part the program
 * wrote keeps its bytes, and Kaoping meets them as they are.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import type { SampleValue, SampleWorkbook } from '../../seeds/types';

export interface PublicFile {
  readonly file: string;
  /** The program that wrote it, and what it holds that Kaoping must leave as it is. */
  readonly writer: string;
  readonly holds: string;
}

export const PUBLIC_DIR = path.join(__dirname, 'public-files');

/** From github.com/SheetJS/test_files at fb4bdf0158ba308c182f82663b61607bb79cd4b5 (renamed: wps/fn.xlsx is wps-fn.xlsx), and Apache POI's. */
export const PUBLIC_FILES: readonly PublicFile[] = [
  { file: 'wps-write.xlsx', writer: 'WPS 表格', holds: 'directory entries in the zip, docProps/custom.xml (KSOProductBuildVer)' },
  { file: 'wps-fn.xlsx', writer: 'WPS 表格', holds: 'an EVALUATE formula, a FIELDVALUE error as a rich value (vm), a table' },
  { file: 'wps-image.xlsx', writer: 'WPS 表格', holds: '嵌入单元格图片: a DISPIMG formula caching its own text, xl/cellimages.xml, a floating picture' },
  { file: 'sheet_visibility_strict.xlsx', writer: 'Excel (Strict Open XML)', holds: 'Strict namespaces, a hidden and a very hidden sheet, calcChain' },
  { file: 'metadata_2019.xlsx', writer: 'Excel 2019', holds: 'Geography linked data types as #VALUE! with vm, dynamic-array formulas, rich data parts' },
  { file: 'threaded_comments_none.xlsx', writer: 'Excel 365', holds: 'threaded comments, persons, legacy notes' },
  { file: 'pivot_table_test.xlsm', writer: 'Excel', holds: 'a macro-enabled package with pivot tables, pivot caches and charts' },
  // From github.com/apache/poi, test-data/spreadsheet, at a528d43590b3f71aa94310de881a35af887fdd0f (prefixed poi-).
  { file: 'poi-56278.xlsx', writer: "a bank system's export", holds: 'rows and cells without references, inline strings, no styles or shared strings part' },
  { file: 'poi-59746_NoRowNums.xlsx', writer: 'the Open XML SDK', holds: "x:-prefixed parts, no row or cell references, a byte-order mark, the sheet's r: namespace on the sheet element" },
  { file: 'poi-InlineString.xlsx', writer: 'the Open XML SDK', holds: 'x:-prefixed parts, no references, inline strings in runs with an emoji' },
  { file: 'poi-61281.xlsx', writer: 'Excel', holds: 'a table whose column is mapped to XML (xmlColumnPr), an XML map' },
  { file: 'poi-bug66675.xlsx', writer: 'a reporting system', holds: 'every empty element closed with an end tag (<sz val="11"></sz>) in its styles' },
  { file: 'poi-ConditionalFormattingSamples.xlsx', writer: 'Excel', holds: 'a table filtered by an icon (iconFilter), conditional formats of every kind' },
];

export function publicBytes(f: PublicFile): Buffer {
  return fs.readFileSync(path.join(PUBLIC_DIR, f.file));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(n: number): string {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A cell in the package's own style: `p` its namespace prefix ('' or 'x:'), `ref` undefined where the program writes none. */
function cellXml(p: string, ref: string | undefined, v: SampleValue): string {
  const r = ref === undefined ? '' : ` r="${ref}"`;
  if (v === null) return ref === undefined ? `<${p}c/>` : '';
  if (typeof v === 'object') {
    if (v.note !== undefined) throw new Error(`graft writes no notes (${ref})`);
    if (v.error !== undefined) return `<${p}c${r} t="e"><${p}v>${esc(v.error)}</${p}v></${p}c>`;
    return cellXml(p, ref, v.v);
  }
  if (typeof v === 'number') return `<${p}c${r}><${p}v>${v}</${p}v></${p}c>`;
  return `<${p}c${r} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(v)}</${p}t></${p}is></${p}c>`;
}

/** The package with the sample's sheets added after its own, in its own dialect (Transitional or Strict). */
export async function graft(bytes: Buffer, sample: SampleWorkbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (!f) throw new Error(`no ${name}`);
    return f.async('string');
  };
  const rootRels = await text('_rels/.rels');
  const bookTarget = /<Relationship\s[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rootRels)![0].match(/Target="\/?([^"]+)"/)![1];
  const dir = bookTarget.slice(0, bookTarget.lastIndexOf('/') + 1);
  const bookRelsName = `${dir}_rels/${bookTarget.slice(dir.length)}.rels`;
  let book = await text(bookTarget);
  let bookRels = await text(bookRelsName);
  let types = await text('[Content_Types].xml');
  // The namespace of the workbook's root, and its prefix ('x:' from the Open XML SDK, else none).
  const rootTag = /<(?:(\w+):)?workbook(?=\s)[^>]*>/.exec(book)!;
  const p = rootTag[1] === undefined ? '' : `${rootTag[1]}:`;
  const main = new RegExp(`\\sxmlns${p === '' ? '' : `:${rootTag[1]}`}="([^"]+)"`).exec(rootTag[0])![1];
  const relNs = main.startsWith('http://purl.oclc.org/') ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  // The sheets are written as the program writes its own: with or without the optional row and cell references.
  const firstSheet = Object.keys(zip.files).find((n) => /\/sheet\d+\.xml$/i.test(n));
  const own = firstSheet === undefined ? '' : await text(firstSheet);
  const references = /<(?:\w+:)?row\s[^>]*\br=/.test(own) || !/<(?:\w+:)?row[\s>/]/.test(own);
  let sheetId = Math.max(...[...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  // Named on from the last sheetN.xml, as the programs name theirs (ExcelJS, under the in-memory
  // Excel's file edge, finds worksheets by that name alone).
  const last = Math.max(0, ...Object.keys(zip.files).map((n) => Number(/\/sheet(\d+)\.xml$/i.exec(n)?.[1] ?? 0)));
  sample.sheets.forEach((sh, k) => {
    const name = `worksheets/sheet${last + k + 1}.xml`;
    if (zip.file(dir + name)) throw new Error(`${dir + name} is taken`);
    const rows = sh.rows
      .map((row, i) => {
        const cells = row.map((v, c) => cellXml(p, references ? `${column(c)}${i + 1}` : undefined, v)).join('');
        return `<${p}row${references ? ` r="${i + 1}"` : ''}>${cells}</${p}row>`;
      })
      .join('');
    const ns = p === '' ? `xmlns="${main}"` : `xmlns:${p.slice(0, -1)}="${main}"`;
    zip.file(dir + name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`);
    const id = `rIdInput${k + 1}`;
    bookRels = bookRels.replace(/<\/(\w+:)?Relationships>/, (close) => `<Relationship Id="${id}" Type="${relNs}/worksheet" Target="${name}"/>${close}`);
    book = book.replace(/<\/(\w+:)?sheets>/, (close) => `<${p}sheet name="${esc(sh.name)}" sheetId="${++sheetId}" xmlns:r="${relNs}" r:id="${id}"/>${close}`);
    types = types.replace('</Types>', `<Override PartName="/${dir + name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  });
  zip.file(bookTarget, book);
  zip.file(bookRelsName, bookRels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
