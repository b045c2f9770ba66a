/**
 * What the corpus checks of a package, read with JSZip (a reader independent of Kaoping's): the OPC
 * rules Excel enforces, and the parts as bytes.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/** Part name (as the zip spells it) -> bytes. */
export async function partsOf(buf: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

const key = (name: string) => name.replace(/^\//, '').toLowerCase();

/** A part by name as OPC finds it (without regard to case). */
export function part(parts: ReadonlyMap<string, Buffer>, name: string): Buffer | undefined {
  for (const [n, b] of parts) if (key(n) === key(name)) return b;
  return undefined;
}

function resolve(source: string, target: string): string {
  const out = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(decodeURIComponent(seg));
  }
  return out.join('/');
}

/** The internal relationships of every .rels part: source part, type and resolved target. */
export function relationships(parts: ReadonlyMap<string, Buffer>): Array<{ source: string; type: string; target: string }> {
  const out: Array<{ source: string; type: string; target: string }> = [];
  for (const [name, bytes] of parts) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(name);
    if (!m) continue;
    const source = m[1] + m[2];
    for (const rel of bytes.toString('utf8').match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
      if (/TargetMode\s*=\s*"External"/.test(rel)) continue;
      // A place in the workbook (a drawing's hyperlink to #Sheet!A1, as Excel writes it), not a part.
      if (/Target="#/.test(rel)) continue;
      const type = /Type="([^"]*)"/.exec(rel)?.[1] ?? '';
      const target = /Target="([^"]*)"/.exec(rel)?.[1] ?? '';
      out.push({ source, type, target: resolve(source, target.replace(/&amp;/g, '&')) });
    }
  }
  return out;
}

/** The OPC rules a package breaks: two names equal without regard to case, a relationship to no part. */
export function opcProblems(parts: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of parts.keys()) {
    const twin = seen.get(key(name));
    if (twin !== undefined) problems.push(`${twin} and ${name} are one part name`);
    seen.set(key(name), name);
  }
  for (const r of relationships(parts)) if (!seen.has(key(r.target))) problems.push(`${r.source} -> ${r.target}: no such part`);
  return problems;
}

/** The styles part, found through the workbook's relationships. */
export function stylesPart(parts: ReadonlyMap<string, Buffer>): Buffer | undefined {
  const rel = relationships(parts).find((r) => /\/styles$/.test(r.type));
  return rel && part(parts, rel.target);
}

/** The parts Kaoping writes into: the package's index, the workbook part and its links, styles, strings, its own sheets. */
export function owned(parts: ReadonlyMap<string, Buffer>, own: readonly string[]): Set<string> {
  const out = new Set(['[content_types].xml']);
  for (const r of relationships(parts)) {
    if (/\/officeDocument$/.test(r.type)) {
      out.add(r.target.toLowerCase());
      const slash = r.target.lastIndexOf('/');
      out.add(`${r.target.slice(0, slash + 1)}_rels/${r.target.slice(slash + 1)}.rels`.toLowerCase());
    }
    if (/\/(styles|sharedStrings)$/.test(r.type)) out.add(r.target.toLowerCase());
  }
  for (const o of own) out.add(o.toLowerCase());
  return out;
}

/** The parts of `before` Kaoping does not own whose bytes `after` does not keep (none, when all is well). */
export function partsChanged(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): string[] {
  const mine = owned(after, []);
  return [...before].filter(([n, bytes]) => !mine.has(n.toLowerCase()) && after.get(n)?.equals(bytes) !== true).map(([n]) => n);
}

/**
 * The XML parts (.xml, .rels, .vml) that are not well-formed XML with their namespaces declared, with
 * the parser's reason: Excel refuses such a part (and offers to repair the workbook, dropping it).
 */
export function xmlProblems(parts: ReadonlyMap<string, Buffer>, only?: (name: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of parts) {
    if (!/\.(xml|rels)$/i.test(name) || (only && !only(name))) continue;
    const parser = new SaxesParser({ xmlns: true });
    let first: string | undefined;
    parser.on('error', (e) => {
      first ??= e.message;
    });
    parser.write(bytes.toString('utf8').replace(/^\uFEFF/, '')).close();
    if (first !== undefined) problems.push(`${name}: ${first}`);
  }
  return problems;
}

/** The parts of `after` that `before` does not hold with the same bytes: what a run wrote. */
export function partsWritten(before: ReadonlyMap<string, Buffer>, after: ReadonlyMap<string, Buffer>): (name: string) => boolean {
  return (name) => before.get(name)?.equals(after.get(name)!) !== true;
}
