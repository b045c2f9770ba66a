/** The result sheets as grids with format hints: what to write, not how (contract section 5). */
import type { WorkbookInput } from './cells';
import { makeFinding, messages } from './findings';
import { flagStyle, flagText, label, severityText, SHEET_NAMES } from './labels';
import { word } from './labels-notice';
import { compareLayout } from './report-compare';
import { BLANK, fitsLandscape, fitWidths, n, rowHeightsFor, t, type Row } from './report-cells';
import { noticeLayout } from './report-notices';
import { payRows } from './report-pay';
import { rectificationRows } from './report-rectification';
import { trendRows } from './report-trends';
import { rankingLayout } from './report-rankings';
import { assessmentTitle } from './report-title';
import { extraSettingsOf } from './settings-extra';
import { matchKey } from './text';
import type { Assessment, Finding, Lang, Report, ReportKey, ReportSheet, Severity } from './types';

export interface ReportOptions {
  /** The date printed on the posted ranking (yyyy-mm-dd); today when not given. */
  readonly date?: string;
  /**
   * Replace result sheets the clerk has edited (an explicit choice: the pane's 替换, the command
   * line's --replace-edited) rather than write beside them.
   */
  readonly replaceEdited?: boolean;
}

function today(): string {
  const d = new Date();
  const two = (x: number): string => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Lays out the four result sheets. Names taken by a clerk's own sheets are avoided (with a finding). */
export function buildReport(a: Assessment, input: WorkbookInput, lang: Lang, options: ReportOptions = {}): Report {
  const keys: ReportKey[] = ['totals', 'rankings', 'deductions', ...(a.compare ? (['compare'] as const) : []), 'checks', 'trends'];
  if (a.pay) keys.push('pay');
  if (a.rectification) keys.push('rectification');
  const { names, renamed, overwrite } = chooseNames(input, lang, keys, options.replaceEdited === true);
  const fmt = a.settings.decimals === 0 ? '0' : `0.${'0'.repeat(a.settings.decimals)}`;
  const table = (key: ReportKey, rows: Row[], widths = fitWidths(rows, a.settings.decimals)): ReportSheet => ({
    key,
    name: names[key] ?? SHEET_NAMES[lang][key],
    rows,
    widths,
    rowHeights: rowHeightsFor(rows, widths),
    freezeRows: 1,
    printTitleRows: [1, 1],
    pageBreaksBefore: [],
    landscape: true,
    centerHorizontally: true,
    numberFormat: fmt,
  });
  const notice = (key: ReportKey, layout: { rows: Row[]; widths: number[]; breaks: number[]; rowHeights?: number[] }): ReportSheet => ({
    key,
    name: names[key] ?? SHEET_NAMES[lang][key],
    rows: layout.rows,
    widths: layout.widths,
    rowHeights: layout.rowHeights ?? rowHeightsFor(layout.rows, layout.widths),
    freezeRows: 0,
    printTitleRows: [0, 0],
    pageBreaksBefore: layout.breaks,
    landscape: false,
    centerHorizontally: true,
    numberFormat: fmt,
  });
  const title = assessmentTitle(a, input);
  const extra = extraSettingsOf(input, a.roles.find((r) => r.role === 'settings')?.sheets[0]);
  const checkRowsOut = checkRows([...a.findings, ...renamed], lang);
  const checkWidths = fitWidths(checkRowsOut, a.settings.decimals);
  checkWidths[CHECK_MESSAGE_COLUMN] = Math.max(checkWidths[CHECK_MESSAGE_COLUMN] ?? 0, 60);
  const checks = table('checks', checkRowsOut, checkWidths);
  const totals = table('totals', totalsRows(a, lang));
  // Too wide to fit a landscape page at a readable size: across pages, period, zone and unit on each.
  // Its pages' columns are cut where they fall, so they are not centred: each would sit elsewhere.
  const wide = fitsLandscape(totals.widths) ? {} : { fitToWidth: false, printTitleColumns: 3, centerHorizontally: false };
  const trends = trendRows(a, lang, a.settings.decimals);
  // Laid out on pages by the engine: each block with its own header, no print titles over other blocks.
  const paged = (key: ReportKey, layout: { rows: Row[]; widths: number[]; breaks: number[]; rowHeights?: number[] }): ReportSheet => ({
    ...table(key, layout.rows, layout.widths),
    ...(layout.rowHeights ? { rowHeights: layout.rowHeights } : {}),
    printTitleRows: [0, 0],
    pageBreaksBefore: layout.breaks,
  });
  const decimals = a.settings.decimals;
  return {
    sheets: [
      { ...totals, ...wide },
      notice('rankings', rankingLayout(a, lang, { title, date: options.date ?? today(), issuedBy: extra.issuedBy, noticePeriod: extra.noticePeriod })),
      notice('deductions', noticeLayout(a, lang, title)),
      ...(a.compare ? [paged('compare', compareLayout(a, lang, decimals))] : []),
      checks,
      // At 100%: the charts' text keeps its size on paper, and the rows' pages are the ones laid out.
      { ...paged('trends', trends), fitToWidth: false, charts: trends.charts },
      ...(a.pay ? [{ ...paged('pay', payRows(a, a.pay, lang, decimals)), freezeRows: 0, moneyFormat: moneyFormat(a.pay.moneyDecimals) }] : []),
      ...(a.rectification ? [{ ...paged('rectification', rectificationRows(a.rectification, lang, decimals)), freezeRows: 0 }] : []),
    ],
    renamed,
    overwrite,
    retired: (['compare', 'pay', 'rectification'] as const).filter((k) => !keys.includes(k)),
  };
}

function moneyFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/**
 * Each result sheet's name: the wanted one unless a clerk's own sheet has it (then the first free
 * `name (2)`, with a finding). A result sheet of Kaoping's the clerk has edited keeps its name too,
 * named as edited, unless the clerk chose to replace it: then the results go there (`overwrite`).
 */
function chooseNames(
  input: WorkbookInput,
  lang: Lang,
  keys: readonly ReportKey[],
  replaceEdited: boolean,
): { names: Partial<Record<ReportKey, string>>; renamed: Finding[]; overwrite: string[] } {
  const edited = new Map(input.sheets.filter((s) => !s.owned && s.edited).map((s) => [matchKey(s.name), s.name]));
  const taken = new Set(input.sheets.filter((s) => !s.owned && !(replaceEdited && s.edited)).map((s) => matchKey(s.name)));
  const used = new Set<string>();
  const renamed: Finding[] = [];
  const overwrite: string[] = [];
  const names: Partial<Record<ReportKey, string>> = {};
  for (const key of keys) {
    const wanted = SHEET_NAMES[lang][key];
    let name = wanted;
    for (let i = 2; taken.has(matchKey(name)) || used.has(matchKey(name)); i++) name = `${wanted} (${i})`;
    const hand = edited.get(matchKey(wanted));
    if (name !== wanted) {
      renamed.push(
        hand !== undefined
          ? makeFinding('EDITED_RESULT', hand, '', messages.editedResult(hand, name))
          : makeFinding('OUTPUT_NAME_TAKEN', wanted, '', messages.outputNameTaken(wanted, name)),
      );
    } else if (hand !== undefined) {
      overwrite.push(hand);
      renamed.push(makeFinding('EDITED_REPLACED', hand, '', messages.editedReplaced(hand)));
    }
    used.add(matchKey(name));
    names[key] = name;
  }
  return { names, renamed, overwrite };
}

function header(lang: Lang, keys: Parameters<typeof label>[1][]): Row {
  return keys.map((k) => t(label(lang, k), 'header'));
}

function totalsRows(a: Assessment, lang: Lang): Row[] {
  const withK = a.units.some((u) => u.hasCoefficient);
  const head: Row = [
    ...header(lang, ['period', 'zone', 'unit']),
    ...a.categories.map((c) => t(`${c.name} (${+c.cap.toFixed(6)})`, 'header')),
    ...header(lang, ['base', 'bonus', 'total']),
    ...(withK ? header(lang, ['coefficient', 'rankScore']) : []),
    ...header(lang, ['vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag']),
  ];
  const rows: Row[] = [head];
  const tail = (r: { coefficient: number; rankScore: number; vetoed: boolean; passed: boolean; rankInZone: number; rankOverall: number; flag: Assessment['results'][number]['flag'] }): Row => [
    ...(withK ? [n(r.coefficient), n(r.rankScore)] : []),
    r.vetoed ? t(word(lang, 'vetoedWord'), 'vetoed') : BLANK,
    r.passed ? t(label(lang, 'pass')) : t(label(lang, 'fail'), 'failed'),
    n(r.rankInZone, 'integer'),
    n(r.rankOverall, 'integer'),
    r.flag ? t(flagText(lang, r.flag), flagStyle(r.flag)) : BLANK,
  ];
  for (const r of a.results) {
    rows.push([t(r.period), t(r.zone), t(r.unit), ...a.categories.map((c) => n(r.categories[c.name] ?? 0)), n(r.base), n(r.bonus), n(r.total), ...tail(r)]);
  }
  for (const r of a.composite) {
    rows.push([t(label(lang, 'composite')), t(r.zone), t(r.unit), ...a.categories.map(() => BLANK), BLANK, BLANK, n(r.total), ...tail(r)]);
  }
  return rows;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The message column of the checks sheet, wrapped at a readable width. */
const CHECK_MESSAGE_COLUMN = 6;

/** Findings by severity, each cell a link to where the finding stands. */
function checkRows(findings: readonly Finding[], lang: Lang): Row[] {
  const rows: Row[] = [header(lang, ['severity', 'code', 'sheet', 'cell', 'unit', 'id', 'message'])];
  const sorted = findings.map((f, i) => ({ f, i })).sort((x, y) => SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i);
  for (const { f } of sorted) {
    const cell = f.sheet !== '' && f.cell !== '' ? { ...t(f.cell, 'link'), link: { sheet: f.sheet, cell: f.cell } } : t(f.cell);
    rows.push([t(severityText(lang, f.severity), f.severity), t(f.code), t(f.sheet), cell, f.unit ? t(f.unit) : BLANK, f.item ? t(f.item) : BLANK, t(f.message[lang], 'wrap')]);
  }
  if (findings.length === 0) rows.push([t(label(lang, 'noFindings'))]);
  return rows;
}
