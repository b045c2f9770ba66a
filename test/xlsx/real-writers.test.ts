/**
 * Workbooks that other programs really wrote (test/xlsx/real-writers, made by its generate.py):
 * openpyxl (also with every value a text cell, as a system holding its records as strings exports
 * them), XlsxWriter, pandas, Gnumeric and LibreOffice. Each reads and scores as the sample it
 * holds; each is recalculated twice by `kaoping recalc`'s own function, the second run replacing its
 * own sheets in place and both leaving every part Kaoping does not own byte for byte; LibreOffice
 * opens every result (all in one start).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sampleToInput, type SampleValue } from '../../seeds';
import { assess, buildReport } from '../../src/engine';
import type { WorkbookInput } from '../../src/engine/cells';
import type { Assessment, ReportSheet } from '../../src/engine/types';
import { part, partsChanged, partsOf, partsWritten, relationships, stylesPart, xmlProblems } from './corpus/opc';
import { sheetXml } from './helpers';
import { asPandasFrames, listedFiles, pandasIndex, WRITERS, writtenFiles, type Writer, type WrittenFile } from './real-writers/files';
import { scores } from './recalc-helpers';
import { recalcBytes, type RecalcRun } from '../../src/cli/pipeline';
import { Progress } from '../../src/cli/progress';
import { describeInLibreOffice, totalsReadBack } from './soffice';

jest.setTimeout(300_000);

const FILES = writtenFiles();
const name = (f: WrittenFile) => path.basename(f.file);

type Recalculated = RecalcRun & { readonly output: Buffer; readonly report: NonNullable<RecalcRun['report']> };

interface Run {
  readonly input: Buffer;
  readonly first: Recalculated;
  readonly second: Recalculated;
}

const quiet = new Progress({ out: () => undefined, err: () => undefined, env: {}, cwd: '/' }, 'zh', true);

/** `kaoping recalc`'s own recalculation over the bytes, as the command runs it. */
async function recalcXlsx(bytes: Buffer, file: string): Promise<Recalculated> {
  const run = await recalcBytes(bytes, file, 'zh', {}, quiet);
  if (!run.output || !run.report) throw new Error(`${file} was not scored`);
  return { ...run, output: run.output, report: run.report };
}
const runs = new Map<string, Run>();

const app = (parts: ReadonlyMap<string, Buffer>) => /<Application>([^<]*)<\/Application>/.exec(part(parts, 'docProps/app.xml')?.toString('utf8') ?? '')?.[1];
const sheetOf = (input: WorkbookInput, n: string) => input.sheets.find((sh) => sh.name === n)!;
const plainValue = (v: SampleValue): string | number | null => (typeof v === 'object' && v !== null ? (v.error ?? v.v) : v);

/** What each program's files hold that Excel's own do not, so that a regenerated file keeps testing it. */
const SHAPES: Record<Writer, (f: WrittenFile, parts: ReadonlyMap<string, Buffer>, input: WorkbookInput) => void> = {
  openpyxl: (f, parts, input) => {
    expect(app(parts)).toBe('Microsoft Excel');
    expect(part(parts, 'xl/sharedStrings.xml')).toBeUndefined();
    if (f.sample.key === 'quarterly') {
      // Notes as openpyxl Comments: its own part names and the legacy VML layout.
      expect(part(parts, 'xl/comments/comment1.xml')).toBeDefined();
      expect(part(parts, 'xl/drawings/commentsDrawing1.vml')).toBeDefined();
      // Dates as real date cells (numbers) shown by their format.
      const log = sheetOf(input, '扣分记录');
      const dateCol = log.rows[0]!.findIndex((c) => c?.value === '日期');
      const cell = log.rows[1]![dateCol]!;
      const typed = f.sample.sheets.find((sh) => sh.name === '扣分记录')!.rows[1]![dateCol];
      expect([typeof cell.value, cell.text]).toEqual(['number', typed]);
    } else {
      expect(part(parts, 'xl/tables/table1.xml')).toBeDefined();
      expect(sheetOf(input, '扣分记录').tables?.map((t) => t.name)).toEqual(['扣分记录']);
    }
  },
  'openpyxl-text': (f, parts, input) => {
    expect(app(parts)).toBe('Microsoft Excel');
    // Every value is a text cell: each number of the sample (扣分 2, 次数 1, an id 1.10) is a string here.
    const numbers = f.sample.sheets.flatMap((sh) =>
      sh.rows.flatMap((row, r) => row.flatMap((c, col) => (typeof plainValue(c) === 'number' ? [[sh.name, r, col] as const] : []))),
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const [sheet, r, col] of numbers) {
      const cell = sheetOf(input, sheet).rows[r]?.[col];
      expect([sheet, r, col, typeof cell?.value]).toEqual([sheet, r, col, 'string']);
    }
    expect(input.sheets.flatMap((sh) => sh.rows.flatMap((row) => (row ?? []).filter((c) => typeof c?.value === 'number')))).toEqual([]);
  },
  xlsxwriter: (_, parts, input) => {
    expect(app(parts)).toBe('Microsoft Excel');
    // Its own part names for notes (comments1.xml beside vmlDrawing1.vml) and a table over the log.
    expect(part(parts, 'xl/comments1.xml')).toBeDefined();
    expect(part(parts, 'xl/drawings/vmlDrawing1.vml')).toBeDefined();
    expect(sheetOf(input, '考评记录').tables?.map((t) => t.name)).toEqual(['考评记录']);
  },
  'pandas-index': (_, parts, input) => pandasIndexShape(parts, input),
  'pandas-xlsxwriter': (_, parts, input) => {
    expect(part(parts, 'xl/sharedStrings.xml')).toBeDefined();
    pandasIndexShape(parts, input);
  },
  'pandas-noindex': (_, parts, input) => {
    expect(app(parts)).toBe('Microsoft Excel');
    for (const sh of input.sheets) expect([sh.name, typeof sh.rows[0]?.[0]?.value]).toEqual([sh.name, 'string']);
  },
  gnumeric: (_, parts) => {
    expect(app(parts)).toBe('gnumeric');
    expect(part(parts, 'xl/comments1.xml')).toBeDefined();
  },
  libreoffice: (_, parts) => {
    expect(app(parts)).toMatch(/^LibreOffice\//);
  },
};

/** The index: a blank header cell above the rows' numbers 0 … n-1 (in any order), in pandas's bold bordered header style. */
function pandasIndexShape(parts: ReadonlyMap<string, Buffer>, input: WorkbookInput): void {
  expect(app(parts)).toBe('Microsoft Excel');
  for (const sh of input.sheets) {
    const numbers = sh.rows.slice(1).map((r) => r?.[0]?.value);
    const sorted = [...numbers].sort((a, b) => Number(a) - Number(b));
    expect([sh.name, sh.rows[0]?.[0], sorted]).toEqual([sh.name, undefined, numbers.map((_, i) => i)]);
  }
  expect(stylesPart(parts)!.toString('utf8')).toMatch(/<b\/>|<b val="1"\/>/);
}

function issueCodes(a: Assessment): string[] {
  return a.findings.map((f) => `${f.code} ${f.sheet}`).sort();
}

it('holds the files generate.py lists, one for every program', () => {
  expect(FILES.map(name)).toEqual(listedFiles());
  expect(new Set(FILES.map((f) => f.writer))).toEqual(new Set(WRITERS));
});

describe.each(FILES.map((f) => [name(f), f] as const))('%s', (_, f) => {
  let run: Run | undefined;
  beforeAll(async () => {
    const input = fs.readFileSync(f.file);
    const first = await recalcXlsx(input, name(f));
    const second = await recalcXlsx(first.output, name(f));
    run = { input, first, second };
    runs.set(name(f), run);
  });
  const get = (): Run => {
    if (!run) throw new Error(`${name(f)} was not recalculated`);
    return run;
  };
  const sample = assess(sampleToInput(f.sample));

  it('scores as its sample: the same totals, ranks and flags in every period and the composite', () => {
    const got = scores(get().first.assessment) as { periods: unknown; results: unknown; composite: unknown };
    const want = scores(sample) as typeof got;
    expect([got.periods, got.results, got.composite]).toEqual([want.periods, want.results, want.composite]);
  });

  const index = pandasIndex(f.writer);
  if (index !== undefined) {
    it('finds what the DataFrames hold: every finding of a sample without notes, title lines or formats, at its cell', () => {
      const frames = assess(sampleToInput(asPandasFrames(f, index)));
      expect(scores(get().first.assessment)).toEqual(scores(frames));
    });

    it('adds to the sample’s findings only what the clerk would expect: missing reasons where a note held one, and the row-number column named', () => {
      const noted = new Set(f.sample.sheets.filter((sh) => sh.rows.some((r) => r.some((c) => typeof c === 'object' && c?.note))).map((sh) => sh.name));
      const tables = f.sample.sheets.map((sh) => sh.name).filter((n) => /扣分表|得分表/.test(n));
      const got = issueCodes(get().first.assessment);
      const extra = [...got];
      for (const w of issueCodes(sample)) {
        expect([w, extra.includes(w)]).toEqual([w, true]);
        extra.splice(extra.indexOf(w), 1);
      }
      const allowed = (e: string) => (e.startsWith('MISSING_REASON ') && noted.has(e.slice('MISSING_REASON '.length))) || (index && tables.some((t) => e === `IGNORED_COLUMN ${t}`));
      for (const e of extra) expect([e, allowed(e)]).toEqual([e, true]);
      // With the index written, each score table says once, at A1, that its row numbers are not read.
      const rowNumbers = get().first.assessment.findings.filter((x) => x.code === 'IGNORED_COLUMN').map((x) => [`${x.sheet}!${x.cell}`, x.params]);
      expect(rowNumbers).toEqual(index ? tables.map((t) => [`${t}!A1`, { key: 'unnamedColumn', column: 'A', rowNumbers: true }]) : []);
    });
  } else {
    it('finds what the sample finds, at the same cells', () => {
      expect(scores(get().first.assessment)).toEqual(scores(sample));
    });
  }

  it('holds the shape its program writes', async () => {
    SHAPES[f.writer](f, await partsOf(get().input), get().first.input);
  });

  it('shows every date on the deduction notices as the sample’s own notices show it', () => {
    const dates = (rows: ReportSheet['rows']) => new Set(rows.flat().map((c) => c.value).filter((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)));
    const mine = get().first.report.sheets.find((sh) => sh.key === 'deductions')!;
    const own = buildReport(sample, sampleToInput(f.sample), 'zh').sheets.find((sh) => sh.key === 'deductions')!;
    const want = dates(own.rows);
    for (const d of dates(mine.rows)) expect([d, want.has(d)]).toEqual([d, true]);
  });

  it('writes its sheets once and, the second time, replaces them in place', () => {
    const { first, second } = get();
    expect(first.report.renamed).toEqual([]);
    expect(second.report.renamed).toEqual([]);
    expect([first.extra, second.extra, second.edited]).toEqual([[], [], []]);
    // The second run knows its sheets were computed from the data the workbook still holds.
    expect(second.stale).toBe(false);
    expect(second.report.sheets.map((s) => s.name)).toEqual(first.report.sheets.map((s) => s.name));
    expect(second.input.sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(first.report.sheets.map((s) => s.name));
    expect(scores(second.assessment)).toEqual(scores(first.assessment));
  });

  it('gives identical result sheets both times', async () => {
    const { first, second } = get();
    for (const s of first.report.sheets) {
      expect([s.name, await sheetXml(second.output, s.name)]).toEqual([s.name, await sheetXml(first.output, s.name)]);
    }
  });

  it('keeps every part Kaoping does not own byte for byte, and writes well-formed parts, after each run', async () => {
    const { input, first, second } = get();
    const before = await partsOf(input);
    const sheets = relationships(before).filter((r) => /\/worksheet$/.test(r.type));
    expect(sheets.length).toBe(f.sample.sheets.length);
    for (const out of [first.output, second.output]) {
      const after = await partsOf(out);
      expect(partsChanged(before, after)).toEqual([]);
      expect(xmlProblems(after, partsWritten(before, after))).toEqual([]);
    }
  });
});

describeInLibreOffice('the results in LibreOffice', (lo) => {
  it('opens every second-run result and reads each total as the engine computed it', () => {
    const { soffice, dir } = lo();
    expect([...runs.keys()]).toEqual(FILES.map(name));
    const read = totalsReadBack(soffice, dir, [...runs].map(([n, r]) => [n, r.second] as const));
    for (const [n, r] of runs) {
      const a = r.second.assessment;
      const column = read.get(n)!;
      const [periods, units, totals] = [column('期间'), column('单位'), column('总分')];
      const d = a.settings.decimals;
      const want = [...a.results.map((x) => [x.period, x.unit, x.total.toFixed(d)]), ...a.composite.map((x) => ['综合', x.unit, x.total.toFixed(d)])];
      expect([n, periods.map((p, i) => [p, units[i], totals[i]])]).toEqual([n, want]);
    }
  });
});
