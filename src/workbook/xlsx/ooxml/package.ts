/**
 * An OOXML package (the zip inside an .xlsx) edited part by part, so every part Kaoping does not
 * write keeps its exact bytes. Relationships and content types are edited as text.
 */
import { deflateEntry, inflateEntry, readZip, writeZip, type ZipEntry } from './zip';
import { attr, escapeAttr, insertBeforeClose, literal, PackageError, rootPrefix, startTags } from './xml';

/** The kinds of relationship Kaoping follows or makes. */
export type RelKind = 'officeDocument' | 'worksheet' | 'styles' | 'sharedStrings' | 'comments' | 'table' | 'hyperlink' | 'sheetMetadata';

/**
 * The namespaces of one of the two forms of SpreadsheetML: Transitional (what nearly every program
 * writes) and Strict (Excel's "Strict Open XML" save option). A part Kaoping writes into a package
 * uses the package's own form; content types are the same in both.
 */
export interface Dialect {
  readonly strict: boolean;
  /** The spreadsheet main namespace. */
  readonly main: string;
  /** The namespace of r:id attributes, and the stem of relationship types. */
  readonly relationships: string;
}

export const TRANSITIONAL: Dialect = {
  strict: false,
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

export const STRICT: Dialect = {
  strict: true,
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  relationships: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};

/** A relationship type in a dialect. */
export function relType(d: Dialect, kind: RelKind): string {
  return `${d.relationships}/${kind}`;
}

/** Whether a relationship type is of a kind, in either dialect. */
export function isRel(type: string, kind: RelKind): boolean {
  return type === relType(TRANSITIONAL, kind) || type === relType(STRICT, kind);
}

/** OPC compares part names without regard to case: xl/Workbook.xml and xl/workbook.xml are one part. */
export function partKey(name: string): string {
  return name.replace(/^\//, '').toLowerCase();
}

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

/** A segment of a part name with its %-escapes undone (left as it is when they are not valid). */
function decodePart(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** A relationship target resolved against its source part, as a zip path (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const parts = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const raw of target.replace(/[?#].*$/, '').replace(/^\//, '').split('/')) {
    const seg = decodePart(raw);
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
  const existing = startTags(xml, `${p}Override`).some((t) => partKey(attr(t, 'PartName') ?? '') === partKey(name));
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
  return dropElement(xml, startTags(xml, `${p}Override`).find((t) => partKey(attr(t, 'PartName') ?? '') === partKey(part)), `${p}Override`);
}

/** The content type a package gives one of its parts: its Override, else the Default for its extension. */
export function contentTypeOf(types: string, part: string): string | undefined {
  const p = rootPrefix(types, 'Types');
  const over = startTags(types, `${p}Override`).find((t) => partKey(attr(t, 'PartName') ?? '') === partKey(part));
  if (over) return attr(over, 'ContentType');
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  const def = startTags(types, `${p}Default`).find((t) => (attr(t, 'Extension') ?? '').toLowerCase() === ext);
  return def && attr(def, 'ContentType');
}

interface Part {
  /** The name as the zip spells it (kept when the part is replaced). */
  readonly name: string;
  readonly body: ZipEntry | string;
}

export class OoxmlPackage {
  /** Parts by their OPC key (see partKey), in the file's order; replaced parts hold their new text until written. */
  private readonly parts = new Map<string, Part>();

  private constructor(entries: readonly ZipEntry[]) {
    for (const e of entries) this.parts.set(partKey(e.name), { name: e.name, body: e });
  }

  static async open(bytes: Uint8Array): Promise<OoxmlPackage> {
    return new OoxmlPackage(readZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  }

  has(path: string): boolean {
    return this.parts.has(partKey(path));
  }

  async text(path: string): Promise<string | undefined> {
    const p = this.parts.get(partKey(path))?.body;
    if (p === undefined || typeof p === 'string') return p;
    return inflateEntry(p).toString('utf8');
  }

  async required(path: string): Promise<string> {
    const t = await this.text(path);
    if (t === undefined) throw new PackageError(`the workbook has no ${path}`);
    return t;
  }

  /** Replaces a part's text (under the name the zip already gives it), or adds the part. */
  put(path: string, text: string): void {
    const key = partKey(path);
    this.parts.set(key, { name: this.parts.get(key)?.name ?? path, body: text });
  }

  remove(path: string): void {
    this.parts.delete(partKey(path));
  }

  /** The workbook part, found through the package relationships, and the form of SpreadsheetML it is in. */
  async workbook(): Promise<{ path: string; dialect: Dialect }> {
    const rels = parseRels(await this.required('_rels/.rels'));
    const doc = rels.find((r) => isRel(r.type, 'officeDocument') && !r.external);
    if (!doc) throw new PackageError('the package names no workbook part');
    return { path: resolveTarget('', doc.target), dialect: doc.type === relType(STRICT, 'officeDocument') ? STRICT : TRANSITIONAL };
  }

  /** The workbook part, found through the package relationships. */
  async workbookPath(): Promise<string> {
    return (await this.workbook()).path;
  }

  /** The package as zip bytes: untouched parts copied compressed as they were, the rest deflated. */
  async bytes(): Promise<Buffer> {
    const entries = [...this.parts.values()].map(({ name, body }) => (typeof body === 'string' ? deflateEntry(name, Buffer.from(body, 'utf8')) : body));
    return writeZip(entries);
  }
}
