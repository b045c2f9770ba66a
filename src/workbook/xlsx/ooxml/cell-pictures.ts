/**
 * Cells holding a picture placed in the cell, which no spreadsheet reader sees as one:
 *
 * - WPS 表格 (嵌入单元格图片): the cell is a formula `_xlfn.DISPIMG("ID_…",1)` whose cached value is
 *   the text `=DISPIMG("ID_…",1)`; the picture is in xl/cellimages.xml.
 * - Microsoft 365 (Place in Cell, IMAGE()): the cell is an error `#VALUE!` with a value-metadata index
 *   (`vm="1"`) that leads through xl/metadata.xml to a rich value in xl/richData/. A linked data type
 *   (Stocks, Geography) carries `vm` too, but with its name as the cached value, never an error; so
 *   `vm` on an error cell is taken as a picture, without reading the rich-value parts.
 *
 * The reader reports these cells as pictures instead of the host's stand-in text or error.
 */
import { attr } from './xml';

const DISPIMG = /^\s*(?:_xlfn\.)?DISPIMG\s*\(/i;

/** The A1 references of the picture cells in a worksheet's XML (unprefixed namespaces, as the reading copy has them). */
export function pictureCells(sheetXml: string): string[] {
  if (!/\svm\s*=|DISPIMG/i.test(sheetXml)) return [];
  const out: string[] = [];
  for (const m of sheetXml.matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = `<c${m[1]}>`;
    const ref = attr(tag, 'r');
    if (ref === undefined) continue;
    const body = m[2] ?? '';
    const formula = /<f(?:\s[^>]*)?>([^<]*)<\/f>/.exec(body)?.[1];
    const richError = attr(tag, 'vm') !== undefined && attr(tag, 't') === 'e';
    if (richError || (formula !== undefined && DISPIMG.test(formula))) out.push(ref);
  }
  return out;
}
