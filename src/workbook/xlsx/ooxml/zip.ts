/**
 * Just enough of the zip format for editing an .xlsx in place: the entries of an existing file, whose
 * compressed bytes are copied as they are, and new entries deflated with Node's zlib. Entries over
 * 4 GB (zip64) are read but never written.
 */
import * as zlib from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's compressed bytes, exactly as in the zip. */
  readonly data: Buffer;
  /** MS-DOS time and date of the entry. */
  readonly time: number;
  readonly date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;

/** An entry's name as a message may show it: a damaged directory can hold any bytes there. */
export function shown(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this takes out
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

export class ZipFormatError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`not a readable zip: ${detail}`, options);
    this.name = 'ZipFormatError';
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError('no end of central directory');
}

/** Sizes and offset from an entry's zip64 extra field, for the fields that overflowed. */
function zip64(extra: Buffer, size: number, compSize: number, offset: number): [number, number, number] {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const next = (): number => {
        const v = Number(extra.readBigUInt64LE(at));
        at += 8;
        return v;
      };
      const s = size === 0xffffffff ? next() : size;
      const c = compSize === 0xffffffff ? next() : compSize;
      const o = offset === 0xffffffff ? next() : offset;
      return [s, c, o];
    }
    i += 4 + len;
  }
  return [size, compSize, offset];
}

/**
 * The zip's entries, from its central directory. A record that points outside the file (a flipped
 * byte in an offset or a length) is damage, said as such, never Node's out-of-range error.
 */
export function readZip(buf: Buffer): ZipEntry[] {
  try {
    return readEntries(buf);
  } catch (e) {
    // By name, not instanceof: Buffer's errors come from Node's own realm (not the caller's, under a vm).
    if (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'RangeError') throw new ZipFormatError('a record of the zip points past the end of the file', { cause: e });
    throw e;
  }
}

function readEntries(buf: Buffer): ZipEntry[] {
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let dir = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || dir === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(eocd - 12));
    if (buf.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipFormatError('bad zip64 directory');
    count = Number(buf.readBigUInt64LE(at + 32));
    dir = Number(buf.readBigUInt64LE(at + 48));
  }
  const entries: ZipEntry[] = [];
  /** Names seen, as OPC compares them (without regard to case). */
  const seen = new Map<string, string>();
  let p = dir;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
    const flags = buf.readUInt16LE(p + 8);
    if (flags & 1) throw new ZipFormatError('encrypted entry');
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    const [size, compSize, offset] = zip64(extra, buf.readUInt32LE(p + 24), buf.readUInt32LE(p + 20), buf.readUInt32LE(p + 42));
    if (buf.readUInt32LE(offset) !== LOCAL) throw new ZipFormatError(`bad local header for ${shown(name)}`);
    const localNameLen = buf.readUInt16LE(offset + 26);
    // Readers differ on which of the two names they trust; a file whose two disagree is damaged.
    if (!buf.subarray(offset + 30, offset + 30 + localNameLen).equals(buf.subarray(p + 46, p + 46 + nameLen))) {
      throw new ZipFormatError(`the entry ${shown(name)} has another name in its local header`);
    }
    // Two entries of one name (or names differing only in case, one part to OPC): readers keep
    // different copies, and Excel refuses the file, so it is damaged.
    const key = name.replace(/^\//, '').toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined) throw new ZipFormatError(twin === name ? `two entries are named ${shown(name)}` : `the entries ${shown(twin)} and ${shown(name)} name one part`);
    seen.set(key, name);
    const start = offset + 30 + localNameLen + buf.readUInt16LE(offset + 28);
    entries.push({ name, method, crc, size, data: buf.subarray(start, start + compSize), time, date });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function inflateEntry(e: ZipEntry): Buffer {
  let out: Buffer;
  if (e.method === 0) out = e.data;
  else if (e.method === 8) {
    try {
      out = zlib.inflateRawSync(e.data);
    } catch (err) {
      // zlib's own words ("invalid stored block lengths") say nothing to a clerk.
      throw new ZipFormatError(`${shown(e.name)} does not unpack`, { cause: err });
    }
  } else throw new ZipFormatError(`${shown(e.name)} uses compression method ${e.method}`);
  checkUnpacked(e, out.length, crc32(out));
  return out;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** The CRC-32 of `data`, continuing from `from` (the CRC of the bytes before it) when given. */
export function crc32(data: Uint8Array, from = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(data, from) >>> 0;
  let c = from ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Throws ZipFormatError unless an entry unpacked to the size and CRC its directory record gives: a
 * changed byte in the compressed data can unpack without an error, and Excel refuses such a file.
 */
export function checkUnpacked(e: ZipEntry, size: number, crc: number): void {
  if (size !== e.size || crc !== e.crc) throw new ZipFormatError(`${shown(e.name)} does not unpack to what the zip records for it`);
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry, deflated. */
export function deflateEntry(name: string, content: Buffer): ZipEntry {
  const { time, date } = dosNow();
  return { name, method: 8, crc: crc32(content), size: content.length, data: zlib.deflateRawSync(content, { level: 6 }), time, date };
}


/**
 * The fields a local header and its central-directory record share, in the same order: method,
 * time, date, CRC, compressed and unpacked sizes, name length (at offset 8 of the one, 10 of the other).
 */
function writeEntryFields(buf: Buffer, at: number, e: { method: number; time: number; date: number; crc: number; data: Uint8Array; size: number }, nameLength: number): void {
  buf.writeUInt16LE(e.method, at);
  buf.writeUInt16LE(e.time, at + 2);
  buf.writeUInt16LE(e.date, at + 4);
  buf.writeUInt32LE(e.crc, at + 6);
  buf.writeUInt32LE(e.data.length, at + 10);
  buf.writeUInt32LE(e.size, at + 14);
  buf.writeUInt16LE(nameLength, at + 18);
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xfffe) throw new Error('too many parts for a zip without zip64');
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (e.size >= 0xffffffff || e.data.length >= 0xffffffff || offset >= 0xffffffff) throw new Error(`${e.name} is too large for a zip without zip64`);
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    writeEntryFields(local, 8, e, name.length);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(CENTRAL, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    writeEntryFields(cd, 10, e, name.length);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.data);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
