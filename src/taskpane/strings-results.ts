/** The pane's words for results, run outcomes, tabs and the findings list, Chinese and English. */
import type { FindingCode, Lang } from '../engine/types';

export interface ResultStrings {
  readonly tabs: { readonly run: string; readonly findings: (n: number) => string; readonly settings: string };
  readonly resultsTitle: (basis: string) => string;
  readonly red: string;
  readonly warning: string;
  readonly failed: string;
  readonly vetoed: string;
  readonly zoneTop: (zone: string) => string;
  readonly place: (rank: number, unit: string, total: string) => string;
  /** Between two places of a zone's first three: an ideographic space in Chinese, a semicolon in English. */
  readonly placeGap: string;
  readonly composite: string;
  readonly outcomeOk: (names: readonly string[]) => string;
  readonly outcomeErrors: (errors: number, names: readonly string[]) => string;
  readonly outcomeNothing: (names: readonly string[]) => string;
  readonly stale: string;
  readonly recalcNow: string;
  readonly editedLabel: string;
  readonly editedBeside: (edited: ReadonlyArray<{ readonly sheet: string; readonly beside: string }>) => string;
  readonly keepEdited: string;
  readonly replaceEdited: string;
  readonly confirmReplace: (sheets: readonly string[]) => string;
  readonly confirmReplaceYes: string;
  readonly findingsList: string;
  readonly codeGroup: (code: FindingCode, n: number) => string;
  readonly concerns: (unit: string | undefined, item: string | undefined) => string;
  readonly saveAndRecalc: string;
  readonly outOfRange: (min: number, max?: number) => string;
  readonly notNumber: string;
  readonly wholeNumber: string;
  readonly resultLang: string;
  readonly resultLangs: { readonly auto: string; readonly zh: string; readonly en: string };
  readonly blankWorkbook: string;
  readonly waitingEdit: string;
  readonly cancel: string;
}

const zh: ResultStrings = {
  tabs: { run: '计算', findings: (n) => (n > 0 ? `问题（${n}）` : '问题'), settings: '设置' },
  resultsTitle: (basis) => `结果（${basis}）`,
  red: '红旗',
  warning: '预警',
  failed: '不合格',
  vetoed: '否决',
  zoneTop: (zone) => `${zone} 前三名：`,
  place: (rank, unit, total) => `${rank}. ${unit} ${total}`,
  placeGap: '　',
  composite: '综合',
  outcomeOk: (names) => `已写出：${names.join('、')}。`,
  outcomeErrors: (errors, names) =>
    `已写出 ${names.join('、')}，但有 ${errors} 处错误，所涉记录未计入，排名仅供核对。请在“问题”中逐条改正后重新计算。`,
  outcomeNothing: (names) => `未能计分，只写出了 ${names.join('、')}。请按“问题”中的错误改正（或插入模板照样填写）后重新计算。`,
  stale: '工作表上的结果早于当前的设置或数据，请重新计算。',
  recalcNow: '重新计算',
  editedLabel: '已手工修改的结果表',
  editedBeside: (edited) =>
    `${edited.map((e) => `“${e.sheet}”`).join('、')}已被手工修改，考评助手没有改动${edited.length > 1 ? '这些表' : '它'}；本次结果写在${edited
      .map((e) => `“${e.beside}”`)
      .join('、')}。要保留手工修改，还是用本次结果替换？`,
  keepEdited: '保留修改，结果写在旁边',
  replaceEdited: '用本次结果替换…',
  confirmReplace: (sheets) => `替换后，${sheets.map((n) => `“${n}”`).join('、')}中的手工修改将全部丢失，考评助手无法找回。确定替换吗？`,
  confirmReplaceYes: '确定替换',
  findingsList: '问题列表（上下方向键逐条移动，回车转到单元格）',
  codeGroup: (code, n) => `${CODE_ZH[code] ?? code}（${n}）`,
  concerns: (unit, item) => [unit && `单位：${unit}`, item && `项目：${item}`].filter(Boolean).join('，'),
  saveAndRecalc: '保存并重新计算',
  outOfRange: (min, max) => (max === undefined ? `请填写不小于 ${min} 的数` : `请填写 ${min} 到 ${max} 之间的数`),
  notNumber: '请填写数字',
  wholeNumber: '请填写整数',
  resultLang: '结果语言',
  resultLangs: { auto: '自动（沿用已有结果表的语言）', zh: '中文', en: 'English' },
  blankWorkbook: '这是一个空白工作簿：先插入模板，照样填写后再计算。',
  waitingEdit: '有单元格正在编辑：请按回车或 Esc 结束编辑，计算会随后继续。',
  cancel: '取消',
};

const en: ResultStrings = {
  tabs: { run: 'Calculate', findings: (n) => (n > 0 ? `Findings (${n})` : 'Findings'), settings: 'Settings' },
  resultsTitle: (basis) => `Results (${basis})`,
  red: 'Red flags',
  warning: 'Warnings',
  failed: 'Failed',
  vetoed: 'Vetoed',
  zoneTop: (zone) => `${zone}, top three:`,
  place: (rank, unit, total) => `${rank}. ${unit} ${total}`,
  placeGap: '; ',
  composite: 'composite',
  outcomeOk: (names) => `Written: ${names.join(', ')}.`,
  outcomeErrors: (errors, names) =>
    `Written: ${names.join(', ')}, but ${errors} error(s) left their entries out: the ranking is for checking only. Fix each one under Findings, then calculate again.`,
  outcomeNothing: (names) => `Nothing could be scored; only ${names.join(', ')} was written. Fix the errors under Findings (or insert the template and fill it in), then calculate again.`,
  stale: 'The results on the sheets are older than the settings or data now: calculate again.',
  recalcNow: 'Calculate again',
  editedLabel: 'Result sheets edited by hand',
  editedBeside: (edited) =>
    `${edited.map((e) => `"${e.sheet}"`).join(', ')} ${edited.length > 1 ? 'have' : 'has'} been edited by hand and ${edited.length > 1 ? 'are' : 'is'} left as ${
      edited.length > 1 ? 'they are' : 'it is'
    }; these results went to ${edited.map((e) => `"${e.beside}"`).join(', ')}. Keep the edits, or replace them with these results?`,
  keepEdited: 'Keep the edits, results beside',
  replaceEdited: 'Replace with these results…',
  confirmReplace: (sheets) => `Replacing loses every hand edit on ${sheets.map((n) => `"${n}"`).join(', ')}, and Kaoping cannot bring them back. Replace?`,
  confirmReplaceYes: 'Replace',
  findingsList: 'Findings (arrow keys move, Enter goes to the cell)',
  codeGroup: (code, n) => `${CODE_EN[code] ?? code} (${n})`,
  concerns: (unit, item) => [unit && `unit ${unit}`, item && `item ${item}`].filter(Boolean).join(', '),
  saveAndRecalc: 'Save and recalculate',
  outOfRange: (min, max) => (max === undefined ? `Enter a number of at least ${min}` : `Enter a number from ${min} to ${max}`),
  notNumber: 'Enter a number',
  wholeNumber: 'Enter a whole number',
  resultLang: 'Result language',
  resultLangs: { auto: 'Automatic (as the result sheets are)', zh: '中文', en: 'English' },
  blankWorkbook: 'This workbook is blank: insert the template, fill it in, then calculate.',
  waitingEdit: 'A cell is being edited: press Enter or Esc to finish editing, and the calculation goes on.',
  cancel: 'Cancel',
};

const CODE_ZH: Partial<Record<FindingCode, string>> = {
  MISSING_SHEET: '缺少工作表', MISSING_COLUMN: '缺少列', MISSING_ID: '缺少编号', DUPLICATE_ITEM_ID: '编号重复', DUPLICATE_UNIT: '单位重复',
  DUPLICATE_PERIOD: '期间重复', BAD_NUMBER: '不是有效数字', NEGATIVE_POINTS: '分数为负', UNKNOWN_KIND: '未知计分方式', UNKNOWN_UNIT: '未知单位',
  UNKNOWN_ITEM: '未知项目编号', UNKNOWN_PERIOD: '未知期间', UNKNOWN_CATEGORY: '未知栏目', IGNORED_COLUMN: '未使用的列', OVER_CAP: '超出分值',
  MISSING_REASON: '扣分未写原因', MISSING_SCORE: '缺少评分', CATEGORY_CAP_MISMATCH: '栏目分值与满分不符', WEIGHTS_NOT_100: '权重合计不为 100%',
  BONUS_BELOW_THRESHOLD: '未达加分门槛', UNZONED_UNIT: '未分考评区', FORMULA_ERROR: '公式错误', BAD_SETTING: '设置有误', NO_UNITS: '没有单位',
  OUTPUT_NAME_TAKEN: '结果表名称已被占用', EDITED_RESULT: '结果表已被手工修改', EDITED_REPLACED: '已替换手工修改的结果表',
  PICTURE_IN_CELL: '单元格里是图片',
};
const CODE_EN: Partial<Record<FindingCode, string>> = {
  MISSING_SHEET: 'Missing sheet', MISSING_COLUMN: 'Missing column', MISSING_ID: 'Missing id', DUPLICATE_ITEM_ID: 'Duplicate id', DUPLICATE_UNIT: 'Duplicate unit',
  DUPLICATE_PERIOD: 'Duplicate period', BAD_NUMBER: 'Not a number', NEGATIVE_POINTS: 'Negative points', UNKNOWN_KIND: 'Unknown kind', UNKNOWN_UNIT: 'Unknown unit',
  UNKNOWN_ITEM: 'Unknown item', UNKNOWN_PERIOD: 'Unknown period', UNKNOWN_CATEGORY: 'Unknown category', IGNORED_COLUMN: 'Column not used', OVER_CAP: 'Over the cap',
  MISSING_REASON: 'No reason given', MISSING_SCORE: 'Missing score', CATEGORY_CAP_MISMATCH: 'Category points differ from the full score', WEIGHTS_NOT_100: 'Weights do not add up',
  BONUS_BELOW_THRESHOLD: 'Below the bonus threshold', UNZONED_UNIT: 'No zone', FORMULA_ERROR: 'Formula error', BAD_SETTING: 'Setting not usable', NO_UNITS: 'No units',
  OUTPUT_NAME_TAKEN: 'Result sheet name taken', EDITED_RESULT: 'Result sheet edited by hand', EDITED_REPLACED: 'Edited result sheet replaced',
  PICTURE_IN_CELL: 'Picture in a cell',
};

export const RESULT_STRINGS: Readonly<Record<Lang, ResultStrings>> = { zh, en };
