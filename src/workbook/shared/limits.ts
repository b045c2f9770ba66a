/** What the clerk reads when a sheet is over the row limit, whichever adapter found it. */
import type { Bilingual } from '../errors';
import { MAX_SHEET_ROWS } from '../port';

export interface LimitText {
  /** What is wrong: "the sheet … has more than … rows, the most Kaoping reads in one sheet". */
  readonly what: Bilingual;
  /** What to do about it. */
  readonly todo: Bilingual;
}

export function tooManyRowsText(sheet: string, max: number = MAX_SHEET_ROWS): LimitText {
  const n = max.toLocaleString('en-US');
  return {
    what: {
      zh: `工作表“${sheet}”超过 ${n} 行，这是考评助手在一个工作表中读取的上限`,
      en: `the sheet "${sheet}" has more than ${n} rows, the most Kaoping reads in one sheet`,
    },
    todo: { zh: '请删除多余的行，或把记录分到几个工作簿中', en: 'delete the unused rows or split the records over several workbooks' },
  };
}
