/**
 * Range.dataValidation (ExcelApi 1.8) on the in-memory workbook, as far as 插入模板 uses it: a list
 * rule (a dropdown) set on a range. The rules are kept with their sheet, by rectangle.
 */
import type { Rect } from './address';
import type { FakeContext } from './context';
import { officeError } from './errors';
import type { SheetModel } from './model';
import { FakeObject, type TypeInfo } from './proxy';
import type { RangeTarget } from './range';

export const DATA_VALIDATION_API_SET = '1.8';

export interface ValidationModel {
  readonly rect: Rect;
  readonly list: { readonly inCellDropDown: boolean; readonly source: string };
}

const RULES = new WeakMap<SheetModel, ValidationModel[]>();

/** The list rules on a sheet, in the order they were set. */
export function validationsOf(sheet: SheetModel): readonly ValidationModel[] {
  return RULES.get(sheet) ?? [];
}

const INFO: TypeInfo<RangeTarget> = {
  name: 'DataValidation',
  props: {
    rule: {
      get: (t) => {
        const v = validationsOf(t.sheet).find((x) => x.rect.top === t.rect.top && x.rect.left === t.rect.left && x.rect.bottom === t.rect.bottom && x.rect.right === t.rect.right);
        return v ? { list: v.list } : {};
      },
      set: (t, value, where) => {
        const list = (value as Excel.DataValidationRule | null)?.list;
        if (!list || typeof list.source !== 'string' || list.source.trim() === '') {
          throw officeError('InvalidArgument', where, 'Only a list rule with a source text is supported here.');
        }
        const kept = validationsOf(t.sheet).filter((x) => x.rect.bottom < t.rect.top || x.rect.top > t.rect.bottom || x.rect.right < t.rect.left || x.rect.left > t.rect.right);
        RULES.set(t.sheet, [...kept, { rect: t.rect, list: { inCellDropDown: list.inCellDropDown !== false, source: list.source } }]);
      },
    },
  },
};

export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(ctx: FakeContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
  }
  protected get info(): TypeInfo<RangeTarget> {
    return INFO;
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
}
