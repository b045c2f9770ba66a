/**
 * Random clerk workbooks for fuzzing the command line, built with ExcelJS: sheet names from the
 * contract's aliases (and the names Kaoping itself writes, its marker included), header rows from the
 * alias lists, and cells that are usually what the column wants and often hostile: error values,
 * huge strings, control characters, full-width text, numbers at the edges (NaN and infinities too),
 * formulas with and without cached values, dates, rich text, links, odd number formats, merged
 * ranges, notes, hidden rows and hidden sheets. Some files are then damaged on purpose.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { HEADERS, SHEET_ALIASES } from '../../src/engine/find';

export type CellSpec =
  | null
  | string
  | number
  | boolean
  | { readonly date: number }
  | { readonly error: string }
  | { readonly formula: string; readonly result?: CellSpec }
  | { readonly rich: readonly string[] }
  | { readonly link: string; readonly text: string }
  /** A string of n characters (kept short here so a failing case prints in a few lines). */
  | { readonly long: number };

export interface SheetSpec {
  readonly name: string;
  readonly title: CellSpec | undefined;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly CellSpec[]>;
  /** Disjoint 2×2 blocks, by block index. */
  readonly merges: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly notes: ReadonlyArray<readonly [number, number, string]>;
  readonly formats: ReadonlyArray<readonly [number, string]>;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
}

export type Damage = { readonly kind: 'none' } | { readonly kind: 'truncate'; readonly at: number } | { readonly kind: 'flip'; readonly at: number; readonly byte: number } | { readonly kind: 'garble-part'; readonly part: number; readonly text: string };

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly date1904: boolean;
  readonly damage: Damage;
}

const NAMES = [...Object.values(SHEET_ALIASES).flat(), '一月扣分表', '二季度得分表', 'Score table', 'Sheet1', '结果-总分', '结果-校验', 'Results-Totals', '_kaoping', 'ＲＵＢＲＩＣ', ' 考评细则 '];
const HEADER_WORDS = Object.values(HEADERS).flatMap((h) => Object.values(h.columns as Record<string, readonly string[]>).flat());
const WORDS = ['扣分', '累进扣分', '评分', '加分', '否决', '美式', '中国式', '满分', '合格线', '小数位', '全年', '2024-Q1', '一支部', '二支部', '一区', '1.1', '1.10', '2.1', '２．１', '—', '/', '3分', '2次', '30%', 'sheet', 'key', 'fingerprint', 'v1:0000000000000000', 'totals'];
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];
const FORMATS = ['0.00', '@', 'yyyy/m/d', '0%', '#,##0', '[h]:mm', '"分"0', '[Red]0;[Blue]-0;"零"', ';;;', 'General', '0.0.0', '[$-804]yyyy"年"m"月"', 'mm-dd-yy', '0.00E+00', '# ?/?'];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0001x', '\t=1+1', '\r\n', '\u202e逆', '\ufeff编号', '　', '_x0041_', '=SUM(A1:A3)', '+1', '-x', '@x', '\uD800', "'quoted") },
);
const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 2.675, 45291.5, NaN, Infinity, -Infinity),
  fc.integer({ min: -5, max: 40 }),
  fc.double(),
);
const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: text },
  { weight: 4, arbitrary: edgeNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }).map((d) => ({ date: d * 86_400_000 })) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
  {
    weight: 2,
    arbitrary: fc.record({ formula: fc.constantFrom('SUM(A1:A2)', 'A1*2', 'NA()', '1/0', 'CONCAT("=", "x")', 'Sheet9!A1'), result: fc.option(fc.oneof(edgeNumber, text, fc.constantFrom(...ERRORS).map((error) => ({ error }))), { nil: undefined }) }),
  },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((rich) => ({ rich })) },
  { weight: 1, arbitrary: fc.record({ link: fc.constantFrom('https://example.org/a', 'mailto:x@example.org', '#Sheet1!A1'), text }) },
  { weight: 1, arbitrary: fc.constantFrom(1000, 32_767, 32_768, 40_000).map((long) => ({ long })) },
);

const sheet: fc.Arbitrary<SheetSpec> = fc.record({
  name: fc.constantFrom(...NAMES),
  title: fc.option(cell, { nil: undefined }),
  header: fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HEADER_WORDS) }, { weight: 1, arbitrary: text }), { maxLength: 9 }),
  rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 18 }),
  merges: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 3 }),
  hiddenRows: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 3 }),
  notes: fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 10 }), text), { maxLength: 3 }),
  formats: fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.constantFrom(...FORMATS)), { maxLength: 3 }),
  state: fc.constantFrom<SheetSpec['state']>('visible', 'visible', 'visible', 'visible', 'hidden', 'veryHidden'),
});

/** Where in the file, spread evenly (a double would lean to the ends). */
const fraction = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);

const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 17, arbitrary: fc.constant({ kind: 'none' } as const) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fraction, byte: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('garble-part' as const), part: fc.nat(), text: fc.constantFrom('', '<', '<worksheet/>', '<?xml version="1.0"?><x:worksheet xmlns:x="y"><x:sheetData><x:row r="-1"/></x:sheetData></x:worksheet>', 'garbage') }) },
);

/** A value that is usually what the column wants and sometimes anything at all. */
const mostly = (good: fc.Arbitrary<CellSpec>): fc.Arbitrary<CellSpec> => fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: cell });
const alias = (role: keyof typeof HEADERS, key: string): fc.Arbitrary<string> => fc.constantFrom(...(HEADERS[role].columns as Record<string, readonly string[]>)[key]);
const IDS = ['1.1', '1.2', '2.1', '2.2', '3.1', 'A1'];
const UNITS = ['一支部', '二支部', '三支部', '机关支部', '=HYPERLINK("x")'];

type Column = readonly [string, fc.Arbitrary<CellSpec>];

/**
 * A table sheet: a header of aliases for the needed columns and some of the others, in any order
 * (rarely one needed column left out), then rows whose cells fit their column (mostly).
 */
function table(role: keyof typeof HEADERS, names: readonly string[], needed: readonly Column[], optional: readonly Column[], maxRows: number): fc.Arbitrary<SheetSpec> {
  const columns = fc
    .tuple(fc.shuffledSubarray([...optional]), fc.oneof({ weight: 9, arbitrary: fc.constant(needed.length) }, { weight: 1, arbitrary: fc.nat(needed.length) }))
    .chain(([extra, keep]) => {
      const all = [...needed.slice(0, keep), ...extra];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
  return fc
    .record({ name: fc.constantFrom(...names), cols: columns, base: sheet })
    .chain(({ name, cols, base }) =>
      fc.record({
        header: fc.tuple(...cols.map(([key]) => alias(role, key))),
        rows: fc.array(fc.tuple(...cols.map(([, arb]) => mostly(arb))), { maxLength: maxRows }),
      }).map(({ header, rows }): SheetSpec => ({ ...base, name, header, rows, merges: base.merges.filter((b) => b >= 4), state: 'visible' })),
    );
}

const structured: fc.Arbitrary<WorkbookSpec> = fc.record({
  rubric: table(
    'rubric',
    SHEET_ALIASES.rubric,
    [
      ['id', fc.constantFrom(...IDS)],
      ['category', fc.constantFrom('党建', '宣传', '纪律', null)],
      ['points', fc.integer({ min: 0, max: 30 })],
    ],
    [
      ['per', fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })],
      ['kind', fc.constantFrom('扣分', '累进扣分', '评分', '加分', '否决', '', 'deduct', '奖惩', '折合', '达标率')],
      ['item', text],
      ['scale', fc.option(fc.integer({ min: -5, max: 150 }), { nil: null })],
      ['target', fc.option(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom('95%', 0.9)), { nil: null })],
    ],
    8,
  ),
  entries: table(
    'entries',
    SHEET_ALIASES.entries,
    [
      ['unit', fc.constantFrom(...UNITS)],
      ['id', fc.constantFrom(...IDS)],
    ],
    [
      ['period', fc.constantFrom('2024-Q1', '2024-Q2', null)],
      ['count', fc.option(fc.integer({ min: 0, max: 4 }), { nil: null })],
      ['points', fc.option(edgeNumber, { nil: null })],
      ['reason', text],
      ['inspector', text],
      ['date', fc.integer({ min: 40_000, max: 50_000 }).map((d) => ({ date: (d - 25_569) * 86_400_000 }))],
      ['source', fc.constantFrom('联查', '自查', '互评', '督查', null)],
      ['status', fc.constantFrom('未整改', '整改中', '已整改', 'done', 'In progress', '拖着', null)],
      ['due', fc.oneof(fc.integer({ min: 40_000, max: 50_000 }).map((d) => ({ date: (d - 25_569) * 86_400_000 })), fc.constantFrom('2024-03-31', '2024/3/31', '2024年3月31日', '2024-02-30', '下月', null))],
      ['responsible', text],
    ],
    18,
  ),
  sources: fc.option(
    table('sources', SHEET_ALIASES.sources, [['source', fc.constantFrom('联查', '自查', '互评')]], [['weight', fc.constantFrom(20, '30%', 50, null)], ['use', fc.constantFrom('计分', '对照', 'Compare', null)]], 4),
    { nil: undefined, freq: 3 },
  ),
  units: fc.option(
    table(
      'units',
      SHEET_ALIASES.units,
      [['unit', fc.constantFrom(...UNITS)]],
      [['zone', fc.constantFrom('一区', '二区', null)], ['coefficient', fc.option(edgeNumber, { nil: null })], ['payBase', fc.option(fc.oneof(edgeNumber, fc.integer({ min: 0, max: 3_000_000 })), { nil: null })]],
      6,
    ),
    { nil: undefined },
  ),
  settings: fc.option(
    table(
      'settings',
      SHEET_ALIASES.settings,
      [
        ['key', fc.constantFrom('满分', '合格线', '加分上限', '排名方式', '红旗名额', '小数位', '颜色', '挂钩比例', '奖励资金', '金额小数位', '评定日期')],
        ['value', fc.oneof(cell, fc.constantFrom('20%', 0.2, 10000, 1, '2024-04-15'))],
      ],
      [],
      5,
    ),
    { nil: undefined },
  ),
  extra: fc.uniqueArray(sheet, { selector: (s) => s.name.trim().toLowerCase(), maxLength: 3 }),
  date1904: fc.boolean(),
  damage,
}).map(({ rubric, entries, sources, units, settings, extra, date1904, damage }) => {
  const named = [rubric, entries, ...(sources ? [sources] : []), ...(units ? [units] : []), ...(settings ? [settings] : [])];
  const taken = new Set(named.map((s) => s.name.trim().toLowerCase()));
  return { sheets: [...named, ...extra.filter((s) => !taken.has(s.name.trim().toLowerCase()))], date1904, damage };
});

const unstructured: fc.Arbitrary<WorkbookSpec> = fc.record({
  sheets: fc.uniqueArray(sheet, { selector: (s) => s.name.trim().toLowerCase(), minLength: 1, maxLength: 7 }),
  date1904: fc.boolean(),
  damage,
});

/** Three in four close to a real workbook (so most get scored), the rest anything. */
export const workbookSpec: fc.Arbitrary<WorkbookSpec> = fc.oneof({ weight: 3, arbitrary: structured }, { weight: 1, arbitrary: unstructured });

function value(c: CellSpec): ExcelJS.CellValue {
  if (c === null || typeof c !== 'object') return c;
  if ('date' in c) return new Date(c.date);
  if ('error' in c) return { error: c.error as ExcelJS.CellErrorValue['error'] };
  if ('formula' in c) return { formula: c.formula, result: c.result === undefined ? undefined : (value(c.result) as ExcelJS.CellFormulaValue['result']) };
  if ('long' in c) return '长'.repeat(c.long);
  if ('rich' in c) return { richText: c.rich.map((t, i) => (i === 0 ? { text: t, font: { bold: true } } : { text: t })) };
  return { text: c.text, hyperlink: c.link };
}

/** The workbook's bytes, damaged as the spec says. */
export async function buildWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = spec.date1904;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    let r = 1;
    if (s.title !== undefined) ws.getCell(r++, 1).value = value(s.title);
    s.header.forEach((h, c) => (ws.getCell(r, c + 1).value = h));
    r++;
    for (const row of s.rows) {
      row.forEach((c, i) => (ws.getCell(r, i + 1).value = value(c)));
      r++;
    }
    for (const b of s.merges) ws.mergeCells(1 + Math.floor(b / 4) * 3, 1 + (b % 4) * 3, 2 + Math.floor(b / 4) * 3, 2 + (b % 4) * 3);
    for (const h of s.hiddenRows) ws.getRow(h).hidden = true;
    for (const [row, col, note] of s.notes) ws.getCell(row, col).note = note;
    for (const [col, fmt] of s.formats) ws.getColumn(col).numFmt = fmt;
  }
  const bytes = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const d = spec.damage;
  switch (d.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length * d.at));
    case 'flip': {
      const out = Buffer.from(bytes);
      const at = Math.min(out.length - 1, Math.floor(out.length * d.at));
      out[at] ^= d.byte;
      return out;
    }
    case 'garble-part': {
      const zip = await JSZip.loadAsync(bytes);
      const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
      zip.file(parts[d.part % parts.length], d.text);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    }
  }
}
