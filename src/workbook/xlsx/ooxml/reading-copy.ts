/**
 * The copy of a package that ExcelJS reads. ExcelJS finds parts by fixed paths (xl/workbook.xml,
 * xl/worksheets/sheetN.xml, xl/commentsN.xml), compares names with their case, knows only the
 * Transitional namespaces without prefixes, and stops on many parts it does not need to read (drawings,
 * conditional formats, data validations, defined names, extensions). So before it reads, the package
 * is rebuilt in the one layout it follows, holding only what Kaoping reads: the sheet list, each
 * sheet's cells and tables, its notes, the shared strings and the cell formats. Every part is found
 * through the relationships, as Excel finds it. Merged ranges are taken out here (ExcelJS handles
 * them in quadratic time) and handed back, so the reader can blank all but each range's first cell.
 *
 * The copy is only read; what is written goes into the original package (see write.ts).
 */
import { a1, parseA1 } from '../../../engine/cells';
import { listSheets } from './book';
import { pictureCells, pictureValueIndexes } from './cell-pictures';
import { isRel, OoxmlPackage, parseRels, relsPathFor, resolveTarget, STRICT, TRANSITIONAL, type Rel } from './package';
import { withRequiredLists } from './style-lists';
import { attr, escapeAttr, literal, rootPrefix, startTags } from './xml';
import { crc32, writeZip, type ZipEntry } from './zip';

export interface ReadingCopy {
  /** The package as ExcelJS reads it. */
  readonly bytes: Buffer;
  /** Each sheet's merged ranges (A1 references), by sheet name. */
  readonly merges: ReadonlyMap<string, readonly string[]>;
  /** Each sheet's cells holding a picture placed in the cell (A1 references; see cell-pictures.ts). */
  readonly pictures: ReadonlyMap<string, readonly string[]>;
}

const MAIN = TRANSITIONAL.main;
const R = TRANSITIONAL.relationships;
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A new zip entry, stored: the copy lives for one read, so compressing it would only cost time. */
function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, method: 0, crc: crc32(data), size: data.length, data, time: 0, date: 33 };
}

/**
 * A part's XML in the Transitional namespaces with the spreadsheet namespace unprefixed (as Excel
 * itself writes it), `r:` as the prefix of relationship ids, and markup-compatibility choices
 * resolved to their fallback.
 */
export function plainNamespaces(xml: string, root: string): string {
  let out = xml.split(STRICT.main).join(MAIN).split(STRICT.relationships).join(R);
  out = out.replace(/<(\w+):AlternateContent(?=[\s>])[\s\S]*?<\/\1:AlternateContent>/g, (block, mc: string) => {
    const fallback = new RegExp(`<${mc}:Fallback(?:\\s[^>]*)?>([\\s\\S]*?)</${mc}:Fallback>`).exec(block);
    return fallback?.[1] ?? '';
  });
  const p = rootPrefix(out, root);
  if (p !== '') {
    const q = literal(p);
    out = out.replace(new RegExp(`<(/?)${q}`, 'g'), '<$1').replace(new RegExp(`\\sxmlns:${literal(p.slice(0, -1))}\\s*=\\s*("[^"]*"|'[^']*')`), '');
    if (!new RegExp(`<${root}(?=[\\s>])[^>]*\\sxmlns\\s*=`).test(out)) out = out.replace(new RegExp(`<${root}(?=[\\s/>])`), `<${root} xmlns="${MAIN}"`);
  }
  const rp = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${literal(R)}["']`).exec(out)?.[1];
  if (rp !== undefined && rp !== 'r') out = out.replace(new RegExp(`(\\s)${literal(rp)}:id(\\s*=)`, 'g'), '$1r:id$2');
  return out;
}

/** The whole element (start to end tag) of a local name, or '' when the part has none. */
function element(xml: string, local: string): string {
  const m = new RegExp(`<${local}(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!m) return '';
  if (m[1] === '/') return m[0];
  const close = xml.indexOf(`</${local}>`, m.index);
  return close < 0 ? '' : xml.slice(m.index, close + local.length + 3);
}

const DAY_MS = 86_400_000;

/** An ISO 8601 date (and time) as an Excel serial in the workbook's date system, or undefined. */
export function isoSerial(iso: string, date1904: boolean): number | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?\s*$/.exec(iso);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Number(sec) * 1000;
  if (!Number.isFinite(ms)) return undefined;
  const serial = (ms - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / DAY_MS;
  return Math.round(serial * DAY_MS) / DAY_MS;
}

/**
 * A table part with what Kaoping reads of a table (its name and range) and what ExcelJS needs to load
 * it (its columns by id and name), and nothing else: ExcelJS fails on an icon filter in the table's
 * AutoFilter, and on a column mapped to XML (xmlColumnPr), both real (Apache POI's test files), while
 * neither says anything about the scores.
 */
export function tableForReading(xml: string): string {
  const root = startTags(xml, 'table')[0] ?? '<table>';
  const keep = ['id', 'name', 'displayName', 'ref', 'headerRowCount', 'totalsRowCount']
    .map((a) => [a, attr(root, a)] as const)
    .filter((e): e is readonly [string, string] => e[1] !== undefined)
    .map(([a, v]) => ` ${a}="${escapeAttr(v)}"`)
    .join('');
  const columns = startTags(xml, 'tableColumn').map((t, k) => `<tableColumn id="${escapeAttr(attr(t, 'id') ?? String(k + 1))}" name="${escapeAttr(attr(t, 'name') ?? `Column${k + 1}`)}"/>`);
  return `${XML_HEAD}<table xmlns="${MAIN}"${keep}><tableColumns count="${columns.length}">${columns.join('')}</tableColumns></table>`;
}

/**
 * Rows and cells written without their reference (`r` is optional on both: ECMA-376 Part 1, 18.3.1.73
 * row and 18.3.1.4 c), as hand-written exporters do (a bank's rates export among Apache POI's test
 * files), given it: a row comes after the row before it, a cell after the cell before it in its row,
 * as Excel places them. ExcelJS cannot place a row without its number.
 */
export function withReferences(sheetData: string): string {
  if (!/<(?:row|c)(?=[\s>/])(?![^>]*\sr\s*=)/.test(sheetData)) return sheetData;
  let row = 0;
  return sheetData.replace(/<row(?=[\s>/])([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_, attrs: string, rest: string, body: string | undefined) => {
    const given = Number(attr(`<row${attrs}>`, 'r'));
    row = Number.isInteger(given) && given > 0 ? given : row + 1;
    const open = attr(`<row${attrs}>`, 'r') === undefined ? `<row r="${row}"${attrs}` : `<row${attrs}`;
    if (body === undefined) return open + rest;
    let col = -1;
    const cells = body.replace(/<c(?=[\s>/])([^>]*?)(\/>|>)/g, (_c, cattrs: string, end: string) => {
      const ref = attr(`<c${cattrs}>`, 'r');
      const at = ref === undefined ? undefined : parseA1(ref);
      col = at ? at.col : col + 1;
      return ref === undefined ? `<c r="${a1(row - 1, col)}"${cattrs}${end}` : `<c${cattrs}${end}`;
    });
    return `${open}>${cells}</row>`;
  });
}

/**
 * Cells holding an ISO 8601 date (t="d", as Strict files and some programs store dates) given the
 * serial number Excel shows them by: ExcelJS would read "2024-03-01" as the number 2024.
 */
function isoDatesAsSerials(sheetData: string, date1904: boolean): string {
  if (!/\st\s*=\s*["']d["']/.test(sheetData)) return sheetData;
  return sheetData.replace(/<c(\s[^>]*?)\st\s*=\s*["']d["']([^>]*?)(?<!\/)>([\s\S]*?)<\/c>/g, (whole, a: string, b: string, body: string) => {
    const v = /<v>([^<]*)<\/v>/.exec(body);
    const serial = v ? isoSerial(v[1], date1904) : undefined;
    if (v === null || serial === undefined) return whole;
    return `<c${a}${b}>${body.replace(v[0], `<v>${serial}</v>`)}</c>`;
  });
}

/** A note part whose notes are plain <text><t>…</t></text> (as some programs write them) given runs, the form ExcelJS reads. */
function commentsWithRuns(xml: string): string {
  return xml.replace(/(<text(?:\s[^>]*)?>)\s*(<t(?=[\s>])[^>]*>[\s\S]*?<\/t>)/g, '$1<r>$2</r>');
}

function relsXml(rels: ReadonlyArray<{ id: string; type: string; target: string; external?: boolean }>): string {
  const items = rels.map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">${items.join('')}</Relationships>`;
}

const relType = (kind: string) => `${R}/${kind}`;

/** The parts linked from a source part by relationships of one kind, as zip paths. */
function linked(rels: readonly Rel[], source: string, kind: 'comments' | 'table' | 'styles' | 'sharedStrings'): Array<{ rel: Rel; path: string }> {
  return rels.filter((r) => isRel(r.type, kind) && !r.external).map((rel) => ({ rel, path: resolveTarget(source, rel.target) }));
}

const RICH_DATA = 'http://schemas.microsoft.com/office/2017/06/relationships/';

/** The `vm` indexes that are pictures placed in cells, from the workbook's metadata and rich-value parts. */
async function richPictureValues(pkg: OoxmlPackage, bookRels: readonly Rel[], bookPath: string): Promise<Set<number>> {
  const part = async (is: (type: string) => boolean): Promise<string | undefined> => {
    const rel = bookRels.find((r) => !r.external && is(r.type));
    return rel && pkg.text(resolveTarget(bookPath, rel.target));
  };
  const metadata = await part((t) => isRel(t, 'sheetMetadata'));
  if (metadata === undefined || !/XLRICHVALUE/.test(metadata)) return new Set();
  return pictureValueIndexes(metadata, await part((t) => t === `${RICH_DATA}rdRichValue`), await part((t) => t === `${RICH_DATA}rdRichValueStructure`));
}

/** Builds the reading copy; throws PackageError when the package names no workbook part, ZipFormatError for broken bytes. */
export async function readingCopy(bytes: Uint8Array): Promise<ReadingCopy> {
  const pkg = await OoxmlPackage.open(bytes);
  const { path: bookPath } = await pkg.workbook();
  const rawBook = await pkg.required(bookPath);
  const book = plainNamespaces(rawBook, 'workbook');
  const bookRels = parseRels((await pkg.text(relsPathFor(bookPath))) ?? `<Relationships xmlns="${PKG_RELS}"/>`);
  const sheets = listSheets(rawBook, bookPath, bookRels);
  const sheetTags = startTags(rawBook, `${rootPrefix(rawBook, 'workbook')}sheet`);
  const date1904 = /<workbookPr(?=[\s/])[^>]*\sdate1904\s*=\s*["'](1|true)["']/.test(book);
  const out: ZipEntry[] = [];
  const types: string[] = [];
  const merges = new Map<string, string[]>();
  const pictures = new Map<string, string[]>();
  const bookTargets: Array<{ id: string; type: string; target: string }> = [];
  const sheetEls: string[] = [];
  const pictureValues = await richPictureValues(pkg, bookRels, bookPath);
  let comments = 0;
  let tables = 0;
  for (const s of sheets) {
    const xml = s.path === undefined ? undefined : await pkg.text(s.path);
    if (s.path === undefined || xml === undefined) continue;
    const n = sheetEls.length + 1;
    const sheetPath = `xl/worksheets/sheet${n}.xml`;
    const plain = plainNamespaces(xml, 'worksheet');
    merges.set(s.name, [...plain.matchAll(/<mergeCell\s[^>]*?ref\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]));
    const sheetRels = parseRels((await pkg.text(relsPathFor(s.path))) ?? `<Relationships xmlns="${PKG_RELS}"/>`);
    const copyRels: Array<{ id: string; type: string; target: string }> = [];
    for (const { rel, path } of linked(sheetRels, s.path, 'comments')) {
      const text = await pkg.text(path);
      if (text === undefined) continue;
      comments++;
      out.push(stored(`xl/comments${comments}.xml`, commentsWithRuns(plainNamespaces(text, 'comments'))));
      copyRels.push({ id: rel.id, type: relType('comments'), target: `../comments${comments}.xml` });
    }
    const tableParts = element(plain, 'tableParts');
    if (tableParts !== '') {
      for (const { rel, path } of linked(sheetRels, s.path, 'table')) {
        const text = await pkg.text(path);
        if (text === undefined) continue;
        tables++;
        out.push(stored(`xl/tables/table${tables}.xml`, tableForReading(plainNamespaces(text, 'table'))));
        copyRels.push({ id: rel.id, type: relType('table'), target: `../tables/table${tables}.xml` });
      }
    }
    const keptTables = tableParts.replace(/<tablePart\s[^>]*>/g, (t) => (copyRels.some((r) => r.id === attr(t, 'r:id')) ? t : ''));
    const data = isoDatesAsSerials(withReferences(element(plain, 'sheetData') || '<sheetData/>'), date1904);
    const inCells = pictureCells(data, pictureValues);
    if (inCells.length > 0) pictures.set(s.name, inCells);
    out.push(stored(sheetPath, `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${data}${/<tablePart\s/.test(keptTables) ? keptTables : ''}</worksheet>`));
    if (copyRels.length > 0) out.push(stored(relsPathFor(sheetPath), relsXml(copyRels)));
    types.push(`<Override PartName="/${sheetPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    const id = `rId${n}`;
    bookTargets.push({ id, type: relType('worksheet'), target: `worksheets/sheet${n}.xml` });
    const state = attr(sheetTags[s.index] ?? '', 'state');
    sheetEls.push(`<sheet name="${escapeAttr(s.name)}" sheetId="${n}"${state ? ` state="${escapeAttr(state)}"` : ''} r:id="${id}"/>`);
  }
  const shared = linked(bookRels, bookPath, 'sharedStrings')[0];
  const sst = shared && (await pkg.text(shared.path));
  if (sst !== undefined && sst !== '') {
    out.push(stored('xl/sharedStrings.xml', plainNamespaces(sst, 'sst')));
    bookTargets.push({ id: 'rIdStrings', type: relType('sharedStrings'), target: 'sharedStrings.xml' });
  }
  const style = linked(bookRels, bookPath, 'styles')[0];
  const styles = style && (await pkg.text(style.path));
  if (styles !== undefined && styles !== '') {
    out.push(stored('xl/styles.xml', cellFormatsOnly(plainNamespaces(styles, 'styleSheet'))));
    bookTargets.push({ id: 'rIdStyles', type: relType('styles'), target: 'styles.xml' });
  }
  const workbook = `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${sheetEls.join('')}</sheets></workbook>`;
  out.unshift(
    stored(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${types.join('')}</Types>`,
    ),
    stored('_rels/.rels', relsXml([{ id: 'rId1', type: relType('officeDocument'), target: 'xl/workbook.xml' }])),
    stored('xl/workbook.xml', workbook),
    stored('xl/_rels/workbook.xml.rels', relsXml(bookTargets)),
  );
  return { bytes: writeZip(out), merges, pictures };
}

/** The styles part with only the lists a cell's look and number format come from. */
function cellFormatsOnly(xml: string): string {
  let out = xml;
  for (const local of ['dxfs', 'tableStyles', 'colors', 'extLst']) out = out.replace(element(out, local), '');
  return withRequiredLists(out, '');
}
