/**
 * An OOXML package (the zip inside an .xlsx) edited part by part, so every part Kaoping does not
 * write keeps its exact bytes. Relationships and content types are edited as text.
 */
import { deflateEntry, inflateEntry, readZip, writeZip, type ZipEntry } from './zip';
import { attr, escapeAttr, insertBeforeClose, literal, PackageError, rootPrefix, startTags } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
} as const;

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part that belongs to a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a zip path (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function parseRels(xml: string): Rel[] {
  const p = rootPrefix(xml, 'Relationships');
  return startTags(xml, `${p}Relationship`).map((t) => ({
    id: attr(t, 'Id') ?? '',
    type: attr(t, 'Type') ?? '',
    target: attr(t, 'Target') ?? '',
    external: attr(t, 'TargetMode') === 'External',
  }));
}

export function addRel(xml: string, id: string, type: string, target: string): string {
  const p = rootPrefix(xml, 'Relationships');
  const el = `<${p}Relationship Id="${escapeAttr(id)}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (new RegExp(`<${literal(p)}Relationships[^>]*/>`).test(xml)) {
    return xml.replace(new RegExp(`<(${literal(p)}Relationships[^>]*)/>`), `<$1>${el}</${p}Relationships>`);
  }
  return insertBeforeClose(xml, `${p}Relationships`, el);
}

/** A relationship id not yet used in the part. */
export function freeRelId(rels: readonly Rel[]): string {
  const used = new Set(rels.map((r) => r.id));
  for (let n = rels.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

export function addOverride(xml: string, part: string, contentType: string): string {
  const p = rootPrefix(xml, 'Types');
  const name = '/' + part;
  const existing = startTags(xml, `${p}Override`).some((t) => attr(t, 'PartName') === name);
  if (existing) return xml;
  return insertBeforeClose(xml, `${p}Types`, `<${p}Override PartName="${escapeAttr(name)}" ContentType="${escapeAttr(contentType)}"/>`);
}

/** Drops an element given by its start tag (with its end tag, when it has one). */
function dropElement(xml: string, tag: string | undefined, qname: string): string {
  if (!tag) return xml;
  const at = xml.indexOf(tag);
  let end = at + tag.length;
  if (!tag.endsWith('/>')) {
    const close = xml.indexOf(`</${qname}>`, end);
    if (close >= 0) end = close + qname.length + 3;
  }
  return xml.slice(0, at) + xml.slice(end);
}

/** Drops the relationship with this id. */
export function removeRel(xml: string, id: string): string {
  const p = rootPrefix(xml, 'Relationships');
  return dropElement(xml, startTags(xml, `${p}Relationship`).find((t) => attr(t, 'Id') === id), `${p}Relationship`);
}

/** Drops the content type override of a part. */
export function removeOverride(xml: string, part: string): string {
  const p = rootPrefix(xml, 'Types');
  return dropElement(xml, startTags(xml, `${p}Override`).find((t) => attr(t, 'PartName') === '/' + part), `${p}Override`);
}

export class OoxmlPackage {
  /** Parts by name, in the file's order; replaced parts hold their new text until written. */
  private readonly parts = new Map<string, ZipEntry | string>();

  private constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) this.parts.set(e.name, e);
  }

  static async open(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  async text(path: string): Promise<string | undefined> {
    const p = this.parts.get(path);
    if (p === undefined || typeof p === 'string') return p;
    return inflateEntry(p).toString('utf8');
  }

  async required(path: string): Promise<string> {
    const t = await this.text(path);
    if (t === undefined) throw new PackageError(`the workbook has no ${path}`);
    return t;
  }

  put(path: string, text: string): void {
    this.parts.set(path, text);
  }

  remove(path: string): void {
    this.parts.delete(path);
  }

  /** The workbook part, found through the package relationships. */
  async workbookPath(): Promise<string> {
    const rels = parseRels(await this.required('_rels/.rels'));
    const doc = rels.find((r) => r.type === REL.officeDocument);
    if (!doc) throw new PackageError('the package names no workbook part');
    return resolveTarget('', doc.target);
  }

  /** The package as zip bytes: untouched parts copied compressed as they were, the rest deflated. */
  async bytes(): Promise<Buffer> {
    const entries = [...this.parts].map(([name, p]) => (typeof p === 'string' ? deflateEntry(name, Buffer.from(p, 'utf8')) : p));
    return writeZip(entries);
  }
}
