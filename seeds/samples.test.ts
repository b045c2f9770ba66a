/**
 * The samples must hold together as a clerk's workbook would: every sheet found by the contract's
 * names, every id and unit an entry names present in the rubric and units sheets, caps and weights
 * adding up as the source documents say.
 */
import { cellText, parseA1 } from '../src/engine/cells';
import { HEADERS as ENGINE_HEADERS, SHEET_ALIASES } from '../src/engine/find';
import type { Cell, Sheet, WorkbookInput } from '../src/engine/cells';
import { assess } from '../src/engine/assess';
import { SAMPLES, sampleByKey } from './index';
import { formatNumber, sampleToInput } from './to-input';
import type { SampleWorkbook } from './types';

const fold = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

/** The contract's sheet names and column headers, as the engine knows them. */
const SHEET_NAMES = {
  rubric: SHEET_ALIASES.rubric,
  categories: SHEET_ALIASES.categories,
  units: SHEET_ALIASES.units,
  entries: SHEET_ALIASES.entries,
  periods: SHEET_ALIASES.periods,
  settings: SHEET_ALIASES.settings,
};
const HEADERS = {
  rubric: ENGINE_HEADERS.rubric.columns as Readonly<Record<'id' | 'category' | 'points' | 'per' | 'kind', readonly string[]>>,
  categories: ENGINE_HEADERS.categories.columns as Readonly<Record<'category' | 'points' | 'weight', readonly string[]>>,
  units: ENGINE_HEADERS.units.columns as Readonly<Record<'unit' | 'zone' | 'coefficient', readonly string[]>>,
  entries: ENGINE_HEADERS.entries.columns as Readonly<Record<'period' | 'unit' | 'id' | 'count' | 'points' | 'reason', readonly string[]>>,
  settings: ENGINE_HEADERS.settings.columns as Readonly<Record<'key' | 'value', readonly string[]>>,
};

type Role = keyof typeof SHEET_NAMES;

function sheetsOf(input: WorkbookInput, role: Role): Sheet[] {
  const names = SHEET_NAMES[role].map(fold);
  return input.sheets.filter((s) => names.includes(fold(s.name)));
}
function only(input: WorkbookInput, role: Role): Sheet | undefined {
  const found = sheetsOf(input, role);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}
function scoreTables(input: WorkbookInput): Sheet[] {
  return input.sheets.filter((s) => /扣分表|得分表|deduction table|score table/i.test(s.name));
}

const text = (sheet: Sheet, r: number, c: number): string => cellText(sheet.rows[r]?.[c]);

/** The header row (first of the first 10 with two known headers) and the column of each field. */
function table<F extends string>(sheet: Sheet, fields: Readonly<Record<F, readonly string[]>>) {
  for (let r = 0; r < Math.min(10, sheet.rows.length); r++) {
    const row = sheet.rows[r] ?? [];
    const cols: Partial<Record<F, number>> = {};
    for (const [field, aliases] of Object.entries(fields) as [F, readonly string[]][]) {
      const c = row.findIndex((cell) => aliases.map(fold).includes(fold(cellText(cell))));
      if (c >= 0) cols[field] = c;
    }
    if (Object.keys(cols).length >= 2) {
      const body = sheet.rows.slice(r + 1).filter((row) => row && row.some((c) => cellText(c) !== ''));
      const get = (row: ReadonlyArray<Cell | undefined> | undefined, f: F): string =>
        cols[f] === undefined ? '' : cellText(row?.[cols[f]]).normalize('NFKC').trim();
      const cell = (row: ReadonlyArray<Cell | undefined> | undefined, f: F): Cell | undefined =>
        cols[f] === undefined ? undefined : row?.[cols[f]];
      return { headerRow: r, cols, body, get, cell };
    }
  }
  throw new Error(`no header row in ${sheet.name}`);
}

/** A number as the contract reads one: a number, or text like ５, 0.5, 2分, 30%; undefined if blank. */
function contractNumber(cell: Cell | undefined): number | undefined {
  const v = cell?.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const s = v.normalize('NFKC').trim();
  if (['', '-', '—', '/'].includes(s)) return undefined;
  const m = /^(-?\d+(?:\.\d+)?)\s*(分|次|%)?$/.exec(s);
  if (!m) return NaN;
  return m[2] === '%' ? Number(m[1]) / 100 : Number(m[1]);
}

interface Rubric {
  ids: string[];
  category: Map<string, string>;
  cap: Map<string, number | undefined>;
  kind: Map<string, string>;
  per: Map<string, number | undefined>;
}
function rubricOf(input: WorkbookInput): Rubric {
  const sheet = sheetsOf(input, 'rubric')[0];
  const t = table(sheet, HEADERS.rubric);
  const out: Rubric = { ids: [], category: new Map(), cap: new Map(), kind: new Map(), per: new Map() };
  let category = '';
  for (const row of t.body) {
    const id = t.get(row, 'id');
    category = t.get(row, 'category') || category;
    out.ids.push(id);
    out.category.set(id, category);
    out.cap.set(id, contractNumber(t.cell(row, 'points')));
    out.kind.set(id, t.get(row, 'kind') || '扣分');
    out.per.set(id, contractNumber(t.cell(row, 'per')));
  }
  return out;
}

const inputs = SAMPLES.map((s) => [s.key, s, sampleToInput(s)] as const);

describe('sampleToInput', () => {
  test('formats fixed decimals and percents as Excel shows them', () => {
    expect(formatNumber(3.1, '0.00')).toBe('3.10');
    expect(formatNumber(1.005, '0.00')).toBe('1.01');
    expect(formatNumber(2.5, '0')).toBe('3');
    expect(formatNumber(-2.5, '0')).toBe('-3');
    expect(formatNumber(0.3, '0%')).toBe('30%');
    expect(formatNumber(0.125, '0.0%')).toBe('12.5%');
    expect(formatNumber(7, 'General')).toBeUndefined();
  });

  test('keeps values, adds text only where it differs, carries notes and errors', () => {
    const s: SampleWorkbook = {
      key: 't', title: { zh: '', en: '' }, description: { zh: '', en: '' }, source: '',
      sheets: [{ name: 'S', rows: [[{ v: 3.1, numFmt: '0.00' }, { v: 1.25, numFmt: '0.00' }, { v: 2, note: '缺记录' }, { v: null, error: '#N/A' }, null, '文本']] }],
    };
    const row = sampleToInput(s).sheets[0].rows[0] ?? [];
    expect(row[0]).toEqual({ value: 3.1, text: '3.10' });
    expect(row[1]).toEqual({ value: 1.25 });
    expect(row[2]).toEqual({ value: 2, note: '缺记录' });
    expect(row[3]).toEqual({ value: { error: '#N/A' } });
    expect(row[4]).toBeUndefined();
    expect(cellText(row[5])).toBe('文本');
  });
});

describe('the sample list', () => {
  test('power-plant is the default, keys are unique and found by key', () => {
    expect(SAMPLES[0].key).toBe('power-plant');
    expect(new Set(SAMPLES.map((s) => s.key)).size).toBe(SAMPLES.length);
    for (const s of SAMPLES) expect(sampleByKey(s.key)).toBe(s);
    expect(sampleByKey(' Power-Plant ')).toBe(SAMPLES[0]);
    expect(sampleByKey('nope')).toBeUndefined();
  });
});

describe.each(inputs)('sample %s', (_key, sample, input) => {
  test('converts sheet by sheet and row by row', () => {
    expect(input.sheets.map((s) => s.name)).toEqual(sample.sheets.map((s) => s.name));
    sample.sheets.forEach((s, i) => expect(input.sheets[i].rows).toHaveLength(s.rows.length));
    expect(new Set(sample.sheets.map((s) => fold(s.name))).size).toBe(sample.sheets.length);
  });

  test('has a rubric sheet named by the contract, and entries or a score table', () => {
    expect(sheetsOf(input, 'rubric')).toHaveLength(1);
    expect(sheetsOf(input, 'entries').length + scoreTables(input).length).toBeGreaterThan(0);
  });

  test('merged ranges hold a value in their first cell only', () => {
    for (const sheet of sample.sheets) {
      const grid = input.sheets.find((s) => s.name === sheet.name) as Sheet;
      for (const range of sheet.merges ?? []) {
        const [from, to] = range.split(':').map(parseA1);
        expect(from && to).toBeTruthy();
        if (!from || !to) continue;
        for (let r = from.row; r <= to.row; r++) {
          for (let c = from.col; c <= to.col; c++) {
            const first = r === from.row && c === from.col;
            expect([range, r, c, text(grid, r, c) !== '']).toEqual([range, r, c, first]);
          }
        }
      }
    }
  });

  test('rubric ids are unique by displayed text and every item has a category and a kind', () => {
    const rubric = rubricOf(input);
    expect(new Set(rubric.ids).size).toBe(rubric.ids.length);
    for (const id of rubric.ids) {
      expect(id).not.toBe('');
      expect(rubric.category.get(id)).not.toBe('');
      expect(['扣分', '累进扣分', '评分', '折合', '达标率', '加分', '否决']).toContain(rubric.kind.get(id));
      if (rubric.kind.get(id) !== '否决') expect(rubric.cap.get(id)).toBeGreaterThan(0);
    }
  });

  test('every id and unit the entries and score tables name exists', () => {
    const ids = new Set(rubricOf(input).ids);
    const unitsSheet = only(input, 'units');
    expect(unitsSheet).toBeDefined();
    const ut = table(unitsSheet as Sheet, HEADERS.units);
    const units = ut.body.map((row) => ut.get(row, 'unit'));
    expect(new Set(units).size).toBe(units.length);
    for (const sheet of sheetsOf(input, 'entries')) {
      const t = table(sheet, HEADERS.entries);
      expect(t.body.length).toBeGreaterThan(0);
      for (const row of t.body) {
        expect(units).toContain(t.get(row, 'unit'));
        expect(ids).toContain(t.get(row, 'id'));
        for (const f of ['count', 'points'] as const) expect(contractNumber(t.cell(row, f))).not.toBeNaN();
      }
    }
    for (const sheet of scoreTables(input)) {
      const header = (sheet.rows[0] ?? []).map((c) => cellText(c));
      expect(header.slice(0, 2)).toEqual(['单位', '期间']);
      for (const id of header.slice(2)) expect(ids).toContain(id);
      for (const row of sheet.rows.slice(1)) expect(units).toContain(cellText(row?.[0]));
    }
  });
});

function inputOf(key: string): WorkbookInput {
  return sampleToInput(sampleByKey(key) as SampleWorkbook);
}

describe('power-plant', () => {
  const input = inputOf('power-plant');
  const rubric = rubricOf(input);
  const capsOf = (category: string): number[] =>
    rubric.ids.filter((id) => rubric.category.get(id) === category).map((id) => rubric.cap.get(id) ?? NaN);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  test('category caps sum to 100 and 重点指标 is a shared pool over items worth 80', () => {
    const t = table(only(input, 'categories') as Sheet, HEADERS.categories);
    const caps = new Map(t.body.map((row) => [t.get(row, 'category'), contractNumber(t.cell(row, 'points')) ?? NaN]));
    expect(caps.size).toBe(7);
    expect(sum([...caps.values()])).toBe(100);
    expect(caps.get('重点指标')).toBe(20);
    expect(capsOf('重点指标')).toEqual([20, 20, 20, 20]);
    for (const [category, cap] of caps) if (category !== '重点指标') expect([category, sum(capsOf(category))]).toEqual([category, cap]);
  });

  test('the safety item is progressive, 5 a time up to 20; 3.10 is the number 3.1 shown with two decimals', () => {
    expect([rubric.kind.get('1.4'), rubric.per.get('1.4'), rubric.cap.get('1.4')]).toEqual(['累进扣分', 5, 20]);
    const cell = (only(input, 'rubric') as Sheet).rows.flat().find((c) => cellText(c) === '3.10');
    expect(cell).toEqual({ value: 3.1, text: '3.10' });
    expect(['3.10', '3.11'].map((id) => rubric.kind.get(id))).toEqual(['评分', '评分']);
    expect(rubric.ids.some((id) => rubric.kind.get(id) === '加分')).toBe(true);
    expect(rubric.ids.some((id) => rubric.kind.get(id) === '否决')).toBe(true);
  });

  test('the log has the planned cases: repeats, a doubled bonus, a veto, scores, a few missing reasons', () => {
    const t = table(only(input, 'entries') as Sheet, HEADERS.entries);
    const rows = t.body.map((row) => ({
      period: t.get(row, 'period'), unit: t.get(row, 'unit'), id: t.get(row, 'id'),
      count: contractNumber(t.cell(row, 'count')), reason: t.get(row, 'reason'), kind: rubric.kind.get(t.get(row, 'id')),
    }));
    const safety = rows.filter((r) => r.id === '1.4' && r.unit === '燃料支部' && r.period === '年终考评');
    expect(sum(safety.map((r) => r.count ?? 1))).toBeGreaterThanOrEqual(3);
    const bonus = rows.filter((r) => r.kind === '加分').map((r) => `${r.period}|${r.unit}|${r.id}`);
    expect(new Set(bonus).size).toBeLessThan(bonus.length);
    expect(rows.filter((r) => r.kind === '否决')).toHaveLength(1);
    const deductions = rows.filter((r) => r.kind === '扣分' || r.kind === '累进扣分');
    expect(deductions.filter((r) => r.reason === '').length).toBeGreaterThanOrEqual(2);
    expect(deductions.filter((r) => r.reason === '').length).toBeLessThanOrEqual(3);
    const units = table(only(input, 'units') as Sheet, HEADERS.units);
    for (const period of ['专项督查', '年终考评']) {
      for (const id of ['3.10', '3.11']) {
        const scored = new Set(rows.filter((r) => r.period === period && r.id === id).map((r) => r.unit));
        expect(scored.size).toBe(units.body.length);
      }
    }
  });
});

describe('villages', () => {
  const input = inputOf('villages');
  test('weights sum to 100%, written as percents in some rows and fractions in others', () => {
    const t = table(only(input, 'categories') as Sheet, HEADERS.categories);
    const cells = t.body.map((row) => t.cell(row, 'weight'));
    expect(cells.some((c) => typeof c?.value === 'string')).toBe(true);
    expect(cells.some((c) => typeof c?.value === 'number')).toBe(true);
    const total = cells.map(contractNumber).reduce((a: number, b) => a + (b ?? NaN), 0);
    expect(total).toBeCloseTo(1, 10);
  });

  test('villages carry size coefficients between 0.9 and 1.2, and one is vetoed', () => {
    const ut = table(only(input, 'units') as Sheet, HEADERS.units);
    for (const row of ut.body) {
      const k = contractNumber(ut.cell(row, 'coefficient')) ?? NaN;
      expect(k >= 0.9 && k <= 1.2).toBe(true);
    }
    expect(new Set(ut.body.map((row) => ut.get(row, 'zone'))).size).toBe(3);
    const rubric = rubricOf(input);
    const t = table(only(input, 'entries') as Sheet, HEADERS.entries);
    const vetoed = t.body.filter((row) => rubric.kind.get(t.get(row, 'id')) === '否决').map((row) => t.get(row, 'unit'));
    expect(new Set(vetoed).size).toBe(1);
  });

  test('the 民主评议 score of every village is folded into item 2.1 (hand-computed)', () => {
    const a = assess(input);
    // 古村坪村 appraised 65 of 100: 2.1 scores 6 x 0.65 = 3.9, losing 2.1; 班子建设 20 - 2.1 = 17.9.
    // 樟村坪村 93: 5.58, losing 0.42; 班子建设 19.58.
    expect(a.results.find((r) => r.unit === '古村坪村')?.categories['班子建设']).toBe(17.9);
    expect(a.results.find((r) => r.unit === '樟村坪村')?.categories['班子建设']).toBe(19.58);
    expect(a.findings.filter((f) => f.code === 'MISSING_SCORE')).toEqual([]);
  });
});

describe('quarterly', () => {
  const input = inputOf('quarterly');
  test('every joint-inspection cell with a value carries its reason as a note', () => {
    const tables = scoreTables(input);
    expect(tables.map((s) => s.name)).toContain('2021年二季度联查扣分表');
    let marked = 0;
    for (const sheet of tables) {
      for (const row of sheet.rows.slice(1)) {
        for (const cell of (row ?? []).slice(2)) {
          if (cellText(cell) === '') continue;
          marked++;
          expect(cell?.note?.trim()).toBeTruthy();
        }
      }
    }
    expect(marked).toBeGreaterThan(10);
  });

  test('every self-check deduction says why, and the last three are warned', () => {
    const t = table(only(input, 'entries') as Sheet, HEADERS.entries);
    for (const row of t.body) expect(t.get(row, 'reason')).not.toBe('');
    const st = table(only(input, 'settings') as Sheet, HEADERS.settings);
    const warn = st.body.find((row) => st.get(row, 'key') === '预警名额');
    expect(contractNumber(st.cell(warn, 'value'))).toBe(3);
  });

  test('the self-checks are held against the joint inspection and count toward no total', () => {
    const a = assess(input);
    // The log also holds the first quarter's joint inspection (来源 联查): only its 自查 rows go.
    const withoutSelfChecks = assess({
      sheets: input.sheets.map((s) => (s.name === '扣分记录' ? { ...s, rows: s.rows.filter((r) => cellText(r?.[7]) !== '自查') } : s)),
    });
    expect(withoutSelfChecks.compare?.rows).toEqual([]);
    expect(a.results.map((r) => [r.period, r.unit, r.total])).toEqual(withoutSelfChecks.results.map((r) => [r.period, r.unit, r.total]));
    // Every branch checked itself in both quarters: a compare total for each, beside the official one.
    expect(a.compare?.sources).toEqual(['自查']);
    expect(a.compare?.rows).toHaveLength(20);
    for (const r of a.compare?.rows ?? []) expect(r.official).toBe(a.results.find((x) => x.period === r.period && x.unit === r.unit)?.total);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('double-ten', () => {
  const input = inputOf('double-ten');
  const ut = table(only(input, 'units') as Sheet, HEADERS.units);
  const zoneOf = new Map(ut.body.map((row) => [ut.get(row, 'unit'), ut.get(row, 'zone')]));

  test('19 branches in 3 zones, ten categories worth 1000', () => {
    expect(zoneOf.size).toBe(19);
    expect(new Set(zoneOf.values()).size).toBe(3);
    const rubric = rubricOf(input);
    expect(new Set(rubric.category.values()).size).toBe(10);
    expect(rubric.ids.reduce((a, id) => a + (rubric.cap.get(id) ?? NaN), 0)).toBe(1000);
  });

  test('some month has an exact tie in a zone with a branch ranked below it', () => {
    const rubric = rubricOf(input);
    const t = table(only(input, 'entries') as Sheet, HEADERS.entries);
    const loss = new Map<string, Map<string, number>>();
    for (const row of t.body) {
      const id = t.get(row, 'id');
      const points = contractNumber(t.cell(row, 'points')) ?? (contractNumber(t.cell(row, 'count')) ?? 1) * (rubric.per.get(id) ?? NaN);
      const key = `${t.get(row, 'period')}|${t.get(row, 'unit')}`;
      const items = loss.get(key) ?? new Map<string, number>();
      items.set(id, (items.get(id) ?? 0) + points);
      loss.set(key, items);
    }
    const months = [...new Set(t.body.map((row) => t.get(row, 'period')))];
    expect(months).toEqual(['2012年1月', '2012年2月', '2012年3月']);
    let ties = 0;
    for (const month of months) {
      for (const zone of new Set(zoneOf.values())) {
        const totals = [...zoneOf].filter(([, z]) => z === zone).map(([unit]) => {
          const items = loss.get(`${month}|${unit}`) ?? new Map<string, number>();
          expect(items.size).toBeGreaterThan(0);
          return 1000 - [...items].reduce((a, [id, p]) => a + Math.min(p, rubric.cap.get(id) ?? NaN), 0);
        });
        const lowest = Math.min(...totals);
        ties += totals.filter((x, i) => x > lowest && totals.indexOf(x) !== i).length;
      }
    }
    expect(ties).toBeGreaterThan(0);
  });

  test('自评、互评与他评相结合: each branch’s month is 60% the 政工部’s review, 20% its own, 20% its peers’', () => {
    const common = ['考核细则', '参评单位', '期间设置', '考评设置'];
    const alone = (sheet: string) => assess({ sheets: input.sheets.filter((s) => common.includes(s.name) || s.name === sheet) });
    const [all, other, self, peer] = [assess(input), alone('考评记录'), alone('自评扣分表'), alone('互评扣分表')];
    expect(all.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    all.results.forEach((r, i) => {
      const mean = 0.6 * other.results[i].base + 0.2 * self.results[i].base + 0.2 * peer.results[i].base;
      expect(Math.abs(r.base - mean)).toBeLessThanOrEqual(0.0100001);
    });
    // By hand, 掘进三队支部 in January: the 政工部 took 10 (item 2) and 5 (item 20): 985; its own review found
    // nothing: 1000; its peers item 6, 5 points: 995. 0.6 x 985 + 0.2 x 1000 + 0.2 x 995 = 990.
    expect(all.results.find((r) => r.period === '2012年1月' && r.unit === '掘进三队支部')?.total).toBe(990);
  });
});

describe('staff', () => {
  const a = assess(inputOf('staff'));
  const result = (unit: string) => a.results.find((r) => r.unit === unit)!;

  test('attendance, reports, exams and the appraisal score as the bureau’s rubric says (hand-computed)', () => {
    // 王海燕: 出勤率 93.5 -> 1.5 points short x 3 = 4.5 lost, 6 late arrivals x 0.5 = 3: 考勤 15 - 7.5 = 7.5.
    // 述职 (85+83+86+84)/4 = 84.5 of 100 -> 5 x 0.845 = 4.225; 考试 mean 79 -> 8 x 0.79 = 6.32; 民主评议 86 -> 4.3;
    // two late reports x 5 -> 工作业绩 20; 卫生 6.5. Total 20 + 4.225 + 10 + 7.5 + 6.32 + 6.5 + 20 + 4.3 = 78.845.
    expect(result('王海燕')).toMatchObject({ categories: { 工作业绩: 20, 述职情况: 4.23, 考勤情况: 7.5, 业务考试: 6.32, 民主评议: 4.3 }, total: 78.85 });
    // 徐桂芳: 88.5% -> 6.5 short x 3 = 19.5, cut to the item's 15 (OVER_CAP at the rate); late and absent add nothing more.
    expect(result('徐桂芳').categories['考勤情况']).toBe(0);
    expect(a.findings.filter((f) => f.code === 'OVER_CAP' && f.unit === '徐桂芳' && f.item === '4.1')).toHaveLength(1);
    // 张建国 0.985 (a share) and 李秀英 "96.5%" are above the 95% target (written 0.95, shown 95%): full 考勤.
    expect(result('张建国').categories['考勤情况']).toBe(15);
    expect(result('李秀英').categories['考勤情况']).toBe(15);
  });

  test('every member of staff has every scaled and rate item, so nothing is scored as missing', () => {
    expect(a.findings.filter((f) => f.code === 'MISSING_SCORE' || f.severity === 'error')).toEqual([]);
    expect(new Set(a.units.map((u) => u.zone)).size).toBe(4);
  });
});
