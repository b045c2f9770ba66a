/**
 * The workbook's styles part, extended with the formats of the result sheets. Existing entries keep
 * their indices (the clerk's sheets point at them); ours are appended.
 */
import type { CellStyle } from '../../../engine/types';
import { LOOKS, VERTICAL, type Look } from '../../shared/looks';
import { TRANSITIONAL, type Dialect } from './package';
import { canonical, listBody, listItems, withRequiredLists } from './style-lists';
import { attr, escapeAttr, insertBeforeClose, literal, PackageError, rootPrefix, startTags } from './xml';

/** Built-in number formats Excel knows by id. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/** The styles part of a package that has none, in the package's form of SpreadsheetML. */
export function minimalStyles(d: Dialect): string {
  return MINIMAL.replace(TRANSITIONAL.main, d.main);
}

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * One list of the styles part (fonts, fills, …): the entries it held, and what we add. An entry equal
 * to one already there (an earlier run's) is that one, so running again adds nothing.
 */
class List {
  readonly added: string[] = [];
  readonly existing: number;
  private readonly index = new Map<string, number>();

  constructor(readonly tag: string, items: readonly string[]) {
    this.existing = items.length;
    items.forEach((xml, i) => {
      const key = canonical(xml);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  add(xml: string): number {
    const key = canonical(xml);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.added.push(xml);
      this.index.set(key, i);
    }
    return i;
  }
}

export class StylesPart {
  private readonly p: string;
  private readonly fonts: List;
  private readonly fills: List;
  private readonly borders: List;
  private readonly xfs: List;
  private readonly formats = new Map<string, number>();
  private readonly newFormats: string[] = [];
  private nextFormatId: number;
  /** The default font's size, name and the like, which our fonts keep. */
  private readonly fontBase: { size: string; rest: string };
  private readonly cache = new Map<string, number>();

  constructor(private xml: string = MINIMAL) {
    this.p = rootPrefix(xml, 'styleSheet');
    this.xml = xml = withRequiredLists(xml, this.p);
    const items = (tag: string, child: string): string[] => listItems(listBody(xml, this.p, tag) ?? '', this.p, child);
    this.fonts = new List('fonts', items('fonts', 'font'));
    this.fills = new List('fills', items('fills', 'fill'));
    this.borders = new List('borders', items('borders', 'border'));
    this.xfs = new List('cellXfs', items('cellXfs', 'xf'));
    let maxId = 163;
    for (const t of startTags(xml, `${this.p}numFmt`)) {
      const id = Number(attr(t, 'numFmtId'));
      const code = attr(t, 'formatCode');
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      if (id > maxId) maxId = id;
    }
    this.nextFormatId = maxId + 1;
    const font = /<(?:\w+:)?font(?=[\s>])[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(xml)?.[1] ?? '';
    // These elements hold attributes only, but some programs close them with an end tag
    // (<sz val="11"></sz>): each start tag is copied as an empty element, never left open.
    const empty = (tag: string) => tag.replace(/\s*\/?>$/, '/>');
    const size = empty(/<(?:\w+:)?sz\s[^>]*>/.exec(font)?.[0] ?? `<${this.p}sz val="11"/>`);
    const rest = (font.match(/<(?:\w+:)?(?:name|family|charset|scheme)\s[^>]*>/g) ?? []).map(empty).join('');
    this.fontBase = { size, rest };
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fontId(look: Look): number {
    if (!look.bold && !look.italic && !look.size && !look.color) return 0;
    const p = this.p;
    const size = look.size ? `<${p}sz val="${look.size}"/>` : this.fontBase.size;
    const color = look.color ? `<${p}color rgb="FF${look.color}"/>` : '';
    return this.fonts.add(`<${p}font>${look.bold ? `<${p}b/>` : ''}${look.italic ? `<${p}i/>` : ''}${size}${color}${this.fontBase.rest}</${p}font>`);
  }

  private fillId(look: Look): number {
    if (!look.fill) return 0;
    const p = this.p;
    return this.fills.add(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${look.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
  }

  private borderId(look: Look): number {
    if (!look.border) return 0;
    const p = this.p;
    const side = (name: string, on: boolean) => (on ? `<${p}${name} style="thin"><${p}color rgb="FF${look.borderColor ?? '000000'}"/></${p}${name}>` : `<${p}${name}/>`);
    const box = look.border === 'box';
    return this.borders.add(`<${p}border>${side('left', box)}${side('right', box)}${side('top', true)}${side('bottom', box)}<${p}diagonal/></${p}border>`);
  }

  /** The cellXfs index for a format hint and number format (a plain cell's too: it is centred up and down in its row). */
  xf(style: CellStyle | undefined, numberFormat: string | undefined): number {
    const key = `${style ?? ''}|${numberFormat ?? ''}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const look = style ? LOOKS[style] : {};
    const numFmtId = numberFormat ? this.formatId(numberFormat) : 0;
    const fontId = this.fontId(look);
    const fillId = this.fillId(look);
    const borderId = this.borderId(look);
    // Every result cell carries an alignment: at least its place in a tall row, centred up and down.
    const p = this.p;
    const horizontal = look.center ? ' horizontal="center"' : look.centerAcross ? ' horizontal="centerContinuous"' : '';
    const align = `<${p}alignment${horizontal} vertical="${VERTICAL}"${look.wrap ? ' wrapText="1"' : ''}/>`;
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1"`;
    const id = this.xfs.add(`<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}>${align}</${p}xf>`);
    this.cache.set(key, id);
    return id;
  }

  /** Puts the new entries into their lists, fixing each list's count. */
  private appendList(xml: string, list: List): string {
    if (list.added.length === 0) return xml;
    const q = literal(this.p + list.tag);
    const total = list.existing + list.added.length;
    const empty = new RegExp(`<${q}(?=[\\s>/])([^>]*?)/>`);
    if (empty.test(xml)) return xml.replace(empty, (_m, a: string) => `<${this.p}${list.tag}${withCount(a, total)}>${list.added.join('')}</${this.p}${list.tag}>`);
    const open = new RegExp(`<${q}(?=[\\s>])([^>]*)>`);
    if (!open.test(xml)) throw new PackageError(`the styles part has no <${list.tag}>`);
    const out = xml.replace(open, (_m, a: string) => `<${this.p}${list.tag}${withCount(a, total)}>`);
    return insertBeforeClose(out, this.p + list.tag, list.added.join(''));
  }

  toXml(): string {
    let xml = this.xml;
    if (this.newFormats.length > 0) {
      const tag = this.p + 'numFmts';
      const n = startTags(xml, `${this.p}numFmt`).length + this.newFormats.length;
      const empty = new RegExp(`<${literal(tag)}(?=[\\s/])([^>]*?)\\s*/>`);
      if (empty.test(xml)) {
        // <numFmts count="0"/>, as some programs write it.
        xml = xml.replace(empty, (_m, a: string) => `<${tag}${withCount(a, n)}>${this.newFormats.join('')}</${tag}>`);
      } else if (new RegExp(`<${literal(tag)}[\\s>]`).test(xml)) {
        xml = xml.replace(new RegExp(`<${literal(tag)}(?=[\\s>])([^>]*)>`), (_m, a: string) => `<${tag}${withCount(a, n)}>`);
        xml = insertBeforeClose(xml, tag, this.newFormats.join(''));
      } else {
        // numFmts is the first child of styleSheet.
        xml = xml.replace(new RegExp(`(<${literal(this.p)}styleSheet(?=[\\s>])[^>]*>)`), `$1<${tag} count="${n}">${this.newFormats.join('')}</${tag}>`);
      }
    }
    for (const list of [this.fonts, this.fills, this.borders, this.xfs]) xml = this.appendList(xml, list);
    this.xml = xml;
    return xml;
  }
}

function withCount(attrs: string, n: number): string {
  return /\scount\s*=/.test(attrs) ? attrs.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${n}"`) : `${attrs} count="${n}"`;
}
