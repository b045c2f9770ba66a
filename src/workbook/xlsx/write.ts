/**
 * Writing the report into the workbook's own package: result sheets are added (or Kaoping's earlier
 * ones replaced in place) and every other part of the file keeps its exact bytes, so a clerk's
 * sheets, charts, pivots and settings are never touched.
 */
import type ExcelJS from 'exceljs';
import type { Sheet } from '../../engine/cells';
import type { Report } from '../../engine/types';
import type { Progress, WriteOutcome } from '../port';
import { MARKER_SHEET } from '../port';
import { entryFor, markerRows, splitEntries, type MarkerEntry, type MarkerSplit } from '../shared/marker';
import { readMarker } from './marker';
import { planOwnership } from '../shared/ownership';
import { placeAt } from '../shared/placement';
import { sheetNameKey } from '../shared/sheet-names';
import { addSheet, calculateOnLoad, listSheets, removeSheet, renameSheet, setPrintTitles, setSheetState, type BookSheet } from './ooxml/book';
import { addOverride, addRel, CONTENT_TYPE, freeRelId, isRel, OoxmlPackage, parseRels, relsPathFor, relType, removeOverride, removeRel, resolveTarget, type Dialect } from './ooxml/package';
import { attachCharts, dropCharts } from './ooxml/chart-parts';
import { gridXml, reportSheetXml, type StringRef } from './ooxml/sheet';
import { emptySharedStrings, SharedStrings } from './ooxml/strings';
import { minimalStyles, StylesPart } from './ooxml/styles';
import { readSheet } from './read';

/**
 * The marker entries whose sheet still holds exactly what Kaoping wrote there (`owned`), and those
 * whose sheet the clerk has edited since (`edited`). `alreadyRead` spares reading a sheet twice when
 * the caller has its grid.
 */
export function ownedEntries(wb: ExcelJS.Workbook, date1904: boolean, alreadyRead?: ReadonlyMap<string, Sheet>): MarkerSplit {
  return splitEntries(
    readMarker(wb),
    (name) => {
      const sheet = alreadyRead?.get(name);
      if (sheet) return sheet.rows;
      const ws = wb.worksheets.find((w) => w.name === name);
      return ws ? readSheet(ws, date1904).sheet.rows : undefined;
    },
    MARKER_SHEET,
  );
}

export class ForeignSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" was not written by Kaoping (or was edited since); it is never replaced`);
    this.name = 'ForeignSheetError';
  }
}

function markerXml(entries: readonly MarkerEntry[], basis: string | undefined, str: StringRef, dialect: Dialect): string {
  return gridXml(
    markerRows(entries, basis).map((r) => r.map((value) => ({ value }))),
    str,
    {},
    dialect,
  );
}

const fold = sheetNameKey;

/** Where new sheets go in the package: fresh part names, sheet ids and relationship ids. */
class Additions {
  private nextSheetId: number;
  private nextPart = 1;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly bookPath: string,
    private readonly dialect: Dialect,
    sheets: readonly BookSheet[],
    public book: string,
    public rels: string,
    public types: string,
  ) {
    this.nextSheetId = sheets.reduce((n, s) => Math.max(n, s.sheetId), 0) + 1;
  }

  /** The sheets' names in tab order, as they stand now. */
  tabs(): BookSheet[] {
    return listSheets(this.book, this.bookPath, parseRels(this.rels));
  }

  /** Adds a sheet before the one now at `at`, or last. */
  add(name: string, xml: string, veryHidden: boolean, at?: number): string {
    const dir = this.bookPath.slice(0, this.bookPath.lastIndexOf('/') + 1);
    while (this.pkg.has(`${dir}worksheets/sheet${this.nextPart}.xml`)) this.nextPart++;
    const path = `${dir}worksheets/sheet${this.nextPart}.xml`;
    this.pkg.put(path, xml);
    const relId = freeRelId(parseRels(this.rels));
    this.rels = addRel(this.rels, relId, relType(this.dialect, 'worksheet'), `worksheets/sheet${this.nextPart}.xml`);
    this.types = addOverride(this.types, path, CONTENT_TYPE.worksheet);
    this.book = addSheet(this.book, name, this.nextSheetId++, relId, veryHidden, this.dialect, at);
    return path;
  }
}

/**
 * Writes the report's sheets and the marker into the package `bytes` and returns the new bytes.
 * `split` tells the marker entries still valid from those the clerk edited (see ownedEntries); an
 * edited sheet is replaced only when the report lists it in `overwrite`, and otherwise stays listed.
 * `basis` is the fingerprint of the inputs, kept on the marker. Throws before changing anything if a
 * report sheet's name is taken by a sheet Kaoping does not own.
 */
export async function writeReportPackage(
  bytes: Uint8Array,
  /** A plain list counts as entries still valid, none edited. */
  split: MarkerSplit | readonly MarkerEntry[],
  report: Report,
  progress?: Progress,
  basis?: string,
): Promise<{ bytes: Buffer; outcome: WriteOutcome }> {
  const overwrite = new Set((report.overwrite ?? []).map(fold));
  const { owned: still, edited } = Array.isArray(split) ? { owned: split as readonly MarkerEntry[], edited: [] } : (split as MarkerSplit);
  const owned = [...still, ...edited.filter((e) => overwrite.has(fold(e.name)))];
  const keptEdits = edited.filter((e) => !overwrite.has(fold(e.name)));
  const pkg = await OoxmlPackage.open(bytes);
  const { path: bookPath, dialect } = await pkg.workbook();
  const bookRelsPath = relsPathFor(bookPath);
  const book = await pkg.required(bookPath);
  const relsXml = await pkg.required(bookRelsPath);
  const rels = parseRels(relsXml);
  const sheets = listSheets(book, bookPath, rels);
  const ownedNames = new Set(owned.map((e) => e.name));
  const mine = (name: string) => sheets.find((s) => s.name === name && ownedNames.has(name) && s.path !== undefined);
  for (const s of report.sheets) {
    const clash = sheets.find((x) => fold(x.name) === fold(s.name));
    if (fold(s.name) === fold(MARKER_SHEET) || (clash && !mine(clash.name))) throw new ForeignSheetError(s.name);
  }

  const stylesRel = rels.find((r) => isRel(r.type, 'styles') && !r.external);
  const stylesPath = stylesRel ? resolveTarget(bookPath, stylesRel.target) : undefined;
  const styles = new StylesPart((stylesPath && (await pkg.text(stylesPath))) || minimalStyles(dialect));
  const stringsRel = rels.find((r) => isRel(r.type, 'sharedStrings') && !r.external);
  const stringsPath = stringsRel ? resolveTarget(bookPath, stringsRel.target) : undefined;
  const strings = new SharedStrings((stringsPath && (await pkg.text(stringsPath))) || emptySharedStrings(dialect));
  const str = (t: string) => strings.ref(t);
  const adds = new Additions(pkg, bookPath, dialect, sheets, book, relsXml, await pkg.required('[Content_Types].xml'));

  const total = report.sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  const replaced: string[] = [];
  const removed: string[] = [];
  const entries: MarkerEntry[] = [];
  const titles: Array<{ name: string; rows: readonly [number, number] | undefined; columns: number }> = [];
  const present = (name: string) => sheets.find((x) => x.name === name && x.path !== undefined);
  const plan = planOwnership(
    report.sheets,
    sheets.filter((x) => x.path !== undefined && ownedNames.has(x.name) && x.name !== MARKER_SHEET).map((x) => ({ name: x.name, key: owned.find((e) => e.name === x.name)?.key ?? '' })),
    report.retired,
  );
  // For each report sheet, the tab that holds it now: the sheet it rewrites, or none until it is added.
  const holders: Array<string | undefined> = plan.takes.map((t) => (t && present(t.name) ? t.name : undefined));
  for (const [i, s] of report.sheets.entries()) {
    const xml = reportSheetXml(s, (style, fmt) => styles.xf(style, fmt), str, dialect);
    const take = plan.takes[i];
    const old = take && present(take.name);
    let path: string;
    if (take && old?.path) {
      path = old.path;
      pkg.put(old.path, xml);
      // Whatever hung off the old sheet (a note someone added, its charts) goes with it.
      adds.types = await dropCharts(pkg, old.path, adds.types);
      pkg.remove(relsPathFor(old.path));
      if (old.name !== s.name) {
        // Sheets added before it in this run may have moved it up: its index as it stands now.
        const at = adds.tabs().findIndex((x) => x.name === old.name);
        adds.book = renameSheet(adds.book, at, old.name, s.name);
      }
      if (take.sameName) replaced.push(s.name);
      else removed.push(old.name);
    } else {
      const tabs = adds.tabs().map((x) => x.name);
      path = adds.add(s.name, xml, false, placeAt(tabs, holders, i));
    }
    holders[i] = s.name;
    if (s.charts && s.charts.length > 0) {
      const withCharts = attachCharts(pkg, path, xml, s, adds.types);
      pkg.put(path, withCharts.xml);
      adds.types = withCharts.types;
    }
    const [first, last] = s.printTitleRows;
    const columns = s.printTitleColumns ?? 0;
    if ((first > 0 && last >= first) || columns > 0) titles.push({ name: s.name, rows: first > 0 && last >= first ? s.printTitleRows : undefined, columns });
    entries.push(entryFor(s));
    done += s.rows.length;
    progress?.('writing', done, total);
  }

  const written = new Set(entries.map((e) => e.name));
  const gone = new Set([...removed, ...plan.removes]);
  const marker = markerXml(
    [...owned.filter((e) => !written.has(e.name) && !gone.has(e.name)), ...keptEdits.filter((e) => !written.has(e.name)), ...entries],
    basis,
    str,
    dialect,
  );
  const oldMarker = sheets.find((x) => x.name === MARKER_SHEET && x.path !== undefined);
  if (oldMarker?.path) pkg.put(oldMarker.path, marker);
  else adds.add(MARKER_SHEET, marker, true);

  // Earlier sheets of Kaoping's that no report sheet took: last first, so the indices stay right.
  // Indices as they stand after the sheets added above.
  const now = adds.tabs();
  const drop = plan.removes.map((name) => now.find((x) => x.name === name)).filter((x): x is BookSheet => x?.path !== undefined);
  for (const x of drop.sort((a, b) => b.index - a.index)) {
    adds.book = removeSheet(adds.book, x.index);
    adds.rels = removeRel(adds.rels, x.relId);
    adds.types = removeOverride(adds.types, x.path ?? '');
    adds.types = await dropCharts(pkg, x.path ?? '', adds.types);
    pkg.remove(x.path ?? '');
    pkg.remove(relsPathFor(x.path ?? ''));
    removed.push(x.name);
  }

  let bookOut = oldMarker ? setSheetState(adds.book, MARKER_SHEET, 'veryHidden') : adds.book;
  const positions = listSheets(bookOut, bookPath, parseRels(adds.rels));
  for (const t of titles) {
    const at = positions.find((x) => x.name === t.name);
    if (at) bookOut = setPrintTitles(bookOut, at.index, t.name, t.rows, t.columns);
  }
  let relsOut = adds.rels;
  let types = adds.types;
  const dir = bookPath.slice(0, bookPath.lastIndexOf('/') + 1);
  /** A part of the workbook that may be missing from a minimal file: put it, linking it if new. */
  const putPart = (path: string | undefined, name: string, xml: string, rel: 'styles' | 'sharedStrings', contentType: string) => {
    if (path) return pkg.put(path, xml);
    pkg.put(dir + name, xml);
    relsOut = addRel(relsOut, freeRelId(parseRels(relsOut)), relType(dialect, rel), name);
    types = addOverride(types, dir + name, contentType);
  };
  putPart(stylesPath, 'styles.xml', styles.toXml(), 'styles', CONTENT_TYPE.styles);
  putPart(stringsPath, 'sharedStrings.xml', strings.toXml(), 'sharedStrings', CONTENT_TYPE.sharedStrings);
  // The clerk's formulas that read the result sheets hold the values of their last save: have them
  // calculated when the workbook is opened.
  pkg.put(bookPath, calculateOnLoad(bookOut));
  pkg.put(bookRelsPath, relsOut);
  pkg.put('[Content_Types].xml', types);
  return { bytes: await pkg.bytes(), outcome: { written: report.sheets.map((s) => s.name), replaced, removed } };
}
