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
  /**
   * Rows filled in under the header: one example row to write over (the settings sheet lists every
   * setting the pane offers, with its default or blank for automatic).
   */
  readonly rows?: ReadonlyArray<ReadonlyArray<string | number>>;
  /** The 填写说明 line above the header (the engine skips rows above a header row). */
  readonly note: string;
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
      note: '填写说明：每行一个考核项目；编号不可重复；类型为 扣分、累进扣分、评分、折合、达标率、加分 或 否决（空为扣分）。第 3 行是示例，请改写或删除。',
      rows: [['1.1', '组织建设', '按期召开支部委员会', 10, 2, '扣分', '每缺一次扣 2 分', '查会议记录']],
    },
    {
      role: 'categories',
      name: '栏目设置',
      columns: [col('栏目', 16), col('分值', 8), col('权重', 8)],
      note: '填写说明：可不填；填写时每个栏目一行，分值为该栏目最多扣的分，权重合计为 100%。第 3 行是示例。',
      rows: [['组织建设', 10, '']],
    },
    {
      role: 'units',
      name: '考评单位',
      columns: [col('单位', 20), col('考评区', 12), col('规模系数', 10), col('工资总额', 12, '#,##0')],
      note: '填写说明：每个参评单位一行；同一考评区的单位相互排名；规模系数可不填（按 1）。第 3 行是示例。',
      rows: [['第一党支部', '一区', '', '']],
    },
    {
      role: 'entries',
      name: '扣分记录',
      columns: [col('期间', 10), col('单位', 18), col('编号', 8), col('次数', 6), col('扣分', 8), col('原因', 40), col('检查人', 10), col('日期', 12, 'yyyy-mm-dd'), col('来源', 14), col('整改状态', 10), col('整改期限', 12, 'yyyy-mm-dd'), col('整改责任人', 12)],
      note: '填写说明：每次检查发现一行；单位和编号须与“考评单位”“考评细则”一致；扣分空时按 次数 × 单次扣分；请写明原因。第 3 行是示例。',
      rows: [['一季度', '第一党支部', '1.1', 1, '', '3月支委会未按期召开', '张三', '2024-03-31', '联查', '', '', '']],
    },
    {
      role: 'periods',
      name: '期间设置',
      columns: [col('期间', 14), col('权重', 8), col('奖励资金', 12, '#,##0')],
      note: '填写说明：可不填；有两个以上期间时按权重算综合成绩（不填权重则平均）。第 3 行是示例。',
      rows: [['一季度', '', '']],
    },
    {
      role: 'sources',
      name: '来源设置',
      columns: [col('来源', 14), col('权重', 8), col('用途', 10)],
      note: '填写说明：可不填；每个来源一行（扣分记录的“来源”列），用途为 计分 或 对照（如支部自查），空为计分。',
    },
    {
      role: 'settings',
      name: '考评设置',
      columns: [col('项目', 14), col('值', 10), col('说明', 56)],
      note: '填写说明：值留空即用默认；也可在考评助手窗格的“设置”页修改。',
      rows: [
        ['排名方式', '美式', '美式（1、2、2、4）或 中国式（1、2、2、3）'],
        ['红旗名额', 3, '每个考评区得红旗的名次'],
        ['预警名额', 0, '每个考评区末位预警的个数'],
        ['合格线', '', '空为满分的 60%；可写分数或百分比'],
        ['小数位', 2, '得分保留的小数位数（0 到 6）'],
        ['偏差提示', '', '对照来源（如支部自查）得分高出正式得分多少分时提示“偏高”；空着为满分的 5%'],
        ['结果语言', '', '中文 或 English；空则沿用已有结果表的语言'],
        ['公示单位', '', '印在排名公示表下方'],
        ['公示期', '', '印在排名公示表下方'],
        ['细则表', '', '各表留空则自动识别；可填工作表名称，或“不使用”'],
        ['栏目表', '', ''],
        ['单位表', '', ''],
        ['记录表', '', ''],
        ['扣分表', '', ''],
        ['期间表', '', ''],
        ['来源表', '', ''],
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
      note: 'How to fill in: one item a row; ids unique; Kind is deduct, progressive, score, scaled, rate, bonus or veto (blank: deduct). Row 3 is an example: write over it or delete it.',
      rows: [['1.1', 'Organisation', 'Committee meets on time', 10, 2, 'deduct', '2 points per meeting missed', 'Minutes']],
    },
    {
      role: 'categories',
      name: 'Categories',
      columns: [col('Category', 16), col('Points', 8), col('Weight', 8)],
      note: 'How to fill in: optional; one category a row, its points the most it can lose, weights adding up to 100%. Row 3 is an example.',
      rows: [['Organisation', 10, '']],
    },
    {
      role: 'units',
      name: 'Units',
      columns: [col('Unit', 20), col('Zone', 12), col('Coefficient', 12), col('Pay base', 12, '#,##0')],
      note: 'How to fill in: one unit a row; units of a zone are ranked together; the coefficient may be blank (1). Row 3 is an example.',
      rows: [['Branch One', 'Zone 1', '', '']],
    },
    {
      role: 'entries',
      name: 'Entries',
      columns: [col('Period', 10), col('Unit', 18), col('ID', 8), col('Count', 7), col('Points', 8), col('Reason', 40), col('Inspector', 12), col('Date', 12, 'yyyy-mm-dd'), col('Source', 14), col('Status', 12), col('Due', 12, 'yyyy-mm-dd'), col('Responsible', 14)],
      note: 'How to fill in: one finding a row; unit and id as in Units and Rubric; blank points are count × per occurrence; give the reason. Row 3 is an example.',
      rows: [['Q1', 'Branch One', '1.1', 1, '', 'March committee meeting not held', 'Zhang San', '2024-03-31', 'Joint inspection', '', '', '']],
    },
    {
      role: 'periods',
      name: 'Periods',
      columns: [col('Period', 14), col('Weight', 8), col('Reward fund', 12, '#,##0')],
      note: 'How to fill in: optional; with two or more periods the composite weighs them (equally without weights). Row 3 is an example.',
      rows: [['Q1', '', '']],
    },
    {
      role: 'sources',
      name: 'Sources',
      columns: [col('Source', 14), col('Weight', 8), col('Use', 10)],
      note: 'How to fill in: optional; one source a row (the Source column of Entries), its use Score or Compare (a self-check); blank: Score.',
    },
    {
      role: 'settings',
      name: 'Settings',
      columns: [col('Key', 16), col('Value', 10), col('Note', 56)],
      note: 'How to fill in: a blank value keeps the default; the pane’s Settings tab writes here too.',
      rows: [
        ['Ranking', 'standard', 'standard (1, 2, 2, 4) or dense (1, 2, 2, 3)'],
        ['Top flags', 3, 'red flags per zone, by rank'],
        ['Bottom warnings', 0, 'warnings for the last units of each zone'],
        ['Pass line', '', 'blank: 60% of the full score; points or a percent'],
        ['Decimals', 2, 'decimal places of the scores (0 to 6)'],
        ['Compare alert', '', 'flag a compare source (a self-check) scoring this many points above the official total; blank: 5% of the full score'],
        ['Result language', '', '中文 or English; blank: as the result sheets already are'],
        ['Issued by', '', 'printed under the posted ranking'],
        ['Notice period', '', 'printed under the posted ranking'],
        ['Rubric sheet', '', 'blank: found automatically; or a sheet name, or none'],
        ['Categories sheet', '', ''],
        ['Units sheet', '', ''],
        ['Entries sheet', '', ''],
        ['Score table sheet', '', ''],
        ['Periods sheet', '', ''],
        ['Sources sheet', '', ''],
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
