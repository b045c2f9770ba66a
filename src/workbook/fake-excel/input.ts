/**
 * What Excel stores when a value is written through Range.values, and what it shows.
 *
 * Range.values takes a written string the way Excel takes typed input (the API reference: "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
 * value as a formula"), unless the cell's number format is Text ("@"), which keeps any string as text:
 *   "=..."          a formula.
 *   "+..." / "-..." a number when the rest is one ("-5"), else a formula: "-abc" is =-abc (#NAME?).
 *   "@..."          a formula too: Excel still accepts Lotus-style "@SUM(A1:A3)" entry as =SUM(A1:A3).
 *   "'..."          text without the apostrophe (the quote prefix), never reinterpreted.
 *   "#N/A", "#NUM!", ... error values.
 *   "123", "1,234", "50%", "TRUE", "2023-03-15"  numbers, booleans and dates, with a number format
 *                   to match where the cell's own is General (numfmt's parser, which follows Excel's).
 *   ""              clears the cell; null leaves it unchanged.
 * The fake does not recalculate: a formula written through the API gets the value of constant
 * arithmetic (=1+2 is 3), #NAME? for a bare unknown name (=abc), else 0 until Excel would calculate it.
 */
import * as numfmt from 'numfmt';
import { displayValue, usablePattern } from '../shared/number-format';
import { toExcelPrecision } from './digits';
import { officeError } from './errors';
import type { CellModel, ModelValue } from './model';

/** Error values Excel takes when they are typed: "#N/A" is an error, not text. */
const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

export type ApiScalar = string | number | boolean;
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export function isTextFormat(nf: string | undefined): boolean {
  return nf === '@';
}

function isError(v: ModelValue): v is { readonly error: string } {
  return typeof v === 'object' && v !== null;
}

/** Range.values for a cell: "" for blank, the error string for an error. */
export function apiValue(cell: CellModel | undefined): ApiScalar {
  if (!cell || cell.v === null) return '';
  if (typeof cell.v === 'number') return toExcelPrecision(cell.v);
  return isError(cell.v) ? cell.v.error : cell.v;
}

/**
 * Range.valuesAsJson for a cell (ExcelApi 1.16): each value with its `type`, `basicType` and
 * `basicValue` (the value Range.values gives); a picture placed in the cell is its image value.
 */
export function apiValueAsJson(cell: CellModel | undefined): Record<string, unknown> {
  const img = cell?.img;
  if (img) return { ...img, basicType: 'Error', basicValue: '#VALUE!' };
  const type = valueType(cell);
  const basicValue = apiValue(cell);
  if (type === 'Error') return { type: 'Error', basicType: 'Error', basicValue, errorType: errorType(String(basicValue)) };
  return { type, basicType: type, basicValue };
}

/** Excel.ErrorCellValue's errorType for an error value. */
function errorType(error: string): string {
  const names: Record<string, string> = { '#DIV/0!': 'Div0', '#N/A': 'NotAvailable', '#NAME?': 'Name', '#NULL!': 'Null', '#NUM!': 'Num', '#REF!': 'Ref', '#VALUE!': 'Value' };
  return names[error] ?? 'Value';
}

/** Range.formulas for a cell: the formula, else the constant as Range.values has it. */
export function apiFormula(cell: CellModel | undefined): ApiScalar {
  if (cell?.f !== undefined) return cell.f;
  return apiValue(cell);
}

export function valueType(cell: CellModel | undefined): ValueType {
  if (!cell || cell.v === null) return 'Empty';
  const v = cell.v;
  if (isError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** Range.text: the value as the cell's number format shows it (dates from 1904 in a 1904 workbook). */
export function displayText(cell: CellModel | undefined, date1904 = false): string {
  if (!cell || cell.v === null) return '';
  const v = cell.v;
  if (isError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return displayValue(v, cell.nf, date1904);
}

function clearValue(cell: CellModel): void {
  cell.v = null;
  delete cell.img;
  delete cell.f;
  delete cell.q;
}

/** Stores what Range.values = input stores in one cell (null leaves the cell as it is). */
export function enterValue(cell: CellModel, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw officeError('InvalidArgument', where, 'A number must be finite.');
    clearValue(cell);
    cell.v = toExcelPrecision(input);
    return;
  }
  if (typeof input === 'boolean') {
    clearValue(cell);
    cell.v = input;
    return;
  }
  if (typeof input !== 'string') throw officeError('InvalidArgument', where, 'A cell value must be a string, number or boolean.');
  clearValue(cell);
  if (input === '') return;
  if (isTextFormat(cell.nf)) {
    cell.v = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.v = input.slice(1);
    cell.q = true;
    return;
  }
  if (ERROR_VALUES.has(input.toUpperCase())) {
    cell.v = { error: input.toUpperCase() };
    return;
  }
  const first = input[0];
  if (input.length > 1 && first === '=') return setFormula(cell, input, where);
  if (input.length > 1 && first === '@') return setFormula(cell, '=' + input.slice(1), where);
  const parsed = numfmt.parseValue(input) as { v: number | boolean; z?: string } | null;
  if (parsed && typeof parsed.v === 'number' && Number.isFinite(parsed.v)) {
    cell.v = toExcelPrecision(parsed.v);
    if (parsed.z && usablePattern(cell.nf) === 'General') cell.nf = parsed.z;
    return;
  }
  if (parsed && typeof parsed.v === 'boolean') {
    cell.v = parsed.v;
    return;
  }
  if (input.length > 1 && (first === '+' || first === '-')) return setFormula(cell, '=' + input, where);
  cell.v = input;
}

/** Stores what Range.formulas = input stores in one cell: like values, but no number or date parsing. */
export function enterFormula(cell: CellModel, input: unknown, where: string): void {
  if (typeof input === 'string' && input.startsWith('=') && input.length > 1 && !isTextFormat(cell.nf)) {
    clearValue(cell);
    setFormula(cell, input, where);
    return;
  }
  enterValue(cell, input, where);
}

export function enterNumberFormat(cell: CellModel, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  if (typeof input !== 'string') throw officeError('InvalidArgument', where, 'A number format must be a string.');
  if (input === '' || input === 'General') delete cell.nf;
  else cell.nf = input;
}

function setFormula(cell: CellModel, formula: string, where: string): void {
  delete cell.img;
  cell.f = formula;
  cell.v = evaluate(formula.slice(1), where);
}

type Token = { kind: 'num'; v: number } | { kind: 'op'; v: string } | { kind: 'name'; v: string; call: boolean } | { kind: 'str'; v: string };

function tokenize(src: string, where: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|([A-Za-z_$\u0080-\uFFFF][\w$.:!'\u0080-\uFFFF]*)(\s*\()?|(<>|<=|>=|[-+*/^&%(),=<>@]))/y;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    const m = re.exec(src);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(src.slice(i))) break;
      throw officeError('InvalidArgument', where, `There's a problem with this formula: =${src}`);
    }
    i = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: 'str', v: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) {
      out.push({ kind: 'name', v: m[3], call: m[4] !== undefined });
      if (m[4] !== undefined) out.push({ kind: 'op', v: '(' });
    } else out.push({ kind: 'op', v: m[5] });
  }
  return out;
}

/** Constant arithmetic only; anything that needs calculating is reported as such. */
function evaluate(src: string, where: string): ModelValue {
  const tokens = tokenize(src, where);
  let depth = 0;
  let needsCalc = false;
  let unknownName = false;
  let expectOperand = true;
  for (const t of tokens) {
    if (t.kind === 'op' && t.v === '(') depth++;
    else if (t.kind === 'op' && t.v === ')') depth--;
    if (depth < 0) throw officeError('InvalidArgument', where, `There's a problem with this formula: =${src}`);
    if (t.kind === 'name') {
      const upper = t.v.toUpperCase();
      if (t.call || /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(upper) || t.v.includes('!')) needsCalc = true;
      else if (upper !== 'TRUE' && upper !== 'FALSE') unknownName = true;
    }
    const operand = t.kind !== 'op' || t.v === ')' || t.v === '%';
    if (!operand && t.v !== '(' && !['+', '-', '@'].includes(t.v) && expectOperand) {
      throw officeError('InvalidArgument', where, `There's a problem with this formula: =${src}`);
    }
    expectOperand = !operand;
  }
  if (depth !== 0 || expectOperand || tokens.length === 0) {
    throw officeError('InvalidArgument', where, `There's a problem with this formula: =${src}`);
  }
  if (unknownName) return { error: '#NAME?' };
  if (needsCalc) return 0;
  const only = tokens[0];
  if (tokens.length === 1 && only.kind === 'str') return only.v;
  if (tokens.some((t) => t.kind !== 'num' && t.kind !== 'op')) return 0;
  return arithmetic(tokens);
}

function arithmetic(tokens: Token[]): ModelValue {
  let i = 0;
  const peek = (): string | undefined => (tokens[i]?.kind === 'op' ? (tokens[i].v as string) : undefined);
  const primary = (): number => {
    const t = tokens[i++];
    if (t.kind === 'num') return t.v;
    if (t.kind === 'op' && (t.v === '-' || t.v === '+' || t.v === '@')) return t.v === '-' ? -primary() : primary();
    if (t.kind === 'op' && t.v === '(') {
      const v = sum();
      i++;
      return v;
    }
    return NaN;
  };
  const postfix = (): number => {
    let v = primary();
    while (peek() === '%') {
      i++;
      v /= 100;
    }
    return v;
  };
  const power = (): number => {
    let v = postfix();
    while (peek() === '^') {
      i++;
      v = v ** postfix();
    }
    return v;
  };
  const product = (): number => {
    let v = power();
    for (let op = peek(); op === '*' || op === '/'; op = peek()) {
      i++;
      const r = power();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      i++;
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const v = sum();
  if (i !== tokens.length) return 0;
  if (!Number.isFinite(v)) return { error: '#DIV/0!' };
  return toExcelPrecision(v);
}
