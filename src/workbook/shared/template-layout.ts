/** The input sheets of a blank Kaoping workbook, in Chinese and English (workbook contract §1). */
import type { Lang } from '../../engine/types';

export type TemplateRole = 'rubric' | 'categories' | 'units' | 'entries' | 'periods' | 'sources' | 'settings';

export interface TemplateColumn {
  readonly header: string;
  readonly width: number;
  /** A number format for the column's data cells. */
  readonly numFmt?: string;
}

export interface TemplateSheet {
  readonly role: TemplateRole;
  readonly name: string;
  readonly columns: readonly TemplateColumn[];
  /** Rows filled in under the header (the settings sheet lists its keys with their defaults). */
  readonly rows?: ReadonlyArray<ReadonlyArray<string | number>>;
}

const col = (header: string, width: number, numFmt?: string): TemplateColumn => (numFmt ? { header, width, numFmt } : { header, width });

export const KINDS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['扣分', '累进扣分', '评分', '折合', '达标率', '加分', '否决'],
  en: ['deduct', 'progressive', 'score', 'scaled', 'rate', 'bonus', 'veto'],
};

/** 整改状态 as a dropdown offers it (contract section 8). */
export const STATUSES: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['未整改', '整改中', '已整改'],
  en: ['open', 'in progress', 'done'],
};

export const TEMPLATE: Readonly<Record<Lang, readonly TemplateSheet[]>> = {
  zh: [
    {
      role: 'rubric',
      name: '考评细则',
      columns: [col('编号', 8), col('栏目', 14), col('考核内容', 36), col('分值', 8), col('单次扣分', 10), col('类型', 10), col('评分标准', 40), col('考核办法', 24), col('折合基数', 10), col('达标值', 10)],
    },
    { role: 'categories', name: '栏目设置', columns: [col('栏目', 16), col('分值', 8), col('权重', 8)] },
    { role: 'units', name: '考评单位', columns: [col('单位', 20), col('考评区', 12), col('规模系数', 10), col('工资总额', 12, '#,##0')] },
    {
      role: 'entries',
      name: '扣分记录',
      columns: [col('期间', 10), col('单位', 18), col('编号', 8), col('次数', 6), col('扣分', 8), col('原因', 40), col('检查人', 10), col('日期', 12, 'yyyy-mm-dd'), col('来源', 14),
        col('整改状态', 10), col('整改期限', 12, 'yyyy-mm-dd'), col('整改责任人', 12)],
    },
    { role: 'periods', name: '期间设置', columns: [col('期间', 14), col('权重', 8), col('奖励资金', 12, '#,##0')] },
    { role: 'sources', name: '来源设置', columns: [col('来源', 14), col('权重', 8), col('用途', 10)] },
    {
      role: 'settings',
      name: '考评设置',
      columns: [col('项目', 14), col('值', 10), col('说明', 56)],
      rows: [
        ['排名方式', '美式', '美式（1、2、2、4）或 中国式（1、2、2、3）'],
        ['红旗名额', 3, '每个考评区得红旗的名次'],
        ['预警名额', 0, '每个考评区末位预警的个数'],
        ['小数位', 2, '得分保留的小数位数'],
        ['偏差提示', '', '对照来源（如支部自查）得分高出正式得分多少分时提示“偏高”；空着为满分的 5%'],
        ['挂钩比例', '', '工资总额中随得分浮动的比例，如 20%；不挂钩则留空'],
        ['奖励资金', '', '按排名分分配给合格单位的奖励资金（多期时为综合）；不设则留空'],
        ['金额小数位', 0, '金额保留的小数位数（0 为整元）'],
        ['评定日期', '', '判断整改是否逾期的日期，如 2024-03-31；留空为当天'],
      ],
    },
  ],
  en: [
    {
      role: 'rubric',
      name: 'Rubric',
      columns: [col('ID', 8), col('Category', 16), col('Item', 36), col('Points', 8), col('Per occurrence', 14), col('Kind', 12), col('Standard', 40), col('Method', 24), col('Scale', 10), col('Target', 10)],
    },
    { role: 'categories', name: 'Categories', columns: [col('Category', 16), col('Points', 8), col('Weight', 8)] },
    { role: 'units', name: 'Units', columns: [col('Unit', 20), col('Zone', 12), col('Coefficient', 12), col('Pay base', 12, '#,##0')] },
    {
      role: 'entries',
      name: 'Entries',
      columns: [col('Period', 10), col('Unit', 18), col('ID', 8), col('Count', 7), col('Points', 8), col('Reason', 40), col('Inspector', 12), col('Date', 12, 'yyyy-mm-dd'), col('Source', 14),
        col('Status', 12), col('Due', 12, 'yyyy-mm-dd'), col('Responsible', 14)],
    },
    { role: 'periods', name: 'Periods', columns: [col('Period', 14), col('Weight', 8), col('Reward fund', 12, '#,##0')] },
    { role: 'sources', name: 'Sources', columns: [col('Source', 14), col('Weight', 8), col('Use', 10)] },
    {
      role: 'settings',
      name: 'Settings',
      columns: [col('Key', 16), col('Value', 10), col('Note', 56)],
      rows: [
        ['Ranking', 'standard', 'standard (1, 2, 2, 4) or dense (1, 2, 2, 3)'],
        ['Top flags', 3, 'red flags per zone, by rank'],
        ['Bottom warnings', 0, 'warnings for the last units of each zone'],
        ['Decimals', 2, 'decimal places of the scores'],
        ['Compare alert', '', 'flag a compare source (a self-check) scoring this many points above the official total; blank: 5% of the full score'],
        ['Linked share', '', 'share of the pay base that follows the score, such as 20%; blank for none'],
        ['Reward fund', '', 'fund shared among the units that passed, by rank score (the composite with several periods); blank for none'],
        ['Money decimals', 0, 'decimal places of amounts (0: whole yuan)'],
        ['As of', '', 'the date rectification is checked against, such as 2024-03-31; blank for the day of the run'],
      ],
    },
  ],
};

/** The uses a source may have (contract §6), offered as a dropdown in the sources sheet's 用途 column. */
export const USES: Readonly<Record<Lang, readonly string[]>> = { zh: ['计分', '对照'], en: ['Score', 'Compare'] };
