/**
 * The lists of a styles part (fonts, fills, borders, cell formats) as Kaoping edits them: lists a
 * program left out or left empty are given the defaults Excel requires, and each list's entries are
 * read so that a look already in the package (from an earlier run) is found and used again rather
 * than appended once more.
 */
import { literal, PackageError } from './xml';

/** The lists Excel requires, in the order the schema puts them, with the entries each must start with. */
const REQUIRED: ReadonlyArray<{ readonly tag: string; readonly items: (p: string) => string }> = [
  { tag: 'fonts', items: (p) => `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>` },
  { tag: 'fills', items: (p) => `<${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>` },
  { tag: 'borders', items: (p) => `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>` },
  { tag: 'cellStyleXfs', items: (p) => `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>` },
  { tag: 'cellXfs', items: (p) => `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` },
];

/** Every child list of styleSheet that may come before a given one (numFmts comes first of all). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];

/** The body of a list element, or undefined when the styles part has none; '' for `<fonts/>`. */
export function listBody(xml: string, p: string, tag: string): string | undefined {
  const q = literal(p + tag);
  const m = new RegExp(`<${q}(?=[\\s>/])[^>]*?(/?)>`).exec(xml);
  if (!m) return undefined;
  if (m[1] === '/') return '';
  const from = m.index + m[0].length;
  const close = xml.indexOf(`</${p}${tag}>`, from);
  if (close < 0) throw new PackageError(`the styles part has no </${tag}>`);
  return xml.slice(from, close);
}

/** The entries of a list body, each whole (start tag to end tag), in order. */
export function listItems(body: string, p: string, child: string): string[] {
  const q = literal(p + child);
  const out: string[] = [];
  const re = new RegExp(`<${q}(?=[\\s>/])[^>]*?(/?)>`, 'g');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[1] === '/') {
      out.push(m[0]);
      continue;
    }
    const close = body.indexOf(`</${p}${child}>`, re.lastIndex);
    const end = close < 0 ? body.length : close + child.length + p.length + 3;
    out.push(body.slice(m.index, end));
    re.lastIndex = end;
  }
  return out;
}

/**
 * An entry's text as compared for reuse: the same look whether a program wrote `<b></b>` or `<b/>`,
 * single or double quotes, or spaces between elements.
 */
export function canonical(xml: string): string {
  return xml
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?)>/g, '$1>')
    .replace(/='([^']*)'/g, '="$1"')
    .replace(/<([\w.:-]+)((?:\s[^<>]*)?)><\/\1>/g, '<$1$2/>');
}

/** The position just after the list that precedes `tag` in the schema's order, or after the root's start tag. */
function insertAt(xml: string, p: string, tag: string): number {
  for (let i = ORDER.indexOf(tag) - 1; i >= 0; i--) {
    const q = literal(p + ORDER[i]);
    const m = new RegExp(`</${q}>|<${q}(?=[\\s/])[^>]*/>`).exec(xml);
    if (m) return m.index + m[0].length;
  }
  const root = new RegExp(`<${literal(p)}styleSheet(?=[\\s>])[^>]*>`).exec(xml);
  if (!root) throw new PackageError('the styles part has no <styleSheet>');
  return root.index + root[0].length;
}

/** The styles part with every required list present and holding at least its default entry. */
export function withRequiredLists(xml: string, p: string): string {
  let out = xml.replace(new RegExp(`<(${literal(p)}styleSheet(?=[\\s/])[^>]*?)\\s*/>`), `<$1></${p}styleSheet>`);
  for (const { tag, items } of REQUIRED) {
    const body = listBody(out, p, tag);
    if (body !== undefined && body.trim() !== '') continue;
    const el = `<${p}${tag} count="${tag === 'fills' ? 2 : 1}">${items(p)}</${p}${tag}>`;
    if (body === undefined) {
      const at = insertAt(out, p, tag);
      out = out.slice(0, at) + el + out.slice(at);
    } else {
      // An empty list, <fonts count="0"/> or <fonts></fonts>: replaced by one with the defaults.
      out = out.replace(new RegExp(`<${literal(p + tag)}(?=[\\s>/])[^>]*?(?:/>|>\\s*</${literal(p + tag)}>)`), el);
    }
  }
  return out;
}
