/**
 * Text as the xlsx format stores it. Shared strings are XML, so characters XML 1.0 cannot hold
 * (control characters, CR, lone surrogates) are written with the format's own `_xHHHH_` escape,
 * and a literal `_xHHHH_` in the text is protected by escaping its underscore (`_x005F_`), exactly
 * as Excel does. ExcelJS decodes these escapes when it reads, so text survives a round trip.
 */

const PATTERN = '_x[0-9A-Fa-f]{4}_|[\\u0000-\\u0008\\u000B-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NEEDS_ESCAPE = new RegExp(PATTERN);
const ESCAPES = new RegExp(PATTERN, 'g');

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/** The string to hand to ExcelJS so that Excel (and ExcelJS) read back exactly `text`. */
export function encodeXlsxText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (m) => {
    if (m.length > 1) return '_x005F_' + m.slice(1);
    const code = m.charCodeAt(0);
    // A lone surrogate cannot be stored at all; keep the place with the replacement character.
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    return `_x${hex4(code)}_`;
  });
}
