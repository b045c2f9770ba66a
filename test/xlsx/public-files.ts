/**
 * Workbooks other programs wrote, taken from SheetJS's public test files (test/xlsx/public-files,
 * Apache License 2.0, its LICENSE beside them): WPS 表格's own .xlsx files, Excel's Strict Open XML,
 * its linked data types and threaded comments, a macro-enabled book with pivot tables and charts. None
 * holds an assessment, so `graft` puts a sample's sheets into one as new worksheet parts (inline
 * strings, the package's own namespaces), touching only the package's index, the workbook part and its
 * links: every part the program wrote keeps its bytes, and Kaoping meets them as they are.
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

/** From github.com/SheetJS/test_files at fb4bdf0158ba308c182f82663b61607bb79cd4b5 (renamed: wps/fn.xlsx is wps-fn.xlsx). */
export const PUBLIC_FILES: readonly PublicFile[] = [
  { file: 'wps-write.xlsx', writer: 'WPS 表格', holds: 'directory entries in the zip, docProps/custom.xml (KSOProductBuildVer)' },
  { file: 'wps-fn.xlsx', writer: 'WPS 表格', holds: 'an EVALUATE formula, a FIELDVALUE error as a rich value (vm), a table' },
  { file: 'wps-image.xlsx', writer: 'WPS 表格', holds: '嵌入单元格图片: a DISPIMG formula caching its own text, xl/cellimages.xml, a floating picture' },
  { file: 'sheet_visibility_strict.xlsx', writer: 'Excel (Strict Open XML)', holds: 'Strict namespaces, a hidden and a very hidden sheet, calcChain' },
  { file: 'metadata_2019.xlsx', writer: 'Excel 2019', holds: 'Geography linked data types as #VALUE! with vm, dynamic-array formulas, rich data parts' },
  { file: 'threaded_comments_none.xlsx', writer: 'Excel 365', holds: 'threaded comments, persons, legacy notes' },
  { file: 'pivot_table_test.xlsm', writer: 'Excel', holds: 'a macro-enabled package with pivot tables, pivot caches and charts' },
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

function cellXml(ref: string, v: SampleValue): string {
  if (v === null) return '';
  if (typeof v === 'object') {
    if (v.note !== undefined) throw new Error(`graft writes no notes (${ref})`);
    if (v.error !== undefined) return `<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`;
    return cellXml(ref, v.v);
  }
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
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
  const main = /<workbook(?=\s)[^>]*?\sxmlns="([^"]+)"/.exec(book)![1]; // each of these files has its main namespace unprefixed
  const relNs = main.startsWith('http://purl.oclc.org/') ? 'http://purl.oclc.org/ooxml/officeDocument/relationships' : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const r = new RegExp(`xmlns:(\\w+)="${relNs.replace(/[./]/g, '\\$&')}"`).exec(book)![1];
  let sheetId = Math.max(...[...book.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1])));
  // Named on from the last sheetN.xml, as the programs name theirs (ExcelJS, under the in-memory
  // Excel's file edge, finds worksheets by that name alone).
  const last = Math.max(0, ...Object.keys(zip.files).map((n) => Number(/\/sheet(\d+)\.xml$/.exec(n)?.[1] ?? 0)));
  sample.sheets.forEach((sh, k) => {
    const name = `worksheets/sheet${last + k + 1}.xml`;
    if (zip.file(dir + name)) throw new Error(`${dir + name} is taken`);
    const rows = sh.rows
      .map((row, i) => `<row r="${i + 1}">${row.map((v, c) => cellXml(`${column(c)}${i + 1}`, v)).join('')}</row>`)
      .join('');
    zip.file(dir + name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`);
    const id = `rIdInput${k + 1}`;
    bookRels = bookRels.replace(/<\/(\w+:)?Relationships>/, (close) => `<Relationship Id="${id}" Type="${relNs}/worksheet" Target="${name}"/>${close}`);
    book = book.replace(/<\/(\w+:)?sheets>/, (close) => `<sheet name="${esc(sh.name)}" sheetId="${++sheetId}" ${r}:id="${id}"/>${close}`);
    types = types.replace('</Types>', `<Override PartName="/${dir + name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  });
  zip.file(bookTarget, book);
  zip.file(bookRelsName, bookRels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
