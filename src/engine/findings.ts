/** Finding codes, their severities, and their messages in the clerk's language (zh-CN and en-US). */
import type { Finding, FindingCode, Severity } from './types';

export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  MISSING_SHEET: 'error',
  MISSING_COLUMN: 'error',
  MISSING_ID: 'warning',
  DUPLICATE_ITEM_ID: 'error',
  DUPLICATE_UNIT: 'error',
  DUPLICATE_PERIOD: 'warning',
  BAD_NUMBER: 'error',
  NEGATIVE_POINTS: 'error',
  UNKNOWN_KIND: 'error',
  UNKNOWN_UNIT: 'error',
  UNKNOWN_ITEM: 'error',
  UNKNOWN_PERIOD: 'error',
  UNKNOWN_CATEGORY: 'warning',
  IGNORED_COLUMN: 'info',
  OVER_CAP: 'warning',
  MISSING_REASON: 'warning',
  MISSING_SCORE: 'warning',
  CATEGORY_CAP_MISMATCH: 'warning',
  WEIGHTS_NOT_100: 'warning',
  BONUS_BELOW_THRESHOLD: 'info',
  UNZONED_UNIT: 'warning',
  FORMULA_ERROR: 'error',
  BAD_SETTING: 'warning',
  NO_UNITS: 'error',
  OUTPUT_NAME_TAKEN: 'warning',
  UNKNOWN_STATUS: 'warning',
  RECTIFICATION_OVERDUE: 'warning',
  BAD_DATE: 'warning',
};

type Msg = { zh: string; en: string };

/** The messages; each says what is wrong and what to do. */
export const messages = {
  missingSheet: (zh: string, en: string): Msg => ({
    zh: `未找到${zh}工作表。请新建名为“${zh}”的工作表，或在任务窗格中指定。`,
    en: `No ${en} sheet was found. Add a sheet named "${en}" or pick one in the task pane.`,
  }),
  missingData: (): Msg => ({
    zh: '未找到扣分记录或扣分表。请新建“扣分记录”工作表（或名称含“扣分表”/“得分表”的工作表）。',
    en: 'No entries sheet or score table was found. Add an "Entries" sheet, or a sheet whose name contains "Deduction table" or "Score table".',
  }),
  noItems: (sheet: string): Msg => ({
    zh: `工作表“${sheet}”中没有可用的考评项目。请在表头下逐行填写编号、栏目、分值。`,
    en: `Sheet "${sheet}" holds no usable rubric items. Fill in ID, category and points under the header row.`,
  }),
  missingColumn: (sheet: string, zh: string, en: string): Msg => ({
    zh: `工作表“${sheet}”缺少“${zh}”列。请在表头行添加该列（前 10 行内）。`,
    en: `Sheet "${sheet}" has no "${en}" column. Add it to the header row (within the first 10 rows).`,
  }),
  noHeader: (sheet: string): Msg => ({
    zh: `工作表“${sheet}”前 10 行中找不到表头行。请确认表头（如“编号”“栏目”“分值”）写在前 10 行内。`,
    en: `Sheet "${sheet}" has no header row in its first 10 rows. Put the column headers (such as ID, Category, Points) in one of them.`,
  }),
  missingId: (): Msg => ({
    zh: '此行有内容但没有编号，已跳过。请填写编号，或删除此行。',
    en: 'This row has content but no ID and was skipped. Fill in the ID or delete the row.',
  }),
  duplicateItem: (id: string, first: string): Msg => ({
    zh: `编号“${id}”重复（首次出现在 ${first}），此行已忽略。请改用唯一编号。`,
    en: `ID "${id}" is used twice (first at ${first}); this row is ignored. Give each item its own ID.`,
  }),
  duplicateUnit: (unit: string, first: string): Msg => ({
    zh: `单位“${unit}”重复（首次出现在 ${first}），此行已忽略。请删除重复行。`,
    en: `Unit "${unit}" is listed twice (first at ${first}); this row is ignored. Delete the duplicate.`,
  }),
  duplicatePeriod: (p: string): Msg => ({
    zh: `期间“${p}”重复，仅第一行生效。`,
    en: `Period "${p}" is listed twice; only the first row counts.`,
  }),
  badNumber: (what: Msg, text: string): Msg => ({
    zh: `${what.zh}“${text}”不是数字。请填写数字（如 2、0.5、30%）。`,
    en: `${what.en} "${text}" is not a number. Enter a number such as 2, 0.5 or 30%.`,
  }),
  noPoints: (): Msg => ({
    zh: '扣分为空，且此项目没有单次扣分。请填写扣分，或在细则中填写单次扣分。',
    en: 'No points were entered and the item has no per-occurrence value. Enter the points, or set the item\'s per-occurrence deduction in the rubric.',
  }),
  noPer: (): Msg => ({
    zh: '累进扣分项目需要“单次扣分”。请在细则中填写单次扣分。',
    en: 'A progressive item needs a per-occurrence value. Fill in its per-occurrence deduction in the rubric.',
  }),
  negative: (text: string): Msg => ({
    zh: `分值“${text}”为负数，此条已忽略。扣分请填正数。`,
    en: `"${text}" is negative; the entry is ignored. Enter deductions as positive numbers.`,
  }),
  unknownKind: (text: string): Msg => ({
    zh: `类型“${text}”无法识别，此项目已忽略。可用类型：扣分、累进扣分、评分、加分、否决。`,
    en: `Kind "${text}" is not known; the item is ignored. Use deduct, progressive, score, bonus or veto.`,
  }),
  unknownUnit: (unit: string): Msg =>
    unit === ''
      ? { zh: '单位为空，此条已忽略。请填写单位名称。', en: 'The unit is blank; the entry is ignored. Fill in the unit.' }
      : ({
        zh: `单位“${unit}”不在考评单位表中，此条已忽略。请检查名称，或把该单位加入考评单位表。`,
        en: `Unit "${unit}" is not in the units sheet; the entry is ignored. Check the name or add the unit.`,
        }),
  unknownItem: (id: string): Msg =>
    id === ''
      ? { zh: '编号为空，此条已忽略。请填写细则中的编号。', en: 'The ID is blank; the entry is ignored. Fill in the rubric ID.' }
      : ({
        zh: `编号“${id}”不在考评细则中，此条已忽略。请检查编号。`,
        en: `ID "${id}" is not in the rubric; the entry is ignored. Check the ID.`,
        }),
  unknownPeriod: (p: string): Msg => ({
    zh: `期间“${p}”不在期间设置表中，此条已忽略。请检查期间，或在期间设置中添加。`,
    en: `Period "${p}" is not in the periods sheet; the entry is ignored. Check it or add it to the periods sheet.`,
  }),
  categoryNotInSheet: (c: string): Msg => ({
    zh: `栏目“${c}”不在栏目设置表中，其分值按所属项目分值之和计。请在栏目设置中补充。`,
    en: `Category "${c}" is not in the categories sheet; its cap is the sum of its items. Add it to the categories sheet.`,
  }),
  categoryNotInRubric: (c: string): Msg => ({
    zh: `栏目“${c}”在考评细则中没有计分项目，此行已忽略。请检查栏目名称。`,
    en: `Category "${c}" has no scored items in the rubric; this row is ignored. Check the name.`,
  }),
  ignoredColumn: (h: string): Msg => ({
    zh: `列“${h}”不是细则中的编号，已忽略。`,
    en: `Column "${h}" is not a rubric ID and is ignored.`,
  }),
  overCapItem: (cap: number, cut: number): Msg => ({
    zh: `此条使该项目扣分超过上限 ${cap} 分，超出的 ${cut} 分不计。`,
    en: `This entry takes the item past its cap of ${cap}; the ${cut} points over it do not count.`,
  }),
  overCapCategory: (cat: string, cap: number, cut: number): Msg => ({
    zh: `此条使栏目“${cat}”扣分超过栏目分值 ${cap} 分，超出的 ${cut} 分不计。`,
    en: `This entry takes category "${cat}" past its cap of ${cap}; the ${cut} points over it do not count.`,
  }),
  overCapScore: (cap: number): Msg => ({
    zh: `评分高于项目分值 ${cap}，按 ${cap} 分计。`,
    en: `The score is above the item's ${cap} points and counts as ${cap}.`,
  }),
  overCapBonus: (cap: number, cut: number, total: boolean): Msg =>
    total
      ? { zh: `加分超过加分上限 ${cap} 分，超出的 ${cut} 分不计。`, en: `Bonus points pass the bonus cap of ${cap}; the ${cut} over it do not count.` }
      : { zh: `加分高于项目分值 ${cap}，按 ${cap} 分计。`, en: `The bonus is above the item's ${cap} points and counts as ${cap}.` },
  missingReason: (): Msg => ({
    zh: '扣分未写原因。请填写扣分原因，便于支部整改。',
    en: 'This deduction has no reason. Write why, so the branch knows what to fix.',
  }),
  missingScore: (unit: string, period: string, id: string): Msg => ({
    zh: `单位“${unit}”在“${period}”没有项目 ${id} 的评分，按 0 分计。请补录评分。`,
    en: `Unit "${unit}" has no score for item ${id} in "${period}"; it counts as 0. Enter the score.`,
  }),
  capMismatch: (sum: number, full: number): Msg => ({
    zh: `各栏目分值之和为 ${sum}，与满分 ${full} 不一致。请核对栏目分值或满分设置。`,
    en: `The category caps add up to ${sum}, not the full score of ${full}. Check the caps or the full-score setting.`,
  }),
  weightsNot100: (sum: string): Msg => ({
    zh: `栏目权重之和为 ${sum}，不等于 100%（或缺少权重），本次按不加权计分。请核对权重。`,
    en: `The category weights add up to ${sum}, not 100% (or some are missing); scoring is unweighted. Check the weights.`,
  }),
  periodWeights: (): Msg => ({
    zh: '期间权重不完整或不是数字，综合得分按各期间等权计算。请填写全部期间的权重。',
    en: 'Period weights are incomplete or not numbers; the composite weighs every period equally. Fill in every period\'s weight.',
  }),
  bonusBelow: (unit: string, period: string, base: number, threshold: number): Msg => ({
    zh: `单位“${unit}”在“${period}”基础分 ${base} 低于加分门槛 ${threshold}，加分不计。`,
    en: `Unit "${unit}" scored ${base} in "${period}", below the bonus threshold of ${threshold}; its bonus does not count.`,
  }),
  unzoned: (unit: string): Msg => ({
    zh: `单位“${unit}”未填考评区，归入“未分区”。请填写考评区。`,
    en: `Unit "${unit}" has no zone and is ranked in "Unzoned". Fill in its zone.`,
  }),
  formulaError: (err: string): Msg => ({
    zh: `单元格为错误值 ${err}，已按无效处理。请修正该单元格的公式或内容。`,
    en: `The cell holds the error ${err} and is treated as invalid. Fix its formula or content.`,
  }),
  badSetting: (key: string, value: string, expect: Msg): Msg => ({
    zh: `设置“${key}”的值“${value}”无效，已使用默认值。应为：${expect.zh}。`,
    en: `Setting "${key}" has the unusable value "${value}"; the default holds. Expected: ${expect.en}.`,
  }),
  unknownSetting: (key: string): Msg => ({
    zh: `设置项“${key}”无法识别，已忽略。可用设置：满分、合格线、加分上限、加分门槛、排名方式、红旗名额、预警名额、小数位。`,
    en: `Setting "${key}" is not known and is ignored. Known settings: Full score, Pass line, Bonus cap, Bonus threshold, Ranking, Top flags, Bottom warnings, Decimals.`,
  }),
  noUnits: (): Msg => ({
    zh: '没有可考评的单位。请在考评单位表或扣分记录中填写单位。',
    en: 'There are no units to assess. List them in the units sheet or the entries.',
  }),
  outputNameTaken: (wanted: string, used: string): Msg => ({
    zh: `工作表“${wanted}”不是考评助手生成的，未改动；本次结果写入“${used}”。`,
    en: `Sheet "${wanted}" was not created by Kaoping and is left as it is; the results went to "${used}".`,
  }),
};

/** Gathers findings for one run; never throws. */
export class Findings {
  readonly list: Finding[] = [];

  add(code: FindingCode, sheet: string, cell: string, message: Msg, severity: Severity = SEVERITY[code]): void {
    this.list.push({ severity, code, sheet, cell, message });
  }
}
