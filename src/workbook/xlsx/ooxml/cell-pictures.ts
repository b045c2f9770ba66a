/**
 * Cells holding a picture placed in the cell, which no spreadsheet reader sees as one:
 *
 * - WPS 表格 (嵌入单元格图片): the cell is a formula `_xlfn.DISPIMG("ID_…",1)` whose cached value is
 *   the text `=DISPIMG("ID_…",1)`; the picture is in xl/cellimages.xml.
 * - Microsoft 365 (Place in Cell, IMAGE()): the cell is an error `#VALUE!` with a value-metadata index
 *   (`vm="1"`) that leads through xl/metadata.xml to a rich value in xl/richData/ whose structure is
 *   `_localImage` (a picture from a file) or `_webimage` (IMAGE()).
 *
 * `vm` on an error cell is not always a picture: Excel writes a linked data type (Geography, Stocks)
 * as `#VALUE!` with `vm` leading to a `_linkedentity` value, and WPS a FIELDVALUE error to an `_error`
 * one (both in SheetJS's test files, test/xlsx/public-files). So the index is followed through the
 * rich-value parts, and only the two picture structures count; any other cell keeps the error it
 * caches, as the add-in reads it (Range.valuesAsJson gives those types, not an image).
 *
 * The reader reports these cells as pictures instead of the host's stand-in text or error.
 */
import { attr } from './xml';

const DISPIMG = /^\s*(?:_xlfn\.)?DISPIMG\s*\(/i;

/** The A1 references of the picture cells in a worksheet's XML (unprefixed namespaces, as the reading copy has them). */
export function pictureCells(sheetXml: string, pictureValues: ReadonlySet<number>): string[] {
  if (!/\svm\s*=|DISPIMG/i.test(sheetXml)) return [];
  const out: string[] = [];
  for (const m of sheetXml.matchAll(/<c(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = `<c${m[1]}>`;
    const ref = attr(tag, 'r');
    if (ref === undefined) continue;
    const body = m[2] ?? '';
    const formula = /<f(?:\s[^>]*)?>([^<]*)<\/f>/.exec(body)?.[1];
    const vm = attr(tag, 'vm');
    const richPicture = vm !== undefined && pictureValues.has(Number(vm));
    if (richPicture || (formula !== undefined && DISPIMG.test(formula))) out.push(ref);
  }
  return out;
}

/** The rich-value structures that are a picture: Place in Cell's and IMAGE()'s. */
const PICTURE_STRUCTURES = new Set(['_localimage', '_webimage']);

/** Start tags of an element by local name, whatever its prefix, in document order. */
function tags(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g'))].map((m) => m[0]);
}

/** The content of each element of a local name, whatever its prefix. */
function bodies(xml: string, local: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s>])[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${local}>`, 'g'))].map((m) => m[1]);
}

/**
 * The value-metadata indexes (a cell's `vm`, counted from 1) that lead to a picture: valueMetadata's
 * bk number vm has an rc whose t names XLRICHVALUE among the metadataTypes (from 1) and whose v is a
 * bk of futureMetadata XLRICHVALUE (from 0), whose rvb i is a rich value (from 0), whose s is a
 * structure (from 0). ECMA-376 Part 1, 18.9 (metadata); [MS-XLSX] 2.3.6 (rich data). Empty when a
 * part is missing: a cell that cannot be followed keeps its cached value.
 */
export function pictureValueIndexes(metadata: string | undefined, richValues: string | undefined, structures: string | undefined): Set<number> {
  const out = new Set<number>();
  if (metadata === undefined || richValues === undefined || structures === undefined) return out;
  const kinds = tags(structures, 's').map((t) => (attr(t, 't') ?? '').toLowerCase());
  const valueKinds = tags(richValues, 'rv').map((t) => kinds[Number(attr(t, 's') ?? '0')] ?? '');
  const typeNames = tags(metadata, 'metadataType').map((t) => attr(t, 'name') ?? '');
  const future = [...metadata.matchAll(/<(?:[\w.-]+:)?futureMetadata(?=[\s>])([^>]*)>([\s\S]*?)<\/(?:[\w.-]+:)?futureMetadata>/g)].find((m) => attr(`<x${m[1]}>`, 'name') === 'XLRICHVALUE');
  const richBlocks = future ? bodies(future[2], 'bk').map((b) => Number(attr(tags(b, 'rvb')[0] ?? '', 'i') ?? NaN)) : [];
  const valueMeta = bodies(metadata, 'valueMetadata')[0] ?? '';
  bodies(valueMeta, 'bk').forEach((bk, k) => {
    for (const rc of tags(bk, 'rc')) {
      if (typeNames[Number(attr(rc, 't')) - 1] !== 'XLRICHVALUE') continue;
      const value = richBlocks[Number(attr(rc, 'v'))];
      if (value !== undefined && PICTURE_STRUCTURES.has(valueKinds[value] ?? '')) out.add(k + 1);
    }
  });
  return out;
}
