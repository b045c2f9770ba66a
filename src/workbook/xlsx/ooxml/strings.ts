/**
 * The workbook's shared strings, extended with the text of the result sheets. Existing entries keep
 * their indices (the clerk's sheets point at them); an entry already holding the same text is reused,
 * so running again does not grow the table. Shared strings, unlike inline ones, are decoded by every
 * reader (Excel, LibreOffice, ExcelJS) including the `_xHHHH_` escapes that keep CR and control
 * characters.
 */
import { encodeXlsxText } from '../../shared/safe-text';
import { TRANSITIONAL, type Dialect } from './package';
import { escapeText, insertBeforeClose, literal, rootPrefix } from './xml';

/** The shared strings part of a package that has none, in the package's form of SpreadsheetML. */
export function emptySharedStrings(d: Dialect): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${d.main}" count="0" uniqueCount="0"></sst>`;
}

const EMPTY = emptySharedStrings(TRANSITIONAL);

export class SharedStrings {
  private readonly p: string;
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private refs = 0;

  constructor(private readonly xml: string = EMPTY) {
    this.p = rootPrefix(xml, 'sst');
    const si = new RegExp(`<${literal(this.p)}si(?=[\\s>/])([^>]*?)(/?)>`, 'g');
    const plain = new RegExp(`^<${literal(this.p)}t(?:\\s+xml:space="preserve")?>([^<]*)</${literal(this.p)}t>`);
    let n = 0;
    for (let m = si.exec(xml); m; m = si.exec(xml)) {
      if (m[2] !== '/') {
        const rest = xml.slice(si.lastIndex, si.lastIndex + 512);
        const t = plain.exec(rest);
        // Only a plain <si><t>…</t></si> is reused: rich or phonetic text says more than its letters.
        if (t && rest.startsWith(`</${this.p}si>`, t[0].length) && !this.index.has(t[1])) this.index.set(t[1], n);
      }
      n++;
    }
    this.existing = n;
  }

  /** The index of a text in the table, adding it when it is new. */
  ref(text: string): number {
    const key = escapeText(encodeXlsxText(text));
    this.refs++;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.added.push(key);
      this.index.set(key, i);
    }
    return i;
  }

  toXml(): string {
    const p = this.p;
    const unique = this.existing + this.added.length;
    const body = this.added.map((k) => `<${p}si><${p}t xml:space="preserve">${k}</${p}t></${p}si>`).join('');
    const setCounts = (attrs: string): string => {
      let a = attrs;
      const count = /\scount\s*=\s*"(\d+)"/.exec(a);
      const total = (count ? Number(count[1]) : this.existing) + this.refs;
      a = count ? a.replace(/(\scount\s*=\s*)"\d+"/, `$1"${total}"`) : `${a} count="${total}"`;
      a = /\suniqueCount\s*=/.test(a) ? a.replace(/(\suniqueCount\s*=\s*)"\d+"/, `$1"${unique}"`) : `${a} uniqueCount="${unique}"`;
      return a;
    };
    const selfClosing = new RegExp(`<${literal(p)}sst(?=[\\s>/])([^>]*?)/>`);
    if (selfClosing.test(this.xml)) return this.xml.replace(selfClosing, (_m, a: string) => `<${p}sst${setCounts(a)}>${body}</${p}sst>`);
    const out = this.xml.replace(new RegExp(`<${literal(p)}sst(?=[\\s>])([^>]*)>`), (_m, a: string) => `<${p}sst${setCounts(a)}>`);
    return insertBeforeClose(out, `${p}sst`, body);
  }
}
