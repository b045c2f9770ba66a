/** The result sheets as grids with format hints: what to write, not how (contract section 5). */
import type { WorkbookInput } from './cells';
import { makeFinding, messages } from './findings';
import {
  blockTitle,
  capNoteText,
  flagStyle,
  flagText,
  KIND_LABEL,
  label,
  severityText,
  SHEET_NAMES,
  subtotalText,
  unitTitle,
} from './labels';
import { compareRows } from './report-compare';
import { payRows } from './report-pay';
import { rectificationRows } from './report-rectification';
import { trendRows } from './report-trends';
import { displayWidth, matchKey, roundHalfAway } from './text';
import type { Assessment, CellStyle, Finding, Lang, Report, ReportCell, ReportKey, ReportSheet, Severity } from './types';

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_TEXT = 32767;

type Row = ReportCell[];

function t(value: string, style?: CellStyle): ReportCell {
  const v = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  return style ? { value: v, style } : { value: v };
}
function n(value: number, style: CellStyle = 'number'): ReportCell {
  return { value, style };
}
const BLANK: ReportCell = { value: null };

/** Lays out the four result sheets. Names taken by a clerk's own sheets are avoided (with a finding). */
export function buildReport(a: Assessment, input: WorkbookInput, lang: Lang): Report {
  const keys: ReportKey[] = ['totals', 'rankings', 'deductions', ...(a.compare ? (['compare'] as const) : []), 'checks', 'trends'];
  if (a.pay) keys.push('pay');
  if (a.rectification) keys.push('rectification');
  const { names, renamed } = chooseNames(input, lang, keys);
  const fmt = a.settings.decimals === 0 ? '0' : `0.${'0'.repeat(a.settings.decimals)}`;
  const sheet = (key: ReportKey, rows: Row[], pageBreaksBefore: number[] = []): ReportSheet => ({
    key,
    name: names[key] ?? SHEET_NAMES[lang][key],
    rows,
    widths: fitWidths(rows, a.settings.decimals),
    freezeRows: 1,
    printTitleRows: [1, 1],
    pageBreaksBefore,
    landscape: true,
    numberFormat: fmt,
  });
  const deductions = deductionRows(a, lang);
  const trends = trendRows(a, lang);
  const pay = a.pay ? payRows(a, a.pay, lang) : undefined;
  return {
    sheets: [
      sheet('totals', totalsRows(a, lang)),
      sheet('rankings', rankingRows(a, lang)),
      sheet('deductions', deductions.rows, deductions.breaks),
      ...(a.compare ? [sheet('compare', compareRows(a, lang))] : []),
      sheet('checks', checkRows([...a.findings, ...renamed], lang)),
      { ...sheet('trends', trends.rows), charts: trends.charts },
      ...(pay ? [{ ...sheet('pay', pay.rows, pay.breaks), moneyFormat: moneyFormat(a.pay!.moneyDecimals) }] : []),
      ...(a.rectification ? [sheet('rectification', rectificationRows(a.rectification, lang))] : []),
    ],
    renamed,
    retired: (['compare', 'pay', 'rectification'] as const).filter((k) => !keys.includes(k)),
  };
}

function moneyFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

function chooseNames(input: WorkbookInput, lang: Lang, keys: readonly ReportKey[]): { names: Partial<Record<ReportKey, string>>; renamed: Finding[] } {
  const taken = new Set(input.sheets.filter((s) => !s.owned).map((s) => matchKey(s.name)));
  const used = new Set<string>();
  const renamed: Finding[] = [];
  const names: Partial<Record<ReportKey, string>> = {};
  for (const key of keys) {
    const wanted = SHEET_NAMES[lang][key];
    let name = wanted;
    for (let i = 2; taken.has(matchKey(name)) || used.has(matchKey(name)); i++) name = `${wanted} (${i})`;
    if (name !== wanted) {
      renamed.push(makeFinding('OUTPUT_NAME_TAKEN', wanted, '', messages.outputNameTaken(wanted, name)));
    }
    used.add(matchKey(name));
    names[key] = name;
  }
  return { names, renamed };
}

function header(lang: Lang, keys: Parameters<typeof label>[1][]): Row {
  return keys.map((k) => t(label(lang, k), 'header'));
}

function yesNo(lang: Lang, b: boolean, style?: CellStyle): ReportCell {
  return t(label(lang, b ? 'yes' : 'no'), b ? style : undefined);
}

function totalsRows(a: Assessment, lang: Lang): Row[] {
  const withK = a.units.some((u) => u.hasCoefficient);
  const head: Row = [
    ...header(lang, ['period', 'zone', 'unit']),
    ...a.categories.map((c) => t(c.name, 'header')),
    ...header(lang, ['base', 'bonus', 'total']),
    ...(withK ? header(lang, ['coefficient', 'rankScore']) : []),
    ...header(lang, ['vetoed', 'passed', 'rankInZone', 'rankOverall', 'flag']),
  ];
  const rows: Row[] = [head];
  const tail = (r: { coefficient: number; rankScore: number; vetoed: boolean; passed: boolean; rankInZone: number; rankOverall: number; flag: Assessment['results'][number]['flag'] }): Row => [
    ...(withK ? [n(r.coefficient), n(r.rankScore)] : []),
    yesNo(lang, r.vetoed, 'vetoed'),
    t(label(lang, r.passed ? 'pass' : 'fail')),
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

function rankingRows(a: Assessment, lang: Lang): Row[] {
  const withK = a.units.some((u) => u.hasCoefficient);
  const rows: Row[] = [header(lang, withK ? ['rank', 'unit', 'total', 'rankScore', 'flag'] : ['rank', 'unit', 'total', 'flag'])];
  const latest = a.periods[a.periods.length - 1];
  const blocks: Array<{ title: string; list: ReadonlyArray<{ unit: string; zone: string; total: number; rankScore: number; rankInZone: number; flag: Assessment['results'][number]['flag'] }> }> = [];
  if (latest !== undefined) blocks.push({ title: latest, list: a.results.filter((r) => r.period === latest) });
  if (a.composite.length > 0) blocks.push({ title: label(lang, 'composite'), list: a.composite });
  const zones = [...new Set(a.units.map((u) => u.zone as string))];
  for (const b of blocks) {
    for (const zone of zones) {
      const members = b.list.filter((r) => r.zone === zone).map((r, i) => ({ r, i }));
      members.sort((x, y) => x.r.rankInZone - y.r.rankInZone || x.i - y.i);
      if (rows.length > 1) rows.push([]);
      rows.push([t(blockTitle(lang, b.title, zone), 'title')]);
      for (const { r } of members) {
        const style = flagStyle(r.flag);
        rows.push([
          n(r.rankInZone, 'integer'),
          t(r.unit, style),
          n(r.total),
          ...(withK ? [n(r.rankScore)] : []),
          r.flag ? t(flagText(lang, r.flag), style) : BLANK,
        ]);
      }
    }
  }
  return rows;
}

function deductionRows(a: Assessment, lang: Lang): { rows: Row[]; breaks: number[] } {
  const d = a.settings.decimals;
  const fmt = (x: number): string => roundHalfAway(x, d).toFixed(d);
  const rows: Row[] = [header(lang, ['period', 'id', 'category', 'item', 'kind', 'recorded', 'counted', 'reason', 'inspector', 'date', 'source'])];
  const breaks: number[] = [];
  const byUnit = new Map<string, Assessment['lines'][number][]>();
  for (const l of a.lines) {
    const list = byUnit.get(l.unit);
    if (list) list.push(l);
    else byUnit.set(l.unit, [l]);
  }
  const resultOf = new Map(a.results.map((r) => [`${r.period}\u0001${r.unit}`, r] as const));
  for (const u of a.units) {
    if (rows.length > 1) {
      rows.push([]);
      breaks.push(rows.length + 1);
    }
    rows.push([t(unitTitle(lang, u.name, u.zone), 'title')]);
    const lines = byUnit.get(u.name) ?? [];
    for (const period of a.periods) {
      const ls = lines.filter((l) => l.period === period);
      let deducted = 0;
      for (const l of ls) {
        rows.push([
          t(l.period), t(l.id), t(l.category), t(l.item), t(KIND_LABEL[lang][l.kind]),
          n(l.recorded), n(l.counted), t(l.reason), t(l.inspector), t(l.date), t(l.source),
        ]);
        if (l.capCut) rows.push([BLANK, BLANK, BLANK, t(capNoteText(lang, l.capCut.by, fmt(l.capCut.points)), 'capNote')]);
        if (l.kind === 'deduct' || l.kind === 'progressive' || l.kind === 'rate') deducted += l.counted;
      }
      if (ls.length === 0) rows.push([t(period), BLANK, BLANK, t(label(lang, 'noEntries'), 'capNote')]);
      const r = resultOf.get(`${period}\u0001${u.name}`);
      if (r) {
        const text = subtotalText(lang, { period, deducted: fmt(deducted), bonus: fmt(r.bonus), total: fmt(r.total), rank: r.rankInZone, vetoed: r.vetoed });
        rows.push([t(period, 'subtotal'), BLANK, BLANK, t(text, 'subtotal'), BLANK, BLANK, n(roundHalfAway(deducted, d), 'subtotal')]);
      }
    }
  }
  return { rows, breaks };
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function checkRows(findings: readonly Finding[], lang: Lang): Row[] {
  const rows: Row[] = [header(lang, ['severity', 'code', 'sheet', 'cell', 'message'])];
  const sorted = findings.map((f, i) => ({ f, i })).sort((x, y) => SEVERITY_ORDER[x.f.severity] - SEVERITY_ORDER[y.f.severity] || x.i - y.i);
  for (const { f } of sorted) {
    rows.push([t(severityText(lang, f.severity), f.severity), t(f.code), t(f.sheet), t(f.cell), t(f.message[lang])]);
  }
  if (findings.length === 0) rows.push([t(label(lang, 'noFindings'))]);
  return rows;
}

/** Column widths fitted to the widest content (CJK counts double), within readable bounds. */
function fitWidths(rows: readonly Row[], decimals: number): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((c, i) => {
      if (c.value === null || c.style === 'title' || c.style === 'capNote' || (c.style === 'subtotal' && typeof c.value === 'string' && i > 0)) return;
      const text = typeof c.value === 'number' ? (c.style === 'integer' ? String(c.value) : c.value.toFixed(decimals)) : c.value;
      const w = Math.min(60, displayWidth(text) + 2);
      if (w > (widths[i] ?? 0)) widths[i] = w;
    });
  }
  for (let i = 0; i < widths.length; i++) widths[i] = Math.max(6, widths[i] ?? 6);
  return widths;
}
