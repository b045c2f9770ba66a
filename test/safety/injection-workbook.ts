/**
 * A clerk workbook in which every kind of text Kaoping copies into its result sheets starts with
 * each character a spreadsheet (or a CSV reader) may take for the start of a formula: =, +, -, @,
 * a tab and a carriage return. Each text carries a token naming its kind and prefix, so a test can
 * find every place it was written.
 */
import type { SampleValue, SampleWorkbook } from '../../seeds';

export const PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

/**
 * Kinds of clerk text that reach a result sheet, and where they come from. (An entry's source is not
 * printed on the deduction notices, which show the contract's columns.)
 */
export const KINDS = [
  'reason',
  'unit name',
  'item text',
  'zone name',
  'period label',
  'category',
  'inspector',
  'date written as text',
  'item id',
  'finding quoting a number cell',
  'finding quoting an unknown unit',
  'finding naming a sheet',
] as const;
export type Kind = (typeof KINDS)[number];

/** Sheet names cannot hold a tab or a carriage return. */
export const APPLIES = (kind: Kind, prefix: string): boolean => kind !== 'finding naming a sheet' || !/[\t\r]/.test(prefix);

export const token = (kind: Kind, prefix: string): string => `K${KINDS.indexOf(kind)}P${PREFIXES.indexOf(prefix as (typeof PREFIXES)[number])}`;

/** The text of a kind with a prefix: a formula after the prefix (after a tab or CR, an = too). */
export function hostile(kind: Kind, prefix: string): string {
  const formula = /[\t\r]/.test(prefix) ? '=' : '';
  if (kind === 'finding naming a sheet') return `${prefix}扣分表${token(kind, prefix)}`;
  return `${prefix}${formula}SUM(1,2)#${token(kind, prefix)}`;
}

export function injectionWorkbook(): SampleWorkbook {
  const t = (kind: Kind, p: string) => hostile(kind, p);
  const rubric: SampleValue[][] = [['编号', '栏目', '考核内容', '分值', '类型']];
  const units: SampleValue[][] = [['单位', '考评区']];
  const entries: SampleValue[][] = [['期间', '单位', '编号', '扣分', '原因', '检查人', '日期', '来源']];
  const tables: SampleWorkbook['sheets'][number][] = [];
  for (const p of PREFIXES) {
    rubric.push([t('item id', p), t('category', p), t('item text', p), 10, '扣分']);
    units.push([t('unit name', p), t('zone name', p)]);
    entries.push([t('period label', p), t('unit name', p), t('item id', p), 2, t('reason', p), t('inspector', p), t('date written as text', p), '联查']);
    entries.push([t('period label', p), t('unit name', p), t('item id', p), t('finding quoting a number cell', p), '扣分不是数字', '', '', '']);
    entries.push([t('period label', p), t('finding quoting an unknown unit', p), t('item id', p), 1, '单位不在名单中', '', '', '']);
    if (APPLIES('finding naming a sheet', p)) {
      // A score table whose one column names no rubric item: an IGNORED_COLUMN finding on that sheet.
      tables.push({ name: t('finding naming a sheet', p), rows: [['单位', '9.9'], [t('unit name', PREFIXES[0]), 1]] });
    }
  }
  return {
    key: 'injection',
    title: { zh: '公式注入', en: 'Formula injection' },
    description: { zh: '', en: '' },
    source: 'test',
    sheets: [
      { name: '考评细则', rows: rubric },
      { name: '考评单位', rows: units },
      { name: '扣分记录', rows: entries },
      ...tables,
    ],
  };
}
