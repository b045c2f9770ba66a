/** The rubric and the categories sheet: items, kinds, caps, category pools and weights. */
import { cellText, isCellError } from './cells';
import { cellAt, type GridView, type HeaderedTable } from './find';
import { messages, type Findings } from './findings';
import { columnName, requireTable, rowIsBlank, TableReader, type NumberAt } from './read';
import { readRate } from './rates';
import { clean, matchKey } from './text';
import type { Category, Item, ItemId, ItemKind } from './types';

const KIND_ALIASES: ReadonlyArray<[ItemKind, readonly string[]]> = [
  ['deduct', ['扣分', 'deduct', 'deduction']],
  ['progressive', ['累进扣分', '累进', 'progressive']],
  ['score', ['评分', '酌情评分', 'score']],
  ['bonus', ['加分', '奖励加分', 'bonus']],
  ['veto', ['否决', '一票否决', 'veto']],
  ['scaled', ['折合', '折算', 'scaled']],
  ['rate', ['达标率', 'rate']],
];
const KINDS = new Map<string, ItemKind>();
for (const [kind, names] of KIND_ALIASES) for (const n of names) KINDS.set(matchKey(n), kind);

export function kindOf(text: string): ItemKind | undefined {
  return text === '' ? 'deduct' : KINDS.get(matchKey(text));
}

/** Kinds whose loss counts against a category. */
export function isScoredKind(kind: ItemKind): boolean {
  return kind === 'deduct' || kind === 'progressive' || kind === 'score' || kind === 'scaled' || kind === 'rate';
}

export interface ScoredCategory extends Category {
  readonly index: number;
}

const TOTAL_ROW = /^(总分|合计|总计|小计|total)/iu;

export function parseRubric(view: GridView, findings: Findings): { items: Item[]; invalidIds: Set<string>; table: HeaderedTable } | undefined {
  const table = requireTable(view, 'rubric', findings);
  if (!table) return undefined;

  const rd = new TableReader(table, findings);
  const items: Item[] = [];
  const firstAt = new Map<string, string>();
  const invalidIds = new Set<string>();
  let category = '';
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    rd.about = {};
    const catText = rd.text(r, 'category');
    if (catText !== '') category = catText;
    const idCell = cellAt(view, r, table.cols.id!);
    const id = rd.text(r, 'id');
    const itemText = rd.rawText(r, 'item');
    // An error or a picture in the id is reported where it was read, and the row goes with it.
    if (isCellError(idCell?.value ?? null) || idCell?.picture === true) continue;
    if (id === '') {
      const pts = rd.text(r, 'points');
      if (pts !== '' && !TOTAL_ROW.test(catText) && !TOTAL_ROW.test(itemText)) {
        findings.add('MISSING_ID', view.sheet, rd.address(r, 'id'), messages.missingId());
      }
      continue;
    }
    const at = rd.address(r, 'id');
    rd.about = { item: id, category };
    const first = firstAt.get(id);
    if (first !== undefined) {
      findings.add('DUPLICATE_ITEM_ID', view.sheet, at, messages.duplicateItem(id, first));
      continue;
    }
    firstAt.set(id, at);
    const kindText = rd.text(r, 'kind');
    const kind = kindOf(kindText);
    let ok = true;
    if (kind === undefined) {
      findings.add('UNKNOWN_KIND', view.sheet, rd.address(r, 'kind'), messages.unknownKind(kindText), rd.about);
      ok = false;
    }
    const pointsName = columnName('rubric', 'points');
    const points = rd.number(r, 'points', pointsName);
    if (points.kind === 'none' && kind !== 'veto') {
      findings.add('BAD_NUMBER', view.sheet, rd.address(r, 'points'), messages.badNumber(pointsName, ''), rd.about);
      ok = false;
    }
    if (points.kind === 'invalid') ok = false;
    const per = rd.number(r, 'per', columnName('rubric', 'per'));
    if (kind === 'progressive' && per.kind === 'none') {
      findings.add('BAD_NUMBER', view.sheet, rd.address(r, 'per') || at, messages.noPer(), rd.about);
      ok = false;
    }
    if (per.kind === 'invalid' && kind === 'progressive') ok = false;
    const extra = kind === 'scaled' || kind === 'rate' ? readKindColumns(rd, view, r, id, kind, per, at) : {};
    if (extra === undefined) ok = false;
    if (!ok || kind === undefined) {
      invalidIds.add(id);
      continue;
    }
    const item: Item = {
      id: id as ItemId,
      category: category === '' ? '未分类' : category,
      text: itemText,
      kind,
      cap: points.kind === 'number' ? points.value : 0,
      ...(per.kind === 'number' ? { per: per.value } : {}),
      ...extra,
      standard: rd.rawText(r, 'standard'),
      method: rd.rawText(r, 'method'),
      sheet: view.sheet,
      cell: at,
    };
    items.push(item);
  }
  return { items, invalidIds, table };
}

/**
 * The columns a 折合 or 达标率 item needs: its scale (折合基数, default 100) or its target (达标值) and
 * per-point loss (单次扣分). Undefined, with a finding at the rubric cell, when one is not usable.
 */
function readKindColumns(
  rd: TableReader,
  view: GridView,
  r: number,
  id: string,
  kind: 'scaled' | 'rate',
  per: NumberAt,
  at: string,
): { scale?: number; target?: number } | undefined {
  if (kind === 'scaled') {
    const c = rd.has('scale') ? rd.address(r, 'scale') : '';
    const scale = rd.number(r, 'scale', columnName('rubric', 'scale'), true);
    if (scale.kind === 'none') return { scale: 100 };
    if (scale.kind === 'invalid') return undefined;
    if (scale.value > 0) return { scale: scale.value };
    rd.report('BAD_NUMBER', c, messages.badScale(id, cellText(cellAt(view, r, rd.column('scale')!)).trim()));
    return undefined;
  }
  let ok = true;
  const target = rd.has('target') ? readRate(cellAt(view, r, rd.column('target')!)) : { kind: 'none' as const };
  if (target.kind === 'error') {
    rd.report('FORMULA_ERROR', rd.address(r, 'target'), messages.formulaError(target.error));
    ok = false;
  } else if (target.kind !== 'rate') {
    rd.report('BAD_NUMBER', rd.address(r, 'target') || at, messages.badTarget(id, target.kind === 'bad' ? target.text : ''));
    ok = false;
  }
  if (per.kind === 'none') {
    rd.report('BAD_NUMBER', rd.address(r, 'per') || at, messages.noPerRate(id));
    ok = false;
  }
  if (per.kind === 'invalid') ok = false;
  return ok && target.kind === 'rate' ? { target: target.value } : undefined;
}

interface CategoryRow {
  readonly name: string;
  readonly cap?: number;
  readonly weight?: number;
  readonly weightInvalid: boolean;
}

/** Groups items into scored categories, taking caps and weights from the categories sheet where given. */
export function buildCategories(
  items: readonly Item[],
  categoriesView: GridView | undefined,
  findings: Findings,
): { categories: ScoredCategory[]; categoryOf: Map<Item, ScoredCategory>; weighted: boolean } {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    if (!isScoredKind(it.kind)) continue;
    const g = groups.get(it.category);
    if (g) g.push(it);
    else groups.set(it.category, [it]);
  }
  const rows = categoriesView ? readCategoryRows(categoriesView, groups, items, findings) : new Map<string, CategoryRow>();
  const sheetName = categoriesView?.sheet ?? '';
  const weightsGiven = [...rows.values()].some((r) => r.weight !== undefined || r.weightInvalid);

  let weighted = false;
  let scale = 1;
  if (weightsGiven) {
    let sum = 0;
    let complete = true;
    for (const name of groups.keys()) {
      const w = rows.get(name)?.weight;
      if (w === undefined) complete = false;
      else sum += w;
    }
    sum = clean(sum);
    if (complete && Math.abs(sum - 1) < 1e-6) weighted = true;
    else if (complete && Math.abs(sum - 100) < 1e-4) {
      weighted = true;
      scale = 0.01;
    } else {
      findings.add('WEIGHTS_NOT_100', sheetName, '', messages.weightsNot100(String(sum)));
    }
  }

  const categories: ScoredCategory[] = [];
  const categoryOf = new Map<Item, ScoredCategory>();
  for (const [name, its] of groups) {
    const row = rows.get(name);
    if (categoriesView && !row) findings.add('UNKNOWN_CATEGORY', its[0].sheet, its[0].cell, messages.categoryNotInSheet(name));
    const cap = row?.cap ?? clean(its.reduce((s, it) => s + it.cap, 0));
    const cat: ScoredCategory = {
      name,
      cap,
      ...(weighted && row?.weight !== undefined ? { weight: row.weight * scale } : {}),
      items: its,
      index: categories.length,
    };
    categories.push(cat);
    for (const it of its) categoryOf.set(it, cat);
  }
  return { categories, categoryOf, weighted };
}

function readCategoryRows(
  view: GridView,
  groups: ReadonlyMap<string, Item[]>,
  items: readonly Item[],
  findings: Findings,
): Map<string, CategoryRow> {
  const out = new Map<string, CategoryRow>();
  const table = requireTable(view, 'categories', findings);
  if (!table) return out;
  const rd = new TableReader(table, findings);
  const anyCategory = new Set(items.map((it) => it.category));
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    const name = rd.text(r, 'category');
    if (name === '' || TOTAL_ROW.test(name)) continue;
    if (!groups.has(name)) {
      // A category of bonus or veto items only is not scored: its row is simply not needed.
      if (!anyCategory.has(name)) findings.add('UNKNOWN_CATEGORY', view.sheet, rd.address(r, 'category'), messages.categoryNotInRubric(name));
      continue;
    }
    if (out.has(name)) continue;
    const cap = rd.number(r, 'points', columnName('categories', 'points'));
    const weight = rd.number(r, 'weight', columnName('categories', 'weight'));
    out.set(name, {
      name,
      ...(cap.kind === 'number' ? { cap: cap.value } : {}),
      ...(weight.kind === 'number' ? { weight: weight.value } : {}),
      weightInvalid: weight.kind === 'invalid',
    });
  }
  return out;
}
