/**
 * The xlsx adapter behind the workbook port: a workbook's bytes, read through ExcelJS and written
 * back part by part (see write.ts). Buffers in, buffers out; the caller owns the file system.
 */
import ExcelJS from 'exceljs';
import type { Sheet, WorkbookInput } from '../../engine/cells';
import type { Report } from '../../engine/types';
import type { Progress, WorkbookPort, WriteOutcome } from '../port';
import { MARKER_SHEET } from '../port';
import { readSheet } from './read';
import { readMarkerAll } from './marker';
import type { MarkerSplit } from '../shared/marker';
import { readingCopy } from './ooxml/reading-copy';
import { PackageError } from './ooxml/xml';
import { ZipFormatError } from './ooxml/zip';
import { measureXlsx, type SizeProblem } from './size';
import { ownedEntries, writeReportPackage } from './write';

export type XlsxProblem = 'empty' | 'not-xlsx' | 'legacy-or-encrypted' | 'damaged' | 'unsupported' | 'too-large';

/** A buffer that is not a workbook Kaoping can open, told apart by what it is. */
export class XlsxReadError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    detail: string,
    /** For 'too-large': the limit passed and where. */
    readonly size?: SizeProblem,
  ) {
    super(detail);
    this.name = 'XlsxReadError';
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: an .xls workbook, or an .xlsx saved with a password (Excel encrypts into one). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Throws XlsxReadError when the bytes are plainly not an .xlsx (an .xls, an encrypted file, not a zip). */
export function sniffXlsx(bytes: Uint8Array): void {
  // A file of no bytes: saved or copied only in part (a full disk, a USB stick pulled out), not a wrong kind of file.
  if (bytes.length === 0) throw new XlsxReadError('empty', 'the file is empty (0 bytes)');
  if (startsWith(bytes, CFB)) throw new XlsxReadError('legacy-or-encrypted', 'an .xls workbook or a password-protected file');
  if (!startsWith(bytes, ZIP)) throw new XlsxReadError('not-xlsx', 'not an .xlsx workbook');
}

/**
 * Throws XlsxReadError unless the bytes are an .xlsx within Kaoping's size limits (see size.ts): the
 * check made before anything reads the workbook whole.
 */
export async function checkXlsx(bytes: Uint8Array): Promise<void> {
  sniffXlsx(bytes);
  let size: SizeProblem | undefined;
  try {
    size = await measureXlsx(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new XlsxReadError('damaged', e.message);
    // Reading past the end of the bytes: a file cut short, never Node's own words about offsets.
    if (e instanceof RangeError) throw Object.assign(new XlsxReadError('damaged', 'the file is cut short'), { cause: e });
    throw e;
  }
  if (size) throw new XlsxReadError('too-large', `the ${size.limit} of "${size.sheet}" pass the limit of ${size.max}`, size);
}

interface Parsed {
  readonly wb: ExcelJS.Workbook;
  /** Each sheet's merged ranges, taken out before ExcelJS reads (see ooxml/reading-copy.ts). */
  readonly merges: ReadonlyMap<string, readonly string[]>;
  /** Each sheet's cells holding a picture placed in the cell. */
  readonly pictures: ReadonlyMap<string, readonly string[]>;
}

/** The reading copy (reading-copy.ts), its package errors said as a clerk's file's problems. */
async function copyOf(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof readingCopy>>> {
  try {
    return await readingCopy(bytes);
  } catch (e) {
    if (e instanceof PackageError) throw new XlsxReadError('unsupported', e.message);
    if (e instanceof ZipFormatError) throw new XlsxReadError('damaged', e.message);
    throw e;
  }
}

async function parse(bytes: Uint8Array): Promise<Parsed> {
  await checkXlsx(bytes);
  const copy = await copyOf(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for its own Buffer type; a Node Buffer is what it reads.
    await wb.xlsx.load(copy.bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw excelJsLoadError(e);
  }
  return { wb, merges: copy.merges, pictures: copy.pictures };
}

/**
 * What ExcelJS failing to load a workbook means. The zip was read whole before (a broken one is
 * reported as damaged there), so this is a part written in a way ExcelJS does not follow, which Excel
 * may well open: never "damaged", and never ExcelJS's own message, which names its insides.
 */
export function excelJsLoadError(e: unknown): XlsxReadError {
  const error = new XlsxReadError('unsupported', 'a part of the workbook is written in a way Kaoping cannot read');
  error.cause = e;
  return error;
}

export interface ReadStats {
  readonly sheets: number;
  readonly cells: number;
}

export class XlsxWorkbook implements WorkbookPort {
  private lastRead: ReadStats = { sheets: 0, cells: 0 };
  /** Kaoping's own sheets (and those the clerk edited) in the current bytes, once a read has worked them out. */
  private owned: MarkerSplit | undefined;

  private constructor(
    private bytes: Uint8Array,
    /** The parsed workbook, for the current bytes; dropped when a write changes them. */
    private parsed: Parsed | undefined,
  ) {}

  /** Opens a workbook; throws XlsxReadError when the bytes are not a readable .xlsx (as write does for a package it cannot edit). */
  static async load(bytes: Uint8Array): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(bytes, await parse(bytes));
  }

  private async workbook(): Promise<Parsed> {
    this.parsed ??= await parse(this.bytes);
    return this.parsed;
  }

  /** Sheets and cells seen by the last read. */
  get stats(): ReadStats {
    return this.lastRead;
  }

  async read(progress?: Progress): Promise<WorkbookInput> {
    const { wb, merges, pictures } = await this.workbook();
    // A damaged workbook part can leave ExcelJS without properties: then it is the 1900 date system.
    const date1904 = wb.properties?.date1904 === true;
    const worksheets = wb.worksheets.filter((ws) => ws.name !== MARKER_SHEET);
    const grids = new Map<string, Sheet>();
    let cells = 0;
    for (const [i, ws] of worksheets.entries()) {
      const r = readSheet(ws, date1904, merges.get(ws.name), pictures.get(ws.name));
      cells += r.cells;
      grids.set(ws.name, r.sheet);
      progress?.('reading', i + 1, worksheets.length);
    }
    this.owned = ownedEntries(wb, date1904, grids);
    const owned = new Set(this.owned.owned.map((e) => e.name));
    const edited = new Set(this.owned.edited.map((e) => e.name));
    const { basis } = readMarkerAll(wb);
    this.lastRead = { sheets: grids.size, cells };
    // The grids hold all a write needs; let the (much larger) parsed model go before one comes.
    this.parsed = undefined;
    return {
      sheets: [...grids.values()].map((s) => (owned.has(s.name) ? { ...s, owned: true } : edited.has(s.name) ? { ...s, edited: true } : s)),
      ...(basis ? { resultsBasis: basis } : {}),
    };
  }

  async write(report: Report, progress?: Progress, basis?: string): Promise<WriteOutcome> {
    let owned = this.owned;
    if (!owned) {
      const { wb } = await this.workbook();
      owned = ownedEntries(wb, wb.properties?.date1904 === true);
    }
    let written: Awaited<ReturnType<typeof writeReportPackage>>;
    try {
      written = await writeReportPackage(this.bytes, owned, report, progress, basis);
    } catch (e) {
      // ExcelJS read the file, but its parts are not laid out the way they can be edited in place.
      if (e instanceof PackageError) throw new XlsxReadError('unsupported', e.message);
      if (e instanceof ZipFormatError) throw new XlsxReadError('damaged', e.message);
      throw e;
    }
    const { bytes, outcome } = written;
    this.bytes = bytes;
    this.parsed = undefined;
    this.owned = undefined;
    return outcome;
  }

  /** The workbook's bytes as they stand (with the results, after a write). */
  async toBuffer(): Promise<Buffer> {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }
}

/** Every worksheet of an .xlsx as the engine's grids; Kaoping's own unchanged sheets come `owned`. */
export async function readXlsx(buf: Uint8Array, progress?: Progress): Promise<WorkbookInput> {
  return (await XlsxWorkbook.load(buf)).read(progress);
}

/**
 * The cells holding a picture placed in the cell (WPS's DISPIMG, Microsoft 365's Place in Cell), by
 * sheet name, as A1 references: what a reader that sees only values (ExcelJS, the in-memory Excel's
 * file edge) cannot tell.
 */
export async function pictureCellsOf(bytes: Uint8Array): Promise<ReadonlyMap<string, readonly string[]>> {
  // The reading copy finds them; ExcelJS need not load the workbook a second time for it.
  return (await copyOf(bytes)).pictures;
}

/** A copy of the workbook with the report's sheets added, replacing only Kaoping's own earlier ones. */
export async function writeXlsx(buf: Uint8Array, report: Report, progress?: Progress): Promise<Buffer> {
  const wb = await XlsxWorkbook.load(buf);
  await wb.write(report, progress);
  return wb.toBuffer();
}
