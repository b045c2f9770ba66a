/** The workbook part: its sheet list, new sheets, and the print-titles names of sheets. */
import { columnLetters } from '../../../engine/cells';
import { isRel, resolveTarget, STRICT, TRANSITIONAL, type Dialect, type Rel } from './package';
import { attr, escapeAttr, escapeText, insertBeforeClose, literal, PackageError, rootPrefix, startTags } from './xml';

export interface BookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The sheet's part in the zip, when it is a worksheet reached by a relationship. */
  readonly path: string | undefined;
  /** 0-based position among the workbook's sheets (what localSheetId counts). */
  readonly index: number;
}

function rootTag(book: string, p: string): string {
  const start = book.indexOf(`<${p}workbook`);
  return book.slice(start, book.indexOf('>', start) + 1);
}

/** The prefix the workbook part binds to the relationships namespace (usually r, in either dialect), if any. */
function relPrefix(book: string, p: string): string | undefined {
  const ns = `(?:${literal(TRANSITIONAL.relationships)}|${literal(STRICT.relationships)})`;
  const m = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${ns}["']`).exec(rootTag(book, p));
  return m?.[1];
}

export function listSheets(book: string, bookPath: string, rels: readonly Rel[]): BookSheet[] {
  const p = rootPrefix(book, 'workbook');
  const r = relPrefix(book, p) ?? 'r';
  return startTags(book, `${p}sheet`).map((t, index) => {
    const relId = attr(t, `${r}:id`) ?? '';
    const rel = rels.find((r) => r.id === relId);
    return {
      name: attr(t, 'name') ?? '',
      sheetId: Number(attr(t, 'sheetId') ?? 0),
      relId,
      path: rel && isRel(rel.type, 'worksheet') && !rel.external ? resolveTarget(bookPath, rel.target) : undefined,
      index,
    };
  });
}

/**
 * Adds a sheet to the workbook's sheet list: before the sheet now at `at` (0-based), or last when `at`
 * is left out or past the end. Everything that counts sheets by position follows the sheets that
 * move up: each defined name's localSheetId (print areas, print titles, a clerk's sheet-local names)
 * and the window's activeTab and firstSheet (ECMA-376 Part 1 §18.2.5, §18.2.30), so every name stays
 * on its sheet and the clerk's active tab stays the one it was.
 */
export function addSheet(book: string, name: string, sheetId: number, relId: string, veryHidden: boolean, dialect: Dialect = TRANSITIONAL, at?: number): string {
  const p = rootPrefix(book, 'workbook');
  let out = book;
  let r = relPrefix(book, p);
  if (r === undefined) {
    // Declare the relationships namespace on the root, as r: the prefix every reader expects.
    if (/\sxmlns:r\s*=/.test(rootTag(book, p))) throw new PackageError('the workbook part binds the prefix r to another namespace');
    r = 'r';
    const root = rootTag(book, p);
    out = book.replace(root, root.replace(/\s*(\/?)>$/, ` xmlns:r="${dialect.relationships}"$1>`));
  }
  const state = veryHidden ? ' state="veryHidden"' : '';
  const el = `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${state} ${r}:id="${escapeAttr(relId)}"/>`;
  const before = at === undefined ? undefined : sheetTagAt(out, p, at);
  if (before === undefined || at === undefined) return insertBeforeClose(out, `${p}sheets`, el);
  out = out.slice(0, before) + el + out.slice(before);
  return shiftPositions(out, p, at);
}

/** Where the start tag of the sheet at `index` begins in the workbook part, if there is one. */
function sheetTagAt(book: string, p: string, index: number): number | undefined {
  const re = new RegExp(`<${literal(p)}sheet(?=[\\s/>])[^>]*>`, 'g');
  let m: RegExpExecArray | null;
  for (let i = 0; (m = re.exec(book)) !== null; i++) if (i === index) return m.index;
  return undefined;
}

/** Sheets from `from` on moved up by one: their local names and the window's tabs follow them. */
function shiftPositions(book: string, p: string, from: number): string {
  const up = (v: string): string => String(Number(v) >= from ? Number(v) + 1 : Number(v));
  const out = book.replace(definedNamePattern(p), (el) => {
    const id = attr(el, 'localSheetId');
    if (id === undefined || !/^\d+$/.test(id.trim())) return el;
    return el.replace(/(\slocalSheetId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${up(id.trim())}"`);
  });
  return out.replace(new RegExp(`<${literal(p)}workbookView(?=[\\s/>])[^>]*>`, 'g'), (view) =>
    view.replace(/(\s(?:activeTab|firstSheet)\s*=\s*)["'](\d+)["']/g, (_m, lead: string, v: string) => `${lead}"${up(v)}"`),
  );
}

/** Sets the visibility of a listed sheet (a program that re-saved the file may have changed it). */
export function setSheetState(book: string, name: string, state: 'visible' | 'hidden' | 'veryHidden'): string {
  const p = rootPrefix(book, 'workbook');
  const tag = startTags(book, `${p}sheet`).find((t) => attr(t, 'name') === name);
  if (!tag) return book;
  const bare = tag.replace(/\sstate\s*=\s*("[^"]*"|'[^']*')/, '');
  const updated = state === 'visible' ? bare : bare.replace(new RegExp(`^<${literal(p)}sheet`), `<${p}sheet state="${state}"`);
  return book.replace(tag, updated);
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Sets (or clears, with rows undefined) the print titles of the sheet at `index`: the rows repeated at
 * the top of every printed page, a workbook-level name `_xlnm.Print_Titles` local to that sheet.
 */
export function setPrintTitles(book: string, index: number, sheetName: string, rows: readonly [number, number] | undefined, columns = 0): string {
  const p = rootPrefix(book, 'workbook');
  const dn = `${p}definedName`;
  const own = new RegExp(`<${literal(dn)}(?=[\\s>])[^>]*>[^<]*</${literal(dn)}>`, 'g');
  let out = book.replace(own, (el) => {
    const isTitles = attr(el, 'name') === '_xlnm.Print_Titles' && attr(el, 'localSheetId') === String(index);
    return isTitles ? '' : el;
  });
  if (!rows && columns <= 0) return out;
  const refs = [
    ...(columns > 0 ? [`${quoteSheet(sheetName)}!$A:$${columnLetters(columns - 1)}`] : []),
    ...(rows ? [`${quoteSheet(sheetName)}!$${rows[0]}:$${rows[1]}`] : []),
  ];
  const ref = refs.join(',');
  const el = `<${dn} name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(ref)}</${dn}>`;
  out = out.replace(new RegExp(`<(${literal(p)}definedNames)(\\s[^>]*)?/>`), '<$1$2></$1>');
  if (out.includes(`</${p}definedNames>`)) return insertBeforeClose(out, `${p}definedNames`, el);
  const block = `<${p}definedNames>${el}</${p}definedNames>`;
  // definedNames follows sheets, functionGroups and externalReferences, whichever of them there are.
  let at = -1;
  for (const name of ['sheets', 'functionGroups', 'externalReferences']) {
    const m = new RegExp(`</${literal(p + name)}>|<${literal(p + name)}(?=[\\s/])[^>]*/>`).exec(out);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  if (at < 0) throw new PackageError('no sheets in the workbook part');
  out = out.slice(0, at) + block + out.slice(at);
  return out;
}

/** Every <definedName> element of the workbook part (prefix `p`). */
function definedNamePattern(p: string): RegExp {
  const dn = `${p}definedName`;
  return new RegExp(`<${literal(dn)}(?=[\\s>])[^>]*>[^<]*</${literal(dn)}>`, 'g');
}

/**
 * Renames the sheet at `index`; references to it in the names local to it (a print area) follow.
 * Formulas elsewhere that name the sheet are not rewritten.
 */
export function renameSheet(book: string, index: number, from: string, to: string): string {
  const p = rootPrefix(book, 'workbook');
  const tag = startTags(book, `${p}sheet`)[index];
  if (!tag) throw new Error(`no sheet at ${index}`);
  const renamed = tag.replace(/(\sname\s*=\s*)("[^"]*"|'[^']*')/, `$1"${escapeAttr(to)}"`);
  let out = book.replace(tag, renamed);
  const oldRef = escapeText(`${quoteSheet(from)}!`);
  const newRef = escapeText(`${quoteSheet(to)}!`);
  out = out.replace(definedNamePattern(p), (el) => (attr(el, 'localSheetId') === String(index) ? el.split(oldRef).join(newRef) : el));
  return out;
}

/**
 * Removes the sheet at `index` from the sheet list, with the names local to it; later sheets' local
 * names and the window's active and first tabs move down by one. The caller removes the part.
 */
export function removeSheet(book: string, index: number): string {
  const p = rootPrefix(book, 'workbook');
  const tags = startTags(book, `${p}sheet`);
  const tag = tags[index];
  if (!tag) throw new Error(`no sheet at ${index}`);
  const at = book.indexOf(tag);
  let end = at + tag.length;
  if (!tag.endsWith('/>')) {
    const close = book.indexOf(`</${p}sheet>`, end);
    if (close >= 0) end = close + `</${p}sheet>`.length;
  }
  let out = book.slice(0, at) + book.slice(end);
  out = out.replace(definedNamePattern(p), (el) => {
    const id = Number(attr(el, 'localSheetId') ?? NaN);
    if (!Number.isInteger(id)) return el;
    if (id === index) return '';
    return id > index ? el.replace(/(\slocalSheetId\s*=\s*)("[^"]*"|'[^']*')/, `$1"${id - 1}"`) : el;
  });
  const left = tags.filter((_, i) => i !== index);
  const firstVisible = Math.max(0, left.findIndex((t) => !/\sstate\s*=\s*["'](hidden|veryHidden)["']/.test(t)));
  const tab = (v: number): number => (v > index ? v - 1 : v === index || v >= left.length ? firstVisible : v);
  out = out.replace(new RegExp(`<${literal(p)}workbookView(?=[\\s/>])[^>]*>`, 'g'), (view) =>
    view.replace(/(\s(activeTab|firstSheet)\s*=\s*)["'](\d+)["']/g, (_m, lead: string, which: string, v: string) => {
      const n = Number(v);
      return `${lead}"${which === 'firstSheet' ? (n > index ? n - 1 : Math.min(n, Math.max(0, left.length - 1))) : tab(n)}"`;
    }),
  );
  return out;
}

/**
 * Asks the program that opens the workbook to calculate every formula on opening (calcPr
 * fullCalcOnLoad, ECMA-376 Part 1 §18.2.2). The clerk's own formulas on the result sheets keep the
 * values cached when the clerk last saved; Kaoping rewrites the sheets they read but never the
 * clerk's cells, so without this Excel could show yesterday's totals until something is edited.
 */
export function calculateOnLoad(book: string): string {
  const p = rootPrefix(book, 'workbook');
  const calc = new RegExp(`<${literal(p)}calcPr(?=[\\s/>])[^>]*>`).exec(book)?.[0];
  if (calc) {
    const bare = calc.replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '');
    return book.replace(calc, bare.replace(new RegExp(`^<${literal(p)}calcPr`), `<${p}calcPr fullCalcOnLoad="1"`));
  }
  // calcPr follows sheets, functionGroups, externalReferences and definedNames, whichever there are.
  let at = -1;
  for (const name of ['sheets', 'functionGroups', 'externalReferences', 'definedNames']) {
    const m = new RegExp(`</${literal(p + name)}>|<${literal(p + name)}(?=[\\s/])[^>]*/>`).exec(book);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  if (at < 0) throw new PackageError('no sheets in the workbook part');
  return book.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + book.slice(at);
}
