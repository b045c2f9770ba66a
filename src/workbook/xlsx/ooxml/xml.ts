/** Small helpers for editing the XML parts of an OOXML package as text. */

/** A package whose parts are not laid out the way Kaoping can edit (a part missing, an element absent). */
export class PackageError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'PackageError';
  }
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (m, e: string) => {
    switch (e) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'amp':
        return '&';
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The namespace prefix of the root element, with its colon ('' for the default namespace, or 'x:'). */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>]`).exec(xml);
  if (!m) throw new PackageError(`no <${local}> element`);
  return m[1] ?? '';
}

/** An attribute of an element's start tag, unescaped. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[2] ?? m[3] ?? '');
}

/** Every start (or empty) tag of an element, in document order. */
export function startTags(xml: string, qname: string): string[] {
  return xml.match(new RegExp(`<${qname}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** Inserts `content` just before the closing tag of `qname`; throws when there is none. */
export function insertBeforeClose(xml: string, qname: string, content: string): string {
  const close = `</${qname}>`;
  const at = xml.lastIndexOf(close);
  if (at < 0) throw new PackageError(`no ${close}`);
  return xml.slice(0, at) + content + xml.slice(at);
}

/** The regex-safe form of a literal. */
export function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
