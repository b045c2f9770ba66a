/** Which sheet plays which role; header rows and column aliases (contract section 1). */
import { cellText, type Cell, type Sheet, type WorkbookInput } from './cells';
import { matchKey } from './text';
import type { Role, RoleChoice, RoleOverrides } from './types';
import { ROLES } from './types';

/** A rectangle of a sheet that holds one role's table: the whole sheet, or an Excel table on it. */
export interface GridView {
  readonly sheet: string;
  readonly rows: Sheet['rows'];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellAt(view: GridView, row: number, col: number): Cell | undefined {
  return view.rows[row]?.[col];
}

export const SHEET_ALIASES: Readonly<Record<Role, readonly string[]>> = {
  rubric: ['考评细则', '细则', '评分细则', '考核细则', 'Rubric'],
  categories: ['栏目设置', '栏目', '类别', 'Categories'],
  units: ['考评单位', '参评单位', '单位', '支部', 'Units'],
  entries: ['扣分记录', '考评记录', '检查记录', '扣分台账', 'Entries'],
  scoreTable: [],
  periods: ['期间设置', '期间', 'Periods'],
  sources: ['来源设置', '评价来源', 'Sources'],
  settings: ['考评设置', '设置', 'Settings'],
};

/** Name fragments that make a sheet a score table, and which way its cells read. */
const SCORE_TABLE_MARKS: ReadonlyArray<{ mark: string; scoreSheet: boolean }> = [
  { mark: '扣分表', scoreSheet: false },
  { mark: 'deductiontable', scoreSheet: false },
  { mark: '得分表', scoreSheet: true },
  { mark: 'scoretable', scoreSheet: true },
];

export type ColumnKey =
  | 'id' | 'category' | 'item' | 'points' | 'per' | 'kind' | 'standard' | 'method'
  | 'weight' | 'unit' | 'zone' | 'coefficient' | 'period' | 'count' | 'reason' | 'inspector' | 'date' | 'source'
  | 'key' | 'value'
  | 'scale' | 'target' | 'use'
  | 'payBase' | 'fund' | 'status' | 'due' | 'responsible';

type HeaderSpec = { readonly columns: Partial<Record<ColumnKey, readonly string[]>>; readonly needed: readonly ColumnKey[] };

export const HEADERS: Readonly<Record<Exclude<Role, 'scoreTable'>, HeaderSpec>> = {
  rubric: {
    columns: {
      id: ['编号', '项目编号', '序号', 'ID'],
      category: ['栏目', '类别', '考核类别', '一级指标', 'Category'],
      item: ['考核内容', '考核项目', '二级指标', '内容', 'Item'],
      points: ['分值', '标准分', '满分', 'Points'],
      per: ['单次扣分', '每次扣分', 'Per occurrence'],
      kind: ['类型', '计分方式', 'Kind'],
      standard: ['评分标准', '考核标准', 'Standard'],
      method: ['考核办法', '考核方式', '依据', 'Method'],
      scale: ['折合基数', '原始满分', 'Scale'],
      target: ['达标值', '目标值', 'Target'],
    },
    needed: ['id', 'category', 'points'],
  },
  categories: {
    columns: { category: ['栏目', '类别', 'Category'], points: ['分值', '满分', 'Points'], weight: ['权重', '占比', 'Weight'] },
    needed: ['category'],
  },
  units: {
    columns: {
      unit: ['单位', '单位名称', '支部', '名称', 'Unit'],
      zone: ['考评区', '赛区', '片区', '分组', 'Zone'],
      coefficient: ['规模系数', '系数', 'Coefficient'],
      payBase: ['挂钩基数', '工资总额', '绩效基数', 'Pay base'],
    },
    needed: ['unit'],
  },
  entries: {
    columns: {
      period: ['期间', '月份', '季度', '轮次', 'Period'],
      unit: ['单位', '支部', 'Unit'],
      id: ['编号', '项目编号', 'ID'],
      count: ['次数', 'Count'],
      points: ['扣分', '分数', '得分', '加分', 'Points'],
      reason: ['原因', '扣分原因', '说明', 'Reason'],
      inspector: ['检查人', '考评人', 'Inspector'],
      date: ['日期', 'Date'],
      source: ['来源', 'Source'],
      status: ['整改状态', 'Status'],
      due: ['整改期限', 'Due'],
      responsible: ['整改责任人', '责任人', 'Responsible'],
    },
    needed: ['unit', 'id'],
  },
  periods: { columns: { period: ['期间', 'Period'], weight: ['权重', 'Weight'], fund: ['奖励资金', 'Reward fund'] }, needed: ['period'] },
  sources: { columns: { source: ['来源', 'Source'], weight: ['权重', '占比', 'Weight'], use: ['用途', 'Use'] }, needed: ['source'] },
  settings: { columns: { key: ['项目', 'Key'], value: ['值', '设置值', 'Value'] }, needed: ['key', 'value'] },
};

/** Header text folded for matching: width, case and spaces ignored, a trailing "(分)" unit dropped. */
export function headerKey(text: string): string {
  return matchKey(text).replace(/\([^()]*\)$/u, '');
}

const aliasIndex = new Map<string, Map<string, ColumnKey>>();
function aliasesFor(role: Exclude<Role, 'scoreTable'>): Map<string, ColumnKey> {
  let m = aliasIndex.get(role);
  if (!m) {
    m = new Map();
    for (const [key, names] of Object.entries(HEADERS[role].columns) as [ColumnKey, readonly string[]][]) {
      for (const n of names) if (!m.has(headerKey(n))) m.set(headerKey(n), key);
    }
    aliasIndex.set(role, m);
  }
  return m;
}

export interface HeaderedTable {
  readonly view: GridView;
  /** Absolute 0-based index of the header row, or -1 when none was found. */
  readonly headerRow: number;
  /** Column key -> absolute 0-based column. */
  readonly cols: Partial<Record<ColumnKey, number>>;
  /** Header cells that matched nothing: absolute column -> text. */
  readonly others: ReadonlyMap<number, string>;
}

/** Finds the header row (first of the first 10 with two known headers, else one with every needed column). */
export function locateHeader(view: GridView, role: Exclude<Role, 'scoreTable'>): HeaderedTable {
  const aliases = aliasesFor(role);
  const needed = HEADERS[role].needed;
  let fallback: HeaderedTable | undefined;
  const last = Math.min(view.bottom, view.top + 9);
  for (let r = view.top; r <= last; r++) {
    const { cols, others, known } = mapRow(view, r, (k) => aliases.get(k));
    const table: HeaderedTable = { view, headerRow: r, cols, others };
    if (known >= 2) return table;
    if (!fallback && known >= 1 && needed.every((k) => cols[k] !== undefined)) fallback = table;
  }
  return fallback ?? { view, headerRow: -1, cols: {}, others: new Map() };
}

export function mapRow(
  view: GridView,
  r: number,
  lookup: (key: string) => ColumnKey | undefined,
): { cols: Partial<Record<ColumnKey, number>>; others: Map<number, string>; known: number } {
  const cols: Partial<Record<ColumnKey, number>> = {};
  const others = new Map<number, string>();
  let known = 0;
  for (let c = view.left; c <= view.right; c++) {
    const text = cellText(cellAt(view, r, c));
    if (text.trim() === '') continue;
    const key = lookup(headerKey(text));
    if (key === undefined) others.set(c, text.trim());
    else if (cols[key] === undefined) {
      cols[key] = c;
      known++;
    }
  }
  return { cols, others, known };
}

export function wholeSheet(sheet: Sheet): GridView {
  let right = -1;
  for (const row of sheet.rows) if (row && row.length - 1 > right) right = row.length - 1;
  return { sheet: sheet.name, rows: sheet.rows, top: 0, left: 0, bottom: sheet.rows.length - 1, right };
}

function tableView(sheet: Sheet, t: NonNullable<Sheet['tables']>[number]): GridView {
  return { sheet: sheet.name, rows: sheet.rows, top: t.top, left: t.left, bottom: t.bottom, right: t.right };
}

export function scoreTableKind(name: string): 'deduct' | 'score' | undefined {
  const k = matchKey(name);
  for (const { mark, scoreSheet } of SCORE_TABLE_MARKS) if (k.includes(mark)) return scoreSheet ? 'score' : 'deduct';
  return undefined;
}

export interface RoleViews {
  readonly choices: readonly RoleChoice[];
  readonly views: Partial<Record<Exclude<Role, 'scoreTable'>, GridView>>;
  readonly scoreTables: readonly GridView[];
}

/** Assigns sheets to roles: the clerk's choice, then sheet names, then table names, then header rows. */
export function findRoles(input: WorkbookInput, overrides: RoleOverrides = {}): RoleViews {
  // Kaoping's own result sheets are outputs, never inputs: also once the clerk has edited one.
  const sheets = input.sheets.filter((s) => !s.owned && !s.edited);
  const candidates = sheets.map((s) => s.name);
  const byKey = new Map(sheets.map((s) => [matchKey(s.name), s] as const));
  const taken = new Set<string>();
  const views: Partial<Record<Exclude<Role, 'scoreTable'>, GridView>> = {};
  const how = new Map<Role, RoleChoice['how']>();
  let scoreTables: GridView[] = [];

  const singleRoles = ROLES.filter((r): r is Exclude<Role, 'scoreTable'> => r !== 'scoreTable');
  for (const role of ROLES) {
    if (!(role in overrides)) continue;
    const name = overrides[role];
    const sheet = name == null ? undefined : sheets.find((s) => s.name === name);
    how.set(role, sheet ? 'chosen' : 'none');
    if (!sheet) continue;
    taken.add(sheet.name);
    if (role === 'scoreTable') scoreTables = [wholeSheet(sheet)];
    else views[role] = wholeSheet(sheet);
  }
  for (const role of singleRoles) {
    if (how.has(role)) continue;
    for (const alias of SHEET_ALIASES[role]) {
      const sheet = byKey.get(matchKey(alias));
      if (sheet && !taken.has(sheet.name)) {
        views[role] = wholeSheet(sheet);
        taken.add(sheet.name);
        how.set(role, 'name');
        break;
      }
    }
  }
  if (!how.has('scoreTable')) {
    scoreTables = sheets.filter((s) => !taken.has(s.name) && scoreTableKind(s.name)).map(wholeSheet);
    for (const v of scoreTables) taken.add(v.sheet);
    if (scoreTables.length > 0) how.set('scoreTable', 'name');
  }
  for (const role of singleRoles) {
    if (how.has(role)) continue;
    const aliasKeys = new Set(SHEET_ALIASES[role].map(matchKey));
    for (const sheet of sheets) {
      const t = sheet.tables?.find((tb) => aliasKeys.has(matchKey(tb.name)));
      if (t) {
        views[role] = tableView(sheet, t);
        how.set(role, 'table');
        break;
      }
    }
  }
  detectByHeaders(sheets, taken, views, how, singleRoles);

  const choices: RoleChoice[] = ROLES.map((role) => ({
    role,
    sheets: role === 'scoreTable' ? scoreTables.map((v) => v.sheet) : views[role] ? [views[role]!.sheet] : [],
    candidates,
    how: how.get(role) ?? 'none',
  }));
  return { choices, views, scoreTables };
}

function detectByHeaders(
  sheets: readonly Sheet[],
  taken: Set<string>,
  views: Partial<Record<Exclude<Role, 'scoreTable'>, GridView>>,
  how: Map<Role, RoleChoice['how']>,
  roles: readonly Exclude<Role, 'scoreTable'>[],
): void {
  const open = roles.filter((r) => !how.has(r));
  if (open.length === 0) return;
  for (const sheet of sheets) {
    if (taken.has(sheet.name)) continue;
    const view = wholeSheet(sheet);
    let best: { role: Exclude<Role, 'scoreTable'>; known: number } | undefined;
    for (const role of open) {
      if (how.has(role)) continue;
      const t = locateHeader(view, role);
      const known = Object.keys(t.cols).length;
      if (t.headerRow < 0 || known < 2 || !HEADERS[role].needed.every((k) => t.cols[k] !== undefined)) continue;
      if (!best || known > best.known) best = { role, known };
    }
    if (best) {
      views[best.role] = view;
      how.set(best.role, 'header');
      taken.add(sheet.name);
    }
  }
}
