/**
 * Reading a zip entry's text as it inflates, a chunk at a time, so a part can be measured without
 * holding it whole (a sheet of a million rows, or a part that inflates to gigabytes). Text comes as
 * latin1: every byte one character, so XML markup (all ASCII) is found by position and UTF-8 text is
 * recovered with `utf8Of`.
 */
import * as zlib from 'node:zlib';
import { checkUnpacked, crc32, shown, ZipFormatError, type ZipEntry } from './zip';

export interface StreamEnd {
  /** Inflated bytes seen. */
  readonly bytes: number;
  /** Why reading stopped before the end: the reader asked to stop, or the part passed `maxBytes`. */
  readonly stopped?: 'reader' | 'bytes';
}

/**
 * Feeds the entry's text to `read` chunk by chunk; `read` returns false to stop early. Reading also
 * stops once more than `maxBytes` have inflated. Rejects with ZipFormatError for bytes that do not inflate.
 */
export function streamEntry(e: ZipEntry, read: (text: string) => boolean, maxBytes: number): Promise<StreamEnd> {
  if (e.method === 0) {
    if (e.data.length > maxBytes) return Promise.resolve({ bytes: e.data.length, stopped: 'bytes' });
    try {
      checkUnpacked(e, e.data.length, crc32(e.data));
    } catch (err) {
      return Promise.reject(err);
    }
    const go = read(e.data.toString('latin1'));
    return Promise.resolve(go ? { bytes: e.data.length } : { bytes: e.data.length, stopped: 'reader' });
  }
  if (e.method !== 8) return Promise.reject(new ZipFormatError(`${shown(e.name)} uses compression method ${e.method}`));
  return new Promise((resolve, reject) => {
    const z = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let bytes = 0;
    let crc = 0;
    let settled = false;
    const finish = (end: StreamEnd) => {
      if (settled) return;
      settled = true;
      z.destroy();
      resolve(end);
    };
    z.on('data', (chunk: Buffer) => {
      if (settled) return;
      bytes += chunk.length;
      crc = crc32(chunk, crc);
      if (bytes > maxBytes) finish({ bytes, stopped: 'bytes' });
      else if (!read(chunk.toString('latin1'))) finish({ bytes, stopped: 'reader' });
    });
    z.on('end', () => {
      if (settled) return;
      try {
        // Read to the end: the part must be what the zip records for it.
        checkUnpacked(e, bytes, crc);
      } catch (err) {
        settled = true;
        z.destroy();
        reject(err);
        return;
      }
      finish({ bytes });
    });
    z.on('error', (err: Error) => {
      if (settled) return;
      settled = true;
      // zlib's own words say nothing to a clerk; they stay on the error as its cause.
      reject(new ZipFormatError(`${shown(e.name)} does not unpack`, { cause: err }));
    });
    z.end(e.data);
  });
}

/** The UTF-8 text of a latin1 slice (see above). */
export function utf8Of(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/**
 * Finds the start tags of some elements in text that arrives in chunks: each match is handed over
 * with up to `lookahead` characters of the tag, once, even when a tag is cut between two chunks.
 */
export class TagFinder {
  private pending = '';
  private readonly re: RegExp;

  constructor(
    /** Local names to find, any namespace prefix. */
    names: readonly string[],
    private readonly onTag: (name: string, tag: string) => boolean,
    private readonly lookahead = 512,
  ) {
    this.re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(${names.join('|')})(?=[\\s/>])`, 'g');
  }

  /** Feeds a chunk (final: the last one); false once `onTag` asked to stop. */
  feed(text: string, final = false): boolean {
    const s = this.pending + text;
    const until = final ? s.length : Math.max(0, s.length - this.lookahead - 16);
    this.re.lastIndex = 0;
    for (let m = this.re.exec(s); m && m.index < until; m = this.re.exec(s)) {
      const end = s.indexOf('>', m.index);
      const tag = s.slice(m.index, end < 0 ? Math.min(s.length, m.index + this.lookahead) : Math.min(end + 1, m.index + this.lookahead));
      if (!this.onTag(m[1], tag)) return false;
    }
    this.pending = final ? '' : s.slice(until);
    return true;
  }
}
