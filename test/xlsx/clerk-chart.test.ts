/**
 * A clerk's dashboard (a sheet of formulas and a bar chart on 结果-总分 and 结果-对照, saved as Excel
 * saves it, placed last or first) lives through two recalculations by `kaoping recalc`'s own path,
 * with a deduction corrected in between: its parts keep their bytes, the chart's ranges still hold
 * the units and their totals, and LibreOffice shows the new totals in the formulas and the chart,
 * not the values cached at saving. Then the compare source goes, 结果-对照 is retired, and the package
 * stays whole. All four workbooks go to PDF in one soffice call; CI has LibreOffice and poppler-utils
 * (elsewhere set KAOPING_SKIP_LIBREOFFICE=1).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import { recalcBytes, type RecalcRun } from '../../src/cli/pipeline';
import { Progress } from '../../src/cli/progress';
import type { ReportSheet } from '../../src/engine/types';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { addClerkDashboard, CHART_TITLE, clerkParts, CLERK_SHEET, COMPARE_LABEL, copySheets, dropRows, editNumber, LAST_LABEL, LOCAL_NAME, OFF_PAGE_NOTE, refs, SUM_LABEL, type ChartSource, type Layout } from './clerk-chart/fixture';
import { opcProblems, part, partsOf } from './corpus/opc';
import { chartPixels, orangePixels, pdfPages } from './pdf';
import { convertAll, describeInLibreOffice } from './soffice';

jest.setTimeout(240_000);

const quiet = new Progress({ out: () => undefined, err: () => undefined, env: {}, cwd: '/' }, 'zh', true);

/** `kaoping recalc`'s own recalculation over the bytes. */
async function recalc(bytes: Uint8Array): Promise<RecalcRun & { output: Buffer; report: NonNullable<RecalcRun['report']> }> {
  const run = await recalcBytes(bytes, 'dash.xlsx', 'zh', {}, quiet);
  if (!run.output || !run.report) throw new Error('the workbook was not scored');
  return { ...run, output: run.output, report: run.report };
}

const letter = (col: number): string => (col < 26 ? '' : letter(Math.floor(col / 26) - 1)) + String.fromCharCode(65 + (col % 26));

function sheetOf(run: { report: { sheets: readonly ReportSheet[] } }, key: ReportSheet['key']): ReportSheet {
  const s = run.report.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no ${key} sheet`);
  return s;
}

/** The units of the first period on 结果-总分, where the clerk's chart points, and their totals. */
function firstPeriod(totals: ReportSheet): { unitCol: number; totalCol: number; rows: number[] } {
  const head = totals.rows[0].map((c) => c.value);
  const period = totals.rows[1][0].value;
  const rows = totals.rows.map((r, i) => i).filter((i) => i > 0 && totals.rows[i][0].value === period);
  return { unitCol: head.indexOf('单位'), totalCol: head.indexOf('总分'), rows };
}

/** Every part of the package that has no content type (neither an Override nor a Default for its extension). */
function untyped(parts: ReadonlyMap<string, Buffer>): string[] {
  const types = part(parts, '[Content_Types].xml')!.toString('utf8');
  const over = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1].replace(/^\//, '').toLowerCase()));
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  return [...parts.keys()].filter((n) => n !== '[Content_Types].xml' && !over.has(n.toLowerCase()) && !defaults.has(n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
}

/** The clerk's sheet in the workbook part: its position, and the target of its relationship. */
function clerkSheet(parts: ReadonlyMap<string, Buffer>): { index: number; target: string | undefined } {
  const book = part(parts, 'xl/workbook.xml')!.toString('utf8');
  const tags = book.match(/<sheet [^>]*\/>/g) ?? [];
  const index = tags.findIndex((t) => t.includes(`name="${CLERK_SHEET}"`));
  const id = /r:id="([^"]+)"/.exec(tags[index] ?? '')?.[1];
  const rels = part(parts, 'xl/_rels/workbook.xml.rels')!.toString('utf8');
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0];
  return { index, target: rel && /Target="([^"]+)"/.exec(rel)?.[1] };
}

type Run = Awaited<ReturnType<typeof recalc>>;

interface Runs {
  readonly src: ChartSource;
  /** Where on 结果-对照 the clerk's third formula points (0-based). */
  readonly compareAt: { row: number; col: number };
  readonly fixture: Buffer;
  /** The deduction halved, and the row of its unit among those plotted. */
  readonly edited: { was: number; unitRow: number };
  readonly second: Run;
  readonly third: Run;
  readonly retired: Run;
  /** Then the compare source back as it was: 结果-对照 written again. */
  readonly restored: Run;
}

/** The first period's units, where the clerk's chart points, and their totals as the engine has them. */
function engineTotals(run: Run, src: ChartSource): number[] {
  const period = String(sheetOf(run, 'totals').rows[1][0].value);
  return src.units.map((u) => {
    const r = run.assessment.results.find((x) => x.period === period && x.unit === u);
    if (!r) throw new Error(`no total for ${u} in ${period}`);
    return r.total;
  });
}

async function dashboardRuns(layout: Layout): Promise<Runs> {
  const first = await recalc(await sampleToXlsx(sampleByKey('quarterly')!));
  const totals = sheetOf(first, 'totals');
  const { unitCol, totalCol, rows } = firstPeriod(totals);
  const compare = sheetOf(first, 'compare');
  const cRow = compare.rows.findIndex((r) => r.some((c) => typeof c.value === 'number'));
  const cCol = compare.rows[cRow].findIndex((c) => typeof c.value === 'number');
  const src: ChartSource = {
    unitCol: letter(unitCol),
    totalCol: letter(totalCol),
    firstRow: rows[0] + 1,
    lastRow: rows[rows.length - 1] + 1,
    units: rows.map((i) => String(totals.rows[i][unitCol].value)),
    totals: rows.map((i) => Number(totals.rows[i][totalCol].value)),
    compareRef: `'${compare.name}'!${letter(cCol)}${cRow + 1}`,
    compareValue: Number(compare.rows[cRow][cCol].value),
    compareCol: letter(compare.rows[0].findIndex((c) => c.value === '对照得分')),
    compareValues: rows.map((i) => Number(compare.rows[i][compare.rows[0].findIndex((c) => c.value === '对照得分')].value)),
  };
  // The chart's second series reads the self-check totals on the same rows, unit for unit.
  expect(rows.map((i) => compare.rows[i][compare.rows[0].findIndex((c) => c.value === '单位')].value)).toEqual(src.units);
  const fixture = await addClerkDashboard(first.output, src, layout);
  // The clerk halves the first deduction of the log (a correction) and saves: the dashboard's
  // cached values are now out of date.
  const edit = await editNumber(fixture, '扣分记录', 'D2', (v) => v / 2);
  const second = await recalc(edit.bytes);
  const third = await recalc(second.output);
  const entry = third.input.sheets.find((s) => s.name === '扣分记录')?.rows[1];
  // Then the compare source goes (its entries and its row in the sources sheet): 结果-对照 is retired.
  const noSelfChecks = await dropRows(third.output, '扣分记录', (texts) => texts.includes('自查'));
  const retired = await recalc(await dropRows(noSelfChecks, '来源设置', (texts) => texts.includes('自查')));
  const restored = await recalc(await copySheets(third.output, retired.output, ['扣分记录', '来源设置']));
  return { src, compareAt: { row: cRow, col: cCol }, fixture, edited: { was: edit.was, unitRow: src.units.indexOf(String(entry?.[1]?.value)) }, second, third, retired, restored };
}

/** The workbook after two recalculations, after 结果-对照 was retired, and after it came back. */
type Stage = 'dash' | 'retired' | 'restored';

/** Each layout's runs, once its tests have asked, for the one LibreOffice call at the end. */
const done = new Map<Layout, Runs>();
const LAYOUTS: readonly Layout[] = ['last', 'first'];

describe.each(LAYOUTS)('a clerk’s dashboard on 结果-总分 (placed %s), recalculated twice by kaoping recalc', (layout) => {
  let runs: Runs | undefined;
  beforeAll(async () => {
    runs = await dashboardRuns(layout);
    done.set(layout, runs);
  });
  const get = (): Runs => {
    if (!runs) throw new Error('the dashboard was not recalculated');
    return runs;
  };
  const outputs = () => [get().second.output, get().third.output, get().retired.output, get().restored.output];
  const parts = clerkParts(layout);

  it('retires 结果-对照 once the compare source goes, and only it, and writes it again when it is back', () => {
    const name = sheetOf(get().third, 'compare').name;
    expect(get().retired.outcome?.removed).toEqual([name]);
    expect(get().retired.outcome?.written).not.toContain(name);
    expect(get().restored.outcome?.written).toContain(name);
    expect(get().restored.outcome?.removed).toEqual([]);
  });

  it('keeps the clerk’s sheet, drawing, chart and their relationships byte for byte', async () => {
    const before = await partsOf(get().fixture);
    for (const out of outputs()) {
      const after = await partsOf(out);
      for (const p of Object.values(parts)) expect([p, part(after, p)?.equals(part(before, p)!)]).toEqual([p, true]);
    }
  });

  it('keeps the package whole: every relationship resolves, every part has its content type', async () => {
    for (const out of outputs()) {
      const all = await partsOf(out);
      expect(opcProblems(all)).toEqual([]);
      expect(untyped(all)).toEqual([]);
      const types = part(all, '[Content_Types].xml')!.toString('utf8');
      expect(types).toContain(`PartName="/${parts.chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
      expect(types).toContain(`PartName="/${parts.drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`);
    }
  });

  it('keeps the clerk’s sheet listed, its print area on it and its name for the totals', async () => {
    const before = clerkSheet(await partsOf(get().fixture));
    // 结果-对照 stands before the dashboard placed last: its going moves the dashboard one place up,
    // and its coming back, among the result sheets, moves it back.
    const shift = layout === 'last' ? 1 : 0;
    for (const [out, moved] of [
      [get().second.output, 0],
      [get().third.output, 0],
      [get().retired.output, shift],
      [get().restored.output, 0],
    ] as const) {
      const all = await partsOf(out);
      const now = clerkSheet(all);
      expect(now).toEqual({ index: before.index - moved, target: before.target });
      const book = part(all, 'xl/workbook.xml')!.toString('utf8');
      expect(book).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${now.index}">'${CLERK_SHEET}'!$A$1:$M$21</definedName>`);
      expect(book).toContain(`<definedName name="一季度总分">${refs(get().src).val.replace(/'/g, '&apos;')}</definedName>`);
      expect(book).toContain(`<definedName name="${LOCAL_NAME}" localSheetId="${now.index}">'${CLERK_SHEET}'!$B$2</definedName>`);
      // The tab the clerk saved on is still the one open.
      expect(/<workbookView [^>]*activeTab="(\d+)"/.exec(book)?.[1]).toBe(String(now.index));
      // Every name local to a sheet (print titles, the print area) sits on the sheet it names.
      const sheets = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      const local = [...book.matchAll(/<definedName [^>]*localSheetId="(\d+)"[^>]*>(?:'|&apos;)([^'&]+)(?:'|&apos;)!/g)];
      expect(local.length).toBe((book.match(/localSheetId=/g) ?? []).length);
      for (const m of local) expect([m[2], sheets[Number(m[1])]]).toEqual([m[2], m[2]]);
    }
  });

  it('brings 结果-对照 back among the result sheets, in the report’s order, the dashboard where it was', async () => {
    const tabs = async (out: Buffer): Promise<string[]> =>
      [...part(await partsOf(out), 'xl/workbook.xml')!.toString('utf8').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const before = await tabs(get().third.output);
    const retired = await tabs(get().retired.output);
    const after = await tabs(get().restored.output);
    const results = get().restored.report.sheets.map((s) => s.name);
    const compare = sheetOf(get().restored, 'compare').name;
    expect(retired).toEqual(before.filter((n) => n !== compare));
    expect(after).toEqual(before);
    // Between 结果-扣分明细 and 结果-校验, and the result sheets side by side in the report's order.
    const at = after.indexOf(compare);
    expect([after[at - 1], after[at + 1]]).toEqual([sheetOf(get().restored, 'deductions').name, sheetOf(get().restored, 'checks').name]);
    const first = after.indexOf(results[0]);
    expect(after.slice(first, first + results.length)).toEqual(results);
    // Placed last, the dashboard follows the result sheets (and the hidden _kaoping after them).
    expect(after.indexOf(CLERK_SHEET)).toBe(layout === 'last' ? after.length - 1 : 0);
  });

  it('leaves the chart naming 结果-总分, whose named rows still hold the units and their new totals', async () => {
    const { src, third, edited } = get();
    const chart = part(await partsOf(third.output), parts.chart)!.toString('utf8');
    const formulas = [...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    const r = refs(src);
    expect(formulas).toEqual([r.name, r.cat, r.val, r.cmpName, r.cat, r.cmpVal]);

    const totals = sheetOf(third, 'totals');
    const { unitCol, totalCol, rows } = firstPeriod(totals);
    expect([letter(unitCol), letter(totalCol), rows[0] + 1, rows[rows.length - 1] + 1]).toEqual([src.unitCol, src.totalCol, src.firstRow, src.lastRow]);
    const engine = engineTotals(third, src);
    expect(rows.map((i) => totals.rows[i][unitCol].value)).toEqual(src.units);
    expect(rows.map((i) => totals.rows[i][totalCol].value)).toEqual(engine);
    // The correction moved the corrected unit's total off the value the chart cached.
    expect(edited.unitRow).toBeGreaterThanOrEqual(0);
    expect(engine[edited.unitRow]).toBeCloseTo(src.totals[edited.unitRow] + edited.was / 2, 6);
  });

  it('gives Kaoping’s own trends charts names of their own, beside the clerk’s', async () => {
    const all = await partsOf(get().third.output);
    const charts = [...all.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toContain(parts.chart);
    expect(charts).toHaveLength(1 + (sheetOf(get().third, 'trends').charts?.length ?? 0));
  });

  it('marks the workbook to be calculated on opening, so the clerk’s cached values are never shown stale', async () => {
    for (const out of outputs()) {
      const book = part(await partsOf(out), 'xl/workbook.xml')!.toString('utf8');
      expect(book).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    }
  });
});

describeInLibreOffice('the dashboards in LibreOffice', (lo) => {
  it('shows the new totals in the clerk’s formulas and chart, and nothing where 结果-对照 was', () => {
    const { soffice, dir } = lo();
    expect([...done.keys()]).toEqual(LAYOUTS);
    // Each start of LibreOffice costs seconds: the retired and restored sheets of one layout are enough.
    const printed = (layout: Layout): readonly Stage[] => (layout === 'last' ? ['dash', 'retired', 'restored'] : ['dash']);
    const files: string[] = [];
    for (const [layout, r] of done) {
      for (const name of printed(layout)) {
        const file = path.join(dir, `${name}-${layout}.xlsx`);
        fs.writeFileSync(file, { dash: r.third, retired: r.retired, restored: r.restored }[name].output);
        files.push(file);
      }
    }
    // As Excel does for a workbook marked fullCalcOnLoad (LibreOffice heeds only its own setting).
    convertAll(soffice, files, 'pdf', dir, { recalculate: true });

    for (const [layout, { src, third, edited, compareAt }] of done) {
      const totals = engineTotals(third, src);
      const sum = totals.reduce((a, b) => a + b, 0);
      const compareNow = sheetOf(third, 'compare').rows[compareAt.row][compareAt.col].value;
      // Nothing stale: the sum shown is not the one cached before the correction, and the corrected
      // unit's total, shown only by the chart's labels, is not its cached one.
      expect(sum).not.toBeCloseTo(src.totals.reduce((a, b) => a + b, 0), 6);
      expect(edited.unitRow).not.toBe(totals.length - 1);
      expect(totals[edited.unitRow]).not.toBe(src.totals[edited.unitRow]);

      for (const name of printed(layout)) {
        const which = `${name}-${layout}`;
        const page = pdfPages(path.join(dir, `${which}.pdf`)).find((p) => p.text.includes(SUM_LABEL));
        expect([which, page !== undefined]).toEqual([which, true]);
        // The dashboard's print area holds: the note below it is on no page.
        expect([which, pdfPages(path.join(dir, `${which}.pdf`)).filter((p) => p.text.includes(OFF_PAGE_NOTE)).length]).toEqual([which, 0]);
        const tokens = page!.text.split(/\s+/);
        const after = (label: string) => tokens[tokens.indexOf(label) + 1];
        expect([which, Number(after(SUM_LABEL))]).toEqual([which, expect.closeTo(sum, 6)]);
        expect([which, Number(after(LAST_LABEL))]).toEqual([which, expect.closeTo(totals[totals.length - 1], 6)]);
        // Chart titles are not cell text: only a drawn chart puts one on the page. Its data labels
        // show the corrected unit's new total, read from 结果-总分, not the cache saved with the chart.
        expect([which, page!.text.replace(/\s+/g, '')]).toEqual([which, expect.stringContaining(CHART_TITLE)]);
        expect([which, tokens.some((t) => Number(t) === totals[edited.unitRow])]).toEqual([which, true]);
        const picture = page!.render(dir);
        expect([which, chartPixels(picture) > 300]).toEqual([which, true]);
        // The self-check series (orange) reads 结果-对照: drawn while it is there, left out once it goes.
        const there = name !== 'retired';
        expect([which, orangePixels(picture) > 300]).toEqual([which, there]);
        // 结果-对照 gone: LibreOffice shows #NAME? for the sheet it cannot find (Excel, #REF!).
        expect([which, after(COMPARE_LABEL)]).toEqual([which, there ? expect.stringMatching(/^[\d.]+$/) : '#NAME?']);
        if (there) expect([which, Number(after(COMPARE_LABEL))]).toEqual([which, expect.closeTo(Number(compareNow), 6)]);
      }
    }
  });
});
