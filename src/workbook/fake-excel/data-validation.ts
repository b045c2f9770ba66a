/**
 * Excel.DataValidation (ExcelApi 1.8) over a range of the in-memory workbook, as Excel's documentation
 * describes it:
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation          (DV)
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-data-validation  (GUIDE)
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation      (LIST)
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationtype      (TYPE)
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidationerroralert (ALERT)
 *
 * - `rule` takes a DataValidationRule with exactly one criterion (wholeNumber, decimal, textLength,
 *   date, time, list, custom): "No more than one of these properties may be present" (GUIDE); none, or
 *   an unknown one, is an InvalidArgument.
 * - A list's `source` is a Range or a string: a comma-delimited list, or a formula (LIST; GUIDE, "List
 *   validation rule type"); `inCellDropDown` defaults to true (LIST). A Range source reads back as the
 *   formula of its absolute address.
 * - `errorAlert` defaults to showAlert true, style "Stop" (ALERT; GUIDE, "Create validation error
 *   alerts"); `prompt` to showPrompt false (GUIDE); `ignoreBlanks` to true (DV). Each can be set before
 *   or after the rule (GUIDE's examples set the alert first).
 * - `type` is read-only and follows the rule (DV): "None" without one, the criterion's type with one,
 *   "Inconsistent" when the range's cells have different rules, "MixedCriteria" when some cells have
 *   a rule and some none (TYPE).
 * - `clear()` removes validation from the cells the range covers, leaving the rest of a larger
 *   validated range as it was: "only the overlapping cells, if any, of the two ranges are cleared"
 *   (GUIDE, "Remove data validation from a range").
 * - Properties read over cells that differ are null, as the API's other range properties are.
 * Validation is kept per sheet as rectangles that never overlap, so a rule over whole columns costs
 * one rectangle, not a million cells.
 */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../engine/cells';
import { quoteSheet, type Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import type { SheetModel } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import type { RangeTarget } from './range';

const CRITERIA = { wholeNumber: 'WholeNumber', decimal: 'Decimal', textLength: 'TextLength', date: 'Date', time: 'Time', list: 'List', custom: 'Custom' } as const;
type Criterion = keyof typeof CRITERIA;

export interface ListRule {
  readonly inCellDropDown: boolean;
  /** A comma-delimited list, or a formula ("='考评单位'!$A$2:$A$2001"). */
  readonly source: string;
}

export interface ValidationModel {
  readonly rule?: Readonly<Partial<Record<Criterion, unknown>>>;
  readonly errorAlert: { readonly showAlert: boolean; readonly style: string; readonly title: string; readonly message: string };
  readonly prompt: { readonly showPrompt: boolean; readonly title: string; readonly message: string };
  readonly ignoreBlanks: boolean;
}

interface Area {
  readonly rect: Rect;
  readonly v: ValidationModel;
}

const DEFAULT: ValidationModel = {
  errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
  prompt: { showPrompt: false, title: '', message: '' },
  ignoreBlanks: true,
};

const areasOf = new WeakMap<SheetModel, Area[]>();

/** The validated rectangles of a sheet (for tests and the .xlsx edge). */
export function validationAreas(sheet: SheetModel): readonly Area[] {
  return areasOf.get(sheet) ?? [];
}

function intersect(a: Rect, b: Rect): Rect | undefined {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : undefined;
}

/** `a` without `b`: up to four rectangles. */
function subtract(a: Rect, b: Rect): Rect[] {
  const i = intersect(a, b);
  if (!i) return [a];
  const out: Rect[] = [];
  if (a.top < i.top) out.push({ ...a, bottom: i.top - 1 });
  if (i.bottom < a.bottom) out.push({ ...a, top: i.bottom + 1 });
  if (a.left < i.left) out.push({ top: i.top, bottom: i.bottom, left: a.left, right: i.left - 1 });
  if (i.right < a.right) out.push({ top: i.top, bottom: i.bottom, left: i.right + 1, right: a.right });
  return out;
}

const cells = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Changes the validation of every cell of `rect` by `update` (cells without any start from the defaults). */
function change(t: RangeTarget, where: string, update: (v: ValidationModel) => ValidationModel): void {
  t.sheet.assertWritable(where);
  const next: Area[] = [];
  let uncovered: Rect[] = [t.rect];
  for (const area of areasOf.get(t.sheet) ?? []) {
    const inside = intersect(area.rect, t.rect);
    if (!inside) {
      next.push(area);
      continue;
    }
    for (const rest of subtract(area.rect, t.rect)) next.push({ rect: rest, v: area.v });
    next.push({ rect: inside, v: update(area.v) });
    uncovered = uncovered.flatMap((u) => subtract(u, inside));
  }
  for (const rect of uncovered) next.push({ rect, v: update(DEFAULT) });
  areasOf.set(t.sheet, next.filter((a) => !same(a.v, DEFAULT)));
}

/** The validation of each part of the range, and how many of its cells have none. */
function within(t: RangeTarget): { parts: ValidationModel[]; bare: number } {
  const parts: ValidationModel[] = [];
  let covered = 0;
  for (const area of areasOf.get(t.sheet) ?? []) {
    const inside = intersect(area.rect, t.rect);
    if (!inside) continue;
    parts.push(area.v);
    covered += cells(inside);
  }
  return { parts, bare: cells(t.rect) - covered };
}

/** A property read over the range: the value when every cell agrees, else null. */
function uniform<V>(t: RangeTarget, pick: (v: ValidationModel) => V): V | null {
  const { parts, bare } = within(t);
  const values = bare > 0 ? [...parts.map(pick), pick(DEFAULT)] : parts.map(pick);
  return values.every((v) => same(v, values[0])) ? values[0] : null;
}

function typeOf(t: RangeTarget): string {
  const { parts, bare } = within(t);
  const rules = parts.map((v) => v.rule);
  const ruled = rules.filter((r) => r !== undefined);
  if (ruled.length === 0) return 'None';
  if (bare > 0 || ruled.length < rules.length) return 'MixedCriteria';
  if (!ruled.every((r) => same(r, ruled[0]))) return 'Inconsistent';
  return CRITERIA[Object.keys(ruled[0]!)[0] as Criterion];
}

/** A list's source as Excel keeps it: the text given, or the absolute address of the Range given. */
function listSource(source: unknown, where: string): string {
  if (typeof source === 'string' && source.trim() !== '') return source;
  if (source instanceof FakeObject) {
    const r = (source as FakeObject<unknown>).live(where) as Partial<RangeTarget>;
    if (r.sheet && r.rect) {
      const { top, left, bottom, right } = r.rect;
      return `=${quoteSheet(r.sheet.name)}!$${columnLetters(left)}$${top + 1}:$${columnLetters(right)}$${bottom + 1}`;
    }
  }
  throw officeError('InvalidArgument', where, 'A list needs a source: a Range or a comma-delimited list.');
}

function checkRule(rule: unknown, where: string): ValidationModel['rule'] {
  const keys = rule && typeof rule === 'object' ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined) : [];
  if (keys.length !== 1 || !(keys[0] in CRITERIA)) {
    throw officeError('InvalidArgument', where, 'A data validation rule takes exactly one criterion.');
  }
  const key = keys[0] as Criterion;
  const value = (rule as Record<string, unknown>)[key];
  if (key !== 'list') return { [key]: value };
  const list = (value ?? {}) as { inCellDropDown?: unknown; source?: unknown };
  const out: ListRule = { inCellDropDown: list.inCellDropDown !== false, source: listSource(list.source, where) };
  return { list: out };
}

function merged<K extends 'errorAlert' | 'prompt'>(key: K, value: unknown, where: string): (v: ValidationModel) => ValidationModel {
  if (!value || typeof value !== 'object') throw officeError('InvalidArgument', where);
  const given = Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined));
  return (v) => ({ ...v, [key]: { ...v[key], ...given } });
}

const DV: TypeInfo<RangeTarget> = {
  name: 'DataValidation',
  props: {
    rule: {
      get: (t) => uniform(t, (v) => v.rule ?? {}),
      set: (t, value, where) => {
        const rule = checkRule(value, where);
        change(t, where, (v) => ({ ...v, rule }));
      },
    },
    errorAlert: { get: (t) => uniform(t, (v) => v.errorAlert), set: (t, value, where) => change(t, where, merged('errorAlert', value, where)) },
    prompt: { get: (t) => uniform(t, (v) => v.prompt), set: (t, value, where) => change(t, where, merged('prompt', value, where)) },
    ignoreBlanks: {
      get: (t) => uniform(t, (v) => v.ignoreBlanks),
      set: (t, value, where) => {
        if (typeof value !== 'boolean') throw officeError('InvalidArgument', where);
        change(t, where, (v) => ({ ...v, ignoreBlanks: value }));
      },
    },
    type: { get: (t) => typeOf(t) },
  },
};

export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<RangeTarget> {
    return DV;
  }
  protected override isAlive(t: RangeTarget): boolean {
    return t.book.alive(t.sheet);
  }
  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  set rule(v: Excel.DataValidationRule) {
    this.write('rule', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', v);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.write('prompt', v);
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.write('ignoreBlanks', v);
  }
  get type(): Excel.DataValidation['type'] {
    return this.read('type');
  }
  /** Removes validation from the cells of this range only. */
  clear(): void {
    this.invoke('clear', [], (t, where) => {
      t.sheet.assertWritable(where);
      const rest = (areasOf.get(t.sheet) ?? []).flatMap((a) => subtract(a.rect, t.rect).map((rect) => ({ rect, v: a.v })));
      areasOf.set(t.sheet, rest);
    });
  }
}

/** ExcelJS keeps range validations in `dataValidations`, which its typings leave out. */
type WithValidations = { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } };

/** A sheet's list validations into an ExcelJS worksheet, when the in-memory workbook is saved as .xlsx. */
export function saveValidations(sheet: SheetModel, ws: ExcelJS.Worksheet): void {
  for (const { rect, v } of validationAreas(sheet)) {
    const list = v.rule?.list as ListRule | undefined;
    if (!list) continue;
    const address = `${columnLetters(rect.left)}${rect.top + 1}:${columnLetters(rect.right)}${rect.bottom + 1}`;
    (ws as unknown as WithValidations).dataValidations.add(address, {
      type: 'list',
      allowBlank: v.ignoreBlanks,
      showInputMessage: v.prompt.showPrompt,
      promptTitle: v.prompt.title,
      prompt: v.prompt.message,
      showErrorMessage: v.errorAlert.showAlert,
      errorStyle: v.errorAlert.style.toLowerCase(),
      errorTitle: v.errorAlert.title,
      error: v.errorAlert.message,
      formulae: [list.source.startsWith('=') ? list.source.slice(1) : `"${list.source}"`],
    });
  }
}
