/**
 * How big a workbook is, measured before ExcelJS reads it whole (ExcelJS keeps every cell as an
 * object, about a kilobyte each). Each sheet's XML is scanned as it inflates and the scan stops as
 * soon as a limit is passed, so a sheet at Excel's 1,048,576-row limit is refused in a fraction of a
 * second and in little memory:
 *   - any sheet but Kaoping's own result sheets (those its marker lists) may hold MAX_SHEET_ROWS rows;
 *   - the whole file may hold MAX_FILE_CELLS cells, result sheets included;
 *   - no part may inflate to more than MAX_PART_BYTES (a zip bomb);
 *   - the whole file may hold MAX_MERGED_RANGES merged ranges. Merges are handled in time linear in
 *     the cells (see ooxml/reading-copy.ts and read.ts), so this is far above what a real file holds;
 *     it keeps a file of millions of ranges, each a cost, from running on without a word.
 */
import { MARKER_SHEET, MAX_FILE_CELLS, MAX_PART_BYTES, MAX_SHEET_ROWS } from '../port';
import { listSheets } from './ooxml/book';
import { isRel, OoxmlPackage, parseRels, partKey, relsPathFor, resolveTarget } from './ooxml/package';
import { streamEntry, TagFinder, utf8Of } from './ooxml/stream';
import { attr, PackageError, unescapeXml } from './ooxml/xml';
import { readZip, type ZipEntry } from './ooxml/zip';

/** The most merged ranges Kaoping reads from one .xlsx file. */
export const MAX_MERGED_RANGES = 200_000;

export interface SizeLimits {
  readonly sheetRows: number;
  readonly fileCells: number;
  readonly partBytes: number;
  readonly fileMerges: number;
}

export const SIZE_LIMITS: SizeLimits = { sheetRows: MAX_SHEET_ROWS, fileCells: MAX_FILE_CELLS, partBytes: MAX_PART_BYTES, fileMerges: MAX_MERGED_RANGES };

/** The first limit a workbook passes: which, where, and the limit itself. */
export interface SizeProblem {
  readonly limit: 'rows' | 'cells' | 'bytes' | 'merges';
  /** The sheet (or, for a part that is not a sheet, the part's path). */
  readonly sheet: string;
  readonly max: number;
}

interface SheetPart {
  readonly name: string;
  readonly entry: ZipEntry;
}

interface Layout {
  readonly sheets: SheetPart[];
  /** The shared strings part, through the workbook's relationships. */
  readonly strings: ZipEntry | undefined;
}

/** The worksheets and their entries, through the workbook's relationships (any part that looks like a sheet when they do not resolve). */
async function layout(entries: ReadonlyMap<string, ZipEntry>, bytes: Uint8Array): Promise<Layout> {
  try {
    const pkg = await OoxmlPackage.open(bytes);
    const bookPath = await pkg.workbookPath();
    const book = await pkg.required(bookPath);
    const rels = parseRels(await pkg.required(relsPathFor(bookPath)));
    const sheets: SheetPart[] = [];
    for (const s of listSheets(book, bookPath, rels)) {
      const entry = s.path === undefined ? undefined : entries.get(partKey(s.path));
      if (entry) sheets.push({ name: s.name, entry });
    }
    const sst = rels.find((r) => isRel(r.type, 'sharedStrings') && !r.external);
    return { sheets, strings: sst && entries.get(partKey(resolveTarget(bookPath, sst.target))) };
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    // A layout this reader does not follow: the read says whether the file opens; every part that
    // looks like a worksheet is still measured, named by its path.
    const sheets = [...entries.values()].filter((x) => /(^|\/)worksheets\/[^/]+\.xml$/i.test(x.name)).map((entry) => ({ name: entry.name, entry }));
    return { sheets, strings: [...entries.values()].find((x) => /(^|\/)sharedStrings\d*\.xml$/i.test(x.name)) };
  }
}

interface Scan {
  /** The highest row holding a cell. */
  readonly rows: number;
  readonly cells: number;
  readonly merges: number;
}

/** Scans one sheet: highest row holding a cell, cells and merged ranges, stopping when `stop` says so. */
async function scanSheet(entry: ZipEntry, partBytes: number, stop: (scan: Scan) => boolean): Promise<Scan & { tooBig: boolean }> {
  let row = 0;
  let rows = 0;
  let cells = 0;
  let merges = 0;
  const finder = new TagFinder(['row', 'c', 'mergeCell'], (name, tag) => {
    if (name === 'mergeCell') {
      merges++;
      return !stop({ rows, cells, merges });
    }
    if (name === 'row') {
      const r = Number(/\sr\s*=\s*["']\s*(\d+)/.exec(tag)?.[1] ?? NaN);
      row = Number.isFinite(r) ? r : row + 1;
      return true;
    }
    cells++;
    if (row > rows) rows = row;
    return !stop({ rows, cells, merges });
  });
  const end = await streamEntry(entry, (text) => finder.feed(text), partBytes);
  if (end.stopped === undefined) finder.feed('', true);
  return { rows, cells, merges, tooBig: end.stopped === 'bytes' };
}

/** The sheet names Kaoping's marker lists: its column A below the header, strings shared or inline. */
async function markerNames(sheets: readonly SheetPart[], sst: ZipEntry | undefined, limits: SizeLimits): Promise<Set<string>> {
  const marker = sheets.find((s) => s.name === MARKER_SHEET);
  const names = new Set<string>();
  if (!marker) return names;
  let xml = '';
  const end = await streamEntry(marker.entry, (t) => ((xml += t), true), Math.min(limits.partBytes, 16 * 1024 * 1024));
  if (end.stopped) return names;
  const shared: number[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const ref = attr(`<c${m[1]}>`, 'r') ?? '';
    const row = Number(/\d+$/.exec(ref)?.[0] ?? 0);
    if (!/^A\d+$/i.test(ref) || row < 2) continue;
    const type = attr(`<c${m[1]}>`, 't');
    const body = m[2] ?? '';
    if (type === 's') shared.push(Number(/<(?:\w+:)?v>\s*(\d+)\s*</.exec(body)?.[1] ?? -1));
    else if (type === 'inlineStr' || type === 'str') names.add(textOf(body));
  }
  if (shared.length === 0) return names;
  if (!sst) return names;
  const wanted = new Set(shared);
  const lastWanted = Math.max(...shared);
  let index = 0;
  let pending = '';
  await streamEntry(
    sst,
    (t) => {
      pending += t;
      const items = /<(?:\w+:)?si(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
      let last = 0;
      for (let m = items.exec(pending); m; m = items.exec(pending)) {
        if (wanted.has(index)) names.add(textOf(m[1] ?? ''));
        index++;
        last = items.lastIndex;
      }
      pending = pending.slice(last);
      return index <= lastWanted && pending.length < 1024 * 1024;
    },
    limits.partBytes,
  );
  return names;
}

/** The text of a shared or inline string item: its <t> runs, phonetic runs left out, escapes undone. */
function textOf(body: string): string {
  const runs = body.replace(/<(?:\w+:)?rPh(?=[\s>])[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let s = '';
  for (const m of runs.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)) s += m[1];
  return unescapeXml(utf8Of(s)).replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The first limit the workbook passes, or undefined when it is within them all. Throws ZipFormatError
 * (or a RangeError from reading past the end) when the bytes are not a readable zip.
 */
export async function measureXlsx(bytes: Uint8Array, limits: SizeLimits = SIZE_LIMITS): Promise<SizeProblem | undefined> {
  const list = readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const entries = new Map(list.map((e) => [partKey(e.name), e] as const));
  const { sheets, strings } = await layout(entries, bytes);
  const own = await markerNames(sheets, strings, limits);
  let cells = 0;
  let merges = 0;
  for (const s of sheets) {
    const exempt = own.has(s.name) || s.name === MARKER_SHEET;
    const [cellsBefore, mergesBefore] = [cells, merges];
    const r = await scanSheet(
      s.entry,
      limits.partBytes,
      (n) => (!exempt && n.rows > limits.sheetRows) || cellsBefore + n.cells > limits.fileCells || mergesBefore + n.merges > limits.fileMerges,
    );
    if (r.tooBig) return { limit: 'bytes', sheet: s.name, max: limits.partBytes };
    if (!exempt && r.rows > limits.sheetRows) return { limit: 'rows', sheet: s.name, max: limits.sheetRows };
    cells += r.cells;
    if (cells > limits.fileCells) return { limit: 'cells', sheet: s.name, max: limits.fileCells };
    merges += r.merges;
    if (merges > limits.fileMerges) return { limit: 'merges', sheet: s.name, max: limits.fileMerges };
  }
  const sheetEntries = new Set(sheets.map((s) => s.entry));
  for (const e of list) {
    if (sheetEntries.has(e) || e.name.endsWith('/')) continue;
    const end = await streamEntry(e, () => true, limits.partBytes);
    if (end.stopped === 'bytes') return { limit: 'bytes', sheet: e.name, max: limits.partBytes };
  }
  return undefined;
}
