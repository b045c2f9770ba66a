/** Finding codes, their severities, their parameters, and the messages made from them in the clerk's language (zh-CN and en-US). */
import type { Finding, FindingCode, Lang, Severity } from './types';

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
  EDITED_RESULT: 'warning',
  EDITED_REPLACED: 'info',
  UNKNOWN_SOURCE: 'error',
  UNKNOWN_STATUS: 'warning',
  RECTIFICATION_OVERDUE: 'warning',
  BAD_DATE: 'warning',
  PICTURE_IN_CELL: 'error',
};

/**
 * A finding's severity: its code's, except a picture in the reason column, a warning as a missing
 * reason is (the entry still counts), where a picture elsewhere is an error (the cell is unread).
 */
export function severityOf(code: FindingCode, params: FindingParams): Severity {
  if (params.key === 'picture' && params.reason) return 'warning';
  return SEVERITY[code];
}

type Msg = { readonly zh: string; readonly en: string };

/**
 * What each message says, as plain values: the parameters a finding carries. The zh/en text is made
 * from them in one place ({@link TEXT}), so the pane can group and sort by these values and the text
 * can change without touching where a finding is raised.
 */
export interface FindingParamsByKey {
  /** A needed sheet is missing; `role` is its name in both languages. */
  missingSheet: { readonly role: Msg };
  missingData: Record<never, never>;
  noItems: { readonly sheet: string };
  missingColumn: { readonly sheet: string; readonly column: Msg };
  noHeader: { readonly sheet: string };
  missingId: Record<never, never>;
  duplicateItem: { readonly item: string; readonly first: string };
  duplicateUnit: { readonly unit: string; readonly first: string };
  duplicatePeriod: { readonly period: string };
  /** `what` is the column's name in both languages, `text` what the cell shows. */
  badNumber: { readonly what: Msg; readonly text: string };
  /** A money cell holding a number that is no amount: below zero, or past MAX_AMOUNT. */
  badAmount: { readonly what: Msg; readonly text: string };
  noPoints: Record<never, never>;
  /** A picture where Kaoping reads text or a number; `header` is the column's header as written, `reason` when it is the reason column. */
  picture: { readonly header: string; readonly reason: boolean };
  noPer: Record<never, never>;
  negative: { readonly text: string };
  unknownKind: { readonly text: string };
  unknownUnit: { readonly unit: string };
  unknownItem: { readonly item: string };
  unknownPeriod: { readonly period: string };
  categoryNotInSheet: { readonly category: string };
  categoryNotInRubric: { readonly category: string };
  ignoredColumn: { readonly header: string };
  /** A score-table column without a header; `rowNumbers` when it holds a program's row numbers (0, 1, 2 …). */
  unnamedColumn: { readonly column: string; readonly rowNumbers: boolean };
  overCapItem: { readonly cap: number; readonly cut: number };
  overCapCategory: { readonly category: string; readonly cap: number; readonly cut: number };
  overCapScore: { readonly cap: number };
  /** `total`: the overall bonus cap was passed, not the item's own. */
  overCapBonus: { readonly cap: number; readonly cut: number; readonly total: boolean };
  missingReason: Record<never, never>;
  missingScore: { readonly unit: string; readonly period: string; readonly item: string };
  capMismatch: { readonly sum: number; readonly full: number };
  weightsNot100: { readonly sum: string };
  periodWeights: Record<never, never>;
  bonusBelow: { readonly unit: string; readonly period: string; readonly base: number; readonly threshold: number };
  unzoned: { readonly unit: string };
  formulaError: { readonly error: string };
  badSetting: { readonly setting: string; readonly value: string; readonly expect: Msg };
  unknownSetting: { readonly setting: string };
  noUnits: Record<never, never>;
  outputNameTaken: { readonly wanted: string; readonly used: string };
  /** A result sheet the clerk edited by hand; the results went to `used` beside it. */
  editedResult: { readonly wanted: string; readonly used: string };
  /** A result sheet the clerk edited, replaced by the new results at the clerk's choice. */
  editedReplaced: { readonly sheet: string };
  /** A 达标率 item without a usable 达标值; `text` is what the cell shows ('' when blank). */
  badTarget: { readonly item: string; readonly text: string };
  /** A 达标率 item without a 单次扣分 (points lost per percentage point below the target). */
  noPerRate: { readonly item: string };
  /** A 折合 item whose 折合基数 is not a positive number. */
  badScale: { readonly item: string; readonly text: string };
  /** An entry's rate outside 0-100%; `text` is what the cell shows. */
  badRate: { readonly text: string };
  /** A raw 折合 score above the item's scale S, counted as S. */
  overCapScale: { readonly scale: number };
  unknownSource: { readonly source: string };
  /** A 用途 that is neither 计分 nor 对照: the source is scored. */
  badUse: { readonly source: string; readonly text: string };
  /** Scored sources' weights missing or not adding up to 1 or 100: every scored source weighs the same. */
  sourceWeights: { readonly sum: string };
  /** A 整改状态 that is none of open, in progress or done; `text` is what the cell shows. It counts as open. */
  unknownStatus: { readonly text: string; readonly unit: string; readonly item: string; readonly period: string };
  /** A problem not done whose 整改期限 `due` is before 评定日期 `asOf` (both as yyyy-mm-dd). */
  rectificationOverdue: { readonly unit: string; readonly item: string; readonly period: string; readonly due: string; readonly asOf: string };
  /** A 整改期限 that is not a date (`text` as written), so it was not checked for being overdue. */
  badDate: { readonly text: string; readonly unit: string; readonly item: string; readonly period: string };
  /** A 整改期限 cell holding an error value, so it was not checked for being overdue. */
  dueError: { readonly error: string };
  /** A message a host already wrote in both languages (a failure it reports as a finding). */
  text: Msg;
}

export type FindingKey = keyof FindingParamsByKey;
export type FindingParams = { [K in FindingKey]: { readonly key: K } & FindingParamsByKey[K] }[FindingKey];

/** The messages, made from a finding's parameters; each says what is wrong and what to do. */
const TEXT: { readonly [K in FindingKey]: (p: FindingParamsByKey[K]) => Msg } = {
  missingSheet: ({ role: { zh, en } }) => ({
    zh: `未找到${zh}工作表。请新建名为“${zh}”的工作表，或在任务窗格中指定。`,
    en: `No ${en} sheet was found. Add a sheet named "${en}" or pick one in the task pane.`,
  }),
  missingData: () => ({
    zh: '未找到扣分记录或扣分表。请新建“扣分记录”工作表（或名称含“扣分表”/“得分表”的工作表）。',
    en: 'No entries sheet or score table was found. Add an "Entries" sheet, or a sheet whose name contains "Deduction table" or "Score table".',
  }),
  noItems: ({ sheet }) => ({
    zh: `工作表“${sheet}”中没有可用的考评项目。请在表头下逐行填写编号、栏目、分值。`,
    en: `Sheet "${sheet}" holds no usable rubric items. Fill in ID, category and points under the header row.`,
  }),
  missingColumn: ({ sheet, column }) => ({
    zh: `工作表“${sheet}”缺少“${column.zh}”列。请在表头行添加该列（前 10 行内）。`,
    en: `Sheet "${sheet}" has no "${column.en}" column. Add it to the header row (within the first 10 rows).`,
  }),
  noHeader: ({ sheet }) => ({
    zh: `工作表“${sheet}”前 10 行中找不到表头行。请确认表头（如“编号”“栏目”“分值”）写在前 10 行内。`,
    en: `Sheet "${sheet}" has no header row in its first 10 rows. Put the column headers (such as ID, Category, Points) in one of them.`,
  }),
  missingId: () => ({
    zh: '此行有内容但没有编号，已跳过。请填写编号，或删除此行。',
    en: 'This row has content but no ID and was skipped. Fill in the ID or delete the row.',
  }),
  duplicateItem: ({ item, first }) => ({
    zh: `编号“${item}”重复（首次出现在 ${first}），此行已忽略。请改用唯一编号。`,
    en: `ID "${item}" is used twice (first at ${first}); this row is ignored. Give each item its own ID.`,
  }),
  duplicateUnit: ({ unit, first }) => ({
    zh: `单位“${unit}”重复（首次出现在 ${first}），此行已忽略。请删除重复行。`,
    en: `Unit "${unit}" is listed twice (first at ${first}); this row is ignored. Delete the duplicate.`,
  }),
  duplicatePeriod: ({ period }) => ({
    zh: `期间“${period}”重复，仅第一行生效。`,
    en: `Period "${period}" is listed twice; only the first row counts.`,
  }),
  badNumber: ({ what, text }) => ({
    zh: `${what.zh}“${text}”不是数字。请填写数字（如 2、0.5、30%）。`,
    en: `${what.en} "${text}" is not a number. Enter a number such as 2, 0.5 or 30%.`,
  }),
  badAmount: ({ what, text }) => ({
    zh: `${what.zh}“${text}”不是有效金额，此项不计。请填写 0 到 1 万亿之间的金额（单位：元）。`,
    en: `${what.en} "${text}" is not a usable amount and is left out. Enter an amount from 0 to 1,000,000,000,000 (yuan).`,
  }),
  picture: ({ header, reason }) =>
    reason
      ? {
          zh: `“${header}”列的这一格是一张图片（嵌入单元格的图片），不是文字：原因缺失，此条记录照常计分。请在此格用文字写明原因，照片请放在单独的“佐证材料”列。`,
          en: `This ${header} cell holds a picture (placed in the cell), not text: the reason is missing; the entry still counts. Write the reason here as text, and keep the photo in a separate 佐证材料 (evidence) column.`,
        }
      : {
          zh: `“${header}”列的这一格是一张图片（嵌入单元格的图片），不是文字或数字，读不出内容，已按无效处理。请在此格填写${header}，照片请放在单独的“佐证材料”列。`,
          en: `This ${header} cell holds a picture (placed in the cell), not text or a number, so it cannot be read and is treated as invalid. Type the ${header} here, and keep the photo in a separate 佐证材料 (evidence) column.`,
        },
  noPoints: () => ({
    zh: '扣分为空，且此项目没有单次扣分。请填写扣分，或在细则中填写单次扣分。',
    en: 'No points were entered and the item has no per-occurrence value. Enter the points, or set the item\'s per-occurrence deduction in the rubric.',
  }),
  noPer: () => ({
    zh: '累进扣分项目需要“单次扣分”。请在细则中填写单次扣分。',
    en: 'A progressive item needs a per-occurrence value. Fill in its per-occurrence deduction in the rubric.',
  }),
  negative: ({ text }) => ({
    zh: `分值“${text}”为负数，此条已忽略。扣分请填正数。`,
    en: `"${text}" is negative; the entry is ignored. Enter deductions as positive numbers.`,
  }),
  unknownKind: ({ text }) => ({
    zh: `类型“${text}”无法识别，此项目已忽略。可用类型：扣分、累进扣分、评分、折合、达标率、加分、否决。`,
    en: `Kind "${text}" is not known; the item is ignored. Use deduct, progressive, score, scaled, rate, bonus or veto.`,
  }),
  unknownUnit: ({ unit }) =>
    unit === ''
      ? { zh: '单位为空，此条已忽略。请填写单位名称。', en: 'The unit is blank; the entry is ignored. Fill in the unit.' }
      : {
        zh: `单位“${unit}”不在考评单位表中，此条已忽略。请检查名称，或把该单位加入考评单位表。`,
        en: `Unit "${unit}" is not in the units sheet; the entry is ignored. Check the name or add the unit.`,
      },
  unknownItem: ({ item }) =>
    item === ''
      ? { zh: '编号为空，此条已忽略。请填写细则中的编号。', en: 'The ID is blank; the entry is ignored. Fill in the rubric ID.' }
      : {
        zh: `编号“${item}”不在考评细则中，此条已忽略。请检查编号。`,
        en: `ID "${item}" is not in the rubric; the entry is ignored. Check the ID.`,
      },
  unknownPeriod: ({ period }) => ({
    zh: `期间“${period}”不在期间设置表中，此条已忽略。请检查期间，或在期间设置中添加。`,
    en: `Period "${period}" is not in the periods sheet; the entry is ignored. Check it or add it to the periods sheet.`,
  }),
  categoryNotInSheet: ({ category }) => ({
    zh: `栏目“${category}”不在栏目设置表中，其分值按所属项目分值之和计。请在栏目设置中补充。`,
    en: `Category "${category}" is not in the categories sheet; its cap is the sum of its items. Add it to the categories sheet.`,
  }),
  categoryNotInRubric: ({ category }) => ({
    zh: `栏目“${category}”在考评细则中没有计分项目，此行已忽略。请检查栏目名称。`,
    en: `Category "${category}" has no scored items in the rubric; this row is ignored. Check the name.`,
  }),
  ignoredColumn: ({ header }) => ({
    zh: `列“${header}”不是细则中的编号，已忽略。`,
    en: `Column "${header}" is not a rubric ID and is ignored.`,
  }),
  unnamedColumn: ({ column, rowNumbers }) =>
    rowNumbers
      ? {
          zh: `${column} 列没有表头，其中是行号（0、1、2…，如 pandas 导出时写在最前的索引列），未读取。`,
          en: `Column ${column} has no header and holds row numbers (0, 1, 2 …, as pandas writes its index first); it is not read.`,
        }
      : {
          zh: `${column} 列有数值但没有表头，这些数值未计入。如是扣分或得分，请在表头填上细则中的编号。`,
          en: `Column ${column} has values but no header; they do not count. If they are points, put the rubric ID in the header cell.`,
        },
  overCapItem: ({ cap, cut }) => ({
    zh: `此条使该项目扣分超过上限 ${cap} 分，超出的 ${cut} 分不计。`,
    en: `This entry takes the item past its cap of ${cap}; the ${cut} points over it do not count.`,
  }),
  overCapCategory: ({ category, cap, cut }) => ({
    zh: `此条使栏目“${category}”扣分超过栏目分值 ${cap} 分，超出的 ${cut} 分不计。`,
    en: `This entry takes category "${category}" past its cap of ${cap}; the ${cut} points over it do not count.`,
  }),
  overCapScore: ({ cap }) => ({
    zh: `评分高于项目分值 ${cap}，按 ${cap} 分计。`,
    en: `The score is above the item's ${cap} points and counts as ${cap}.`,
  }),
  overCapBonus: ({ cap, cut, total }) =>
    total
      ? { zh: `加分超过加分上限 ${cap} 分，超出的 ${cut} 分不计。`, en: `Bonus points pass the bonus cap of ${cap}; the ${cut} over it do not count.` }
      : { zh: `加分高于项目分值 ${cap}，按 ${cap} 分计。`, en: `The bonus is above the item's ${cap} points and counts as ${cap}.` },
  missingReason: () => ({
    zh: '扣分未写原因。请填写扣分原因，便于支部整改。',
    en: 'This deduction has no reason. Write why, so the branch knows what to fix.',
  }),
  missingScore: ({ unit, period, item }) => ({
    zh: `单位“${unit}”在“${period}”没有项目 ${item} 的评分，按 0 分计。请补录评分。`,
    en: `Unit "${unit}" has no score for item ${item} in "${period}"; it counts as 0. Enter the score.`,
  }),
  capMismatch: ({ sum, full }) => ({
    zh: `各栏目分值之和为 ${sum}，与满分 ${full} 不一致。请核对栏目分值或满分设置。`,
    en: `The category caps add up to ${sum}, not the full score of ${full}. Check the caps or the full-score setting.`,
  }),
  weightsNot100: ({ sum }) => ({
    zh: `栏目权重之和为 ${sum}，不等于 100%（或缺少权重），本次按不加权计分。请核对权重。`,
    en: `The category weights add up to ${sum}, not 100% (or some are missing); scoring is unweighted. Check the weights.`,
  }),
  periodWeights: () => ({
    zh: '期间权重不完整或不是数字，综合得分按各期间等权计算。请填写全部期间的权重。',
    en: 'Period weights are incomplete or not numbers; the composite weighs every period equally. Fill in every period\'s weight.',
  }),
  bonusBelow: ({ unit, period, base, threshold }) => ({
    zh: `单位“${unit}”在“${period}”基础分 ${base} 低于加分门槛 ${threshold}，加分不计。`,
    en: `Unit "${unit}" scored ${base} in "${period}", below the bonus threshold of ${threshold}; its bonus does not count.`,
  }),
  unzoned: ({ unit }) => ({
    zh: `单位“${unit}”未填考评区，归入“未分区”。请填写考评区。`,
    en: `Unit "${unit}" has no zone and is ranked in "Unzoned". Fill in its zone.`,
  }),
  formulaError: ({ error }) => ({
    zh: `单元格为错误值 ${error}，已按无效处理。请修正该单元格的公式或内容。`,
    en: `The cell holds the error ${error} and is treated as invalid. Fix its formula or content.`,
  }),
  badSetting: ({ setting, value, expect }) => ({
    zh: `设置“${setting}”的值“${value}”无效，已使用默认值。应为：${expect.zh}。`,
    en: `Setting "${setting}" has the unusable value "${value}"; the default holds. Expected: ${expect.en}.`,
  }),
  unknownSetting: ({ setting }) => ({
    zh: `设置项“${setting}”无法识别，已忽略。可用设置：满分、合格线、加分上限、加分门槛、排名方式、红旗名额、预警名额、小数位、偏差提示、挂钩比例、奖励资金、金额小数位、评定日期。`,
    en: `Setting "${setting}" is not known and is ignored. Known settings: Full score, Pass line, Bonus cap, Bonus threshold, Ranking, Top flags, Bottom warnings, Decimals, Compare alert, Linked share, Reward fund, Money decimals, As of.`,
  }),
  noUnits: () => ({
    zh: '没有可考评的单位。请在考评单位表或扣分记录中填写单位。',
    en: 'There are no units to assess. List them in the units sheet or the entries.',
  }),
  outputNameTaken: ({ wanted, used }) => ({
    zh: `工作表“${wanted}”不是考评助手生成的，未改动；本次结果写入“${used}”。`,
    en: `Sheet "${wanted}" was not created by Kaoping and is left as it is; the results went to "${used}".`,
  }),
  editedResult: ({ wanted, used }) => ({
    zh: `“${wanted}”已被手工修改，考评助手没有改动它；本次结果写入“${used}”。如要用本次结果替换手工修改，请在考评助手窗格中点“用本次结果替换…”（命令行加 --replace-edited）。`,
    en: `"${wanted}" has been edited by hand and is left as it is; the results went to "${used}". To replace the hand edits with these results, choose "Replace with these results…" in the Kaoping pane (or add --replace-edited on the command line).`,
  }),
  editedReplaced: ({ sheet }) => ({
    zh: `“${sheet}”中的手工修改已按您的选择被本次结果替换。`,
    en: `The hand edits on "${sheet}" were replaced with these results, as you chose.`,
  }),
  badTarget: ({ item, text }) => ({
    zh: `达标率项目 ${item} 的达标值${text === '' ? '为空' : `“${text}”无效`}，此项目及其记录已忽略。请填写 0 到 100 之间的达标值（如 95 或 95%）。`,
    en: `Rate item ${item} has ${text === '' ? 'no target' : `the unusable target "${text}"`}; the item and its entries are ignored. Enter a target from 0 to 100, such as 95 or 95%.`,
  }),
  noPerRate: ({ item }) => ({
    zh: `达标率项目 ${item} 需要“单次扣分”（每低一个百分点扣几分），此项目及其记录已忽略。请在细则中填写。`,
    en: `Rate item ${item} needs a per-occurrence value (points lost per percentage point below the target); the item and its entries are ignored. Fill it in.`,
  }),
  badScale: ({ item, text }) => ({
    zh: `折合项目 ${item} 的折合基数“${text}”不是正数，此项目及其记录已忽略。请填写原始满分（如 100），或留空按 100 计。`,
    en: `Scaled item ${item} has the scale "${text}", which is not a positive number; the item and its entries are ignored. Enter the raw full score (such as 100), or leave it blank for 100.`,
  }),
  badRate: ({ text }) => ({
    zh: `达标率“${text}”不在 0 到 100% 之间，此条已忽略。请填写百分点（93）或百分比（93%）。`,
    en: `The rate "${text}" is not between 0 and 100%; the entry is ignored. Enter percentage points (93) or a percent (93%).`,
  }),
  overCapScale: ({ scale }) => ({
    zh: `原始分高于折合基数 ${scale}，按 ${scale} 分折合。`,
    en: `The raw score is above the item's scale of ${scale} and counts as ${scale}.`,
  }),
  unknownSource: ({ source }) => ({
    zh: `来源“${source}”不在来源设置表中，此条已忽略。请检查来源，或把它加入来源设置表。`,
    en: `Source "${source}" is not in the sources sheet; the entry is ignored. Check it or add it to the sources sheet.`,
  }),
  badUse: ({ source, text }) => ({
    zh: `来源“${source}”的用途“${text}”无法识别，按“计分”处理。用途请填“计分”或“对照”。`,
    en: `Source "${source}" has the use "${text}", which is not known; it is scored. Use Score or Compare.`,
  }),
  sourceWeights: ({ sum }) => ({
    zh: `计分来源的权重之和为 ${sum}，不等于 100%（或有来源缺少权重），各计分来源按等权计算。请核对权重。`,
    en: `The scored sources' weights add up to ${sum}, not 100% (or some are missing); every scored source weighs the same. Check the weights.`,
  }),
  unknownStatus: ({ text }) => ({
    zh: `整改状态“${text}”无法识别，按“未整改”统计。请填写 未整改、整改中 或 已整改。`,
    en: `Status "${text}" is not known and counts as open. Use open, in progress or done.`,
  }),
  rectificationOverdue: ({ unit, item, due, asOf }) => ({
    zh: `单位“${unit}”项目 ${item} 的问题整改期限为 ${due}，评定日期 ${asOf} 时仍未整改完成。请督促整改，完成后把整改状态改为“已整改”。`,
    en: `Unit "${unit}", item ${item}: the problem was due ${due} and is not done as of ${asOf}. Follow it up, and set its status to done once it is.`,
  }),
  badDate: ({ text }) => ({
    zh: `整改期限“${text}”不是日期，未作逾期检查。请填写日期，如 2024-03-31。`,
    en: `Due "${text}" is not a date and was not checked for being overdue. Enter a date such as 2024-03-31.`,
  }),
  dueError: ({ error }) => ({
    zh: `整改期限为错误值 ${error}，未作逾期检查。请修正该单元格。`,
    en: `The due cell holds the error ${error} and was not checked for being overdue. Fix the cell.`,
  }),
  text: ({ zh, en }) => ({ zh, en }),
};

/** A finding's message in both languages, made from its parameters. */
export function render(params: FindingParams): Msg {
  const make = TEXT[params.key] as (p: FindingParams) => Msg;
  return make(params);
}

/** A finding's message in one language. */
export function message(finding: Pick<Finding, 'params'>, lang: Lang): string {
  return render(finding.params)[lang];
}

type ParamsOf<K extends FindingKey> = { readonly key: K } & FindingParamsByKey[K];
/**
 * The parameters: `rest`, a fresh object each builder below makes, with its key added last. Added
 * rather than spread into a copy: one call site for every kind of message made the copy slow, and a
 * long log raises tens of thousands of findings.
 */
function p<K extends FindingKey>(key: K, rest: FindingParamsByKey[K]): ParamsOf<K> {
  const params = rest as FindingParamsByKey[K] & { key?: K };
  params.key = key;
  return params as ParamsOf<K>;
}

/** Builders of each message's parameters, named as the messages are. */
export const messages = {
  missingSheet: (zh: string, en: string) => p('missingSheet', { role: { zh, en } }),
  missingData: () => p('missingData', {}),
  noItems: (sheet: string) => p('noItems', { sheet }),
  missingColumn: (sheet: string, zh: string, en: string) => p('missingColumn', { sheet, column: { zh, en } }),
  noHeader: (sheet: string) => p('noHeader', { sheet }),
  missingId: () => p('missingId', {}),
  duplicateItem: (item: string, first: string) => p('duplicateItem', { item, first }),
  duplicateUnit: (unit: string, first: string) => p('duplicateUnit', { unit, first }),
  duplicatePeriod: (period: string) => p('duplicatePeriod', { period }),
  badNumber: (what: Msg, text: string) => p('badNumber', { what, text }),
  badAmount: (what: Msg, text: string) => p('badAmount', { what, text }),
  noPoints: () => p('noPoints', {}),
  picture: (header: string, reason: boolean) => p('picture', { header, reason }),
  noPer: () => p('noPer', {}),
  negative: (text: string) => p('negative', { text }),
  unknownKind: (text: string) => p('unknownKind', { text }),
  unknownUnit: (unit: string) => p('unknownUnit', { unit }),
  unknownItem: (item: string) => p('unknownItem', { item }),
  unknownPeriod: (period: string) => p('unknownPeriod', { period }),
  categoryNotInSheet: (category: string) => p('categoryNotInSheet', { category }),
  categoryNotInRubric: (category: string) => p('categoryNotInRubric', { category }),
  ignoredColumn: (header: string) => p('ignoredColumn', { header }),
  unnamedColumn: (column: string, rowNumbers: boolean) => p('unnamedColumn', { column, rowNumbers }),
  overCapItem: (cap: number, cut: number) => p('overCapItem', { cap, cut }),
  overCapCategory: (category: string, cap: number, cut: number) => p('overCapCategory', { category, cap, cut }),
  overCapScore: (cap: number) => p('overCapScore', { cap }),
  overCapBonus: (cap: number, cut: number, total: boolean) => p('overCapBonus', { cap, cut, total }),
  missingReason: () => p('missingReason', {}),
  missingScore: (unit: string, period: string, item: string) => p('missingScore', { unit, period, item }),
  capMismatch: (sum: number, full: number) => p('capMismatch', { sum, full }),
  weightsNot100: (sum: string) => p('weightsNot100', { sum }),
  periodWeights: () => p('periodWeights', {}),
  bonusBelow: (unit: string, period: string, base: number, threshold: number) => p('bonusBelow', { unit, period, base, threshold }),
  unzoned: (unit: string) => p('unzoned', { unit }),
  formulaError: (error: string) => p('formulaError', { error }),
  badSetting: (setting: string, value: string, expect: Msg) => p('badSetting', { setting, value, expect }),
  unknownSetting: (setting: string) => p('unknownSetting', { setting }),
  noUnits: () => p('noUnits', {}),
  outputNameTaken: (wanted: string, used: string) => p('outputNameTaken', { wanted, used }),
  editedResult: (wanted: string, used: string) => p('editedResult', { wanted, used }),
  editedReplaced: (sheet: string) => p('editedReplaced', { sheet }),
  badTarget: (item: string, text: string) => p('badTarget', { item, text }),
  noPerRate: (item: string) => p('noPerRate', { item }),
  badScale: (item: string, text: string) => p('badScale', { item, text }),
  badRate: (text: string) => p('badRate', { text }),
  overCapScale: (scale: number) => p('overCapScale', { scale }),
  unknownSource: (source: string) => p('unknownSource', { source }),
  badUse: (source: string, text: string) => p('badUse', { source, text }),
  sourceWeights: (sum: string) => p('sourceWeights', { sum }),
  unknownStatus: (text: string, unit: string, item: string, period: string) => p('unknownStatus', { text, unit, item, period }),
  rectificationOverdue: (unit: string, item: string, period: string, due: string, asOf: string) =>
    p('rectificationOverdue', { unit, item, period, due, asOf }),
  badDate: (text: string, unit: string, item: string, period: string) => p('badDate', { text, unit, item, period }),
  dueError: (error: string) => p('dueError', { error }),
  text: (zh: string, en: string) => p('text', { zh, en }),
};

/** What a finding concerns beyond its cell, where the place that raises it knows. */
export type About = Pick<Finding, 'unit' | 'item' | 'period' | 'category'>;

/**
 * Builds a finding value: its parameters, what it concerns (from `about`, else from the parameters), and
 * its message. Its fields are added in a fixed order (severity, code, sheet, cell, then unit, item,
 * period and category where known, then params and message), one by one rather than spread from a
 * second object, which cost tens of milliseconds over a long log's findings.
 */
export function makeFinding(code: FindingCode, sheet: string, cell: string, params: FindingParams, about: About = {}, severity: Severity = severityOf(code, params)): Finding {
  const fromParams = params as Partial<Record<keyof About, unknown>>;
  const f: { -readonly [K in keyof Finding]?: Finding[K] } = { severity, code, sheet, cell };
  const unit = about.unit ?? fromParams.unit;
  if (isConcern(unit)) f.unit = unit;
  const item = about.item ?? fromParams.item;
  if (isConcern(item)) f.item = item;
  const period = about.period ?? fromParams.period;
  if (isConcern(period)) f.period = period;
  const category = about.category ?? fromParams.category;
  if (isConcern(category)) f.category = category;
  f.params = params;
  f.message = render(params);
  return f as Finding;
}

function isConcern(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}

/** Gathers findings for one run; never throws. */
export class Findings {
  readonly list: Finding[] = [];

  add(code: FindingCode, sheet: string, cell: string, params: FindingParams, about: About = {}): void {
    this.list.push(makeFinding(code, sheet, cell, params, about));
  }
}
