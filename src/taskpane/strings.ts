/** Every word the task pane shows, in Chinese (first) and English. */
import type { Lang, RankingStyle, Role, RoleChoice, Severity } from '../engine/types';
import type { Stage } from '../workbook/port';

export interface Strings {
  readonly title: string;
  readonly subtitle: string;
  readonly switchLanguage: string;
  readonly switchLanguageLabel: string;
  readonly rolesTitle: string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly how: Readonly<Record<RoleChoice['how'], string>>;
  readonly auto: string;
  /** The detected sheet(s), and how they were found (omitted when none was). */
  readonly autoFound: (found: string, how?: string) => string;
  readonly list: (names: readonly string[]) => string;
  readonly noSheet: string;
  readonly recheck: string;
  readonly calculate: string;
  readonly calculating: string;
  readonly checking: string;
  readonly stages: Readonly<Record<Stage, string>>;
  readonly progressLabel: string;
  readonly summaryTitle: string;
  readonly units: string;
  readonly periods: string;
  readonly errors: string;
  readonly warnings: string;
  readonly time: string;
  readonly seconds: (ms: number) => string;
  readonly written: (names: readonly string[]) => string;
  readonly notScored: string;
  readonly findingsTitle: string;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly noFindings: string;
  readonly wholeWorkbook: string;
  readonly goTo: (where: string) => string;
  readonly showAll: (n: number) => string;
  readonly settingsTitle: string;
  readonly ranking: string;
  readonly rankingStyles: Readonly<Record<RankingStyle, string>>;
  readonly topFlags: string;
  readonly bottomWarnings: string;
  readonly passLine: string;
  readonly decimals: string;
  readonly saveSettings: string;
  readonly savedSettings: (sheet: string) => string;
  readonly nothingChanged: string;
  readonly noRubricTitle: string;
  readonly noRubricBody: string;
  readonly insertTemplate: string;
  readonly insertedTemplate: (names: readonly string[]) => string;
  /** insertedTemplate where Excel could not add the dropdowns (it has no data validation). */
  readonly insertedWithoutDropdowns: (names: readonly string[]) => string;
  readonly failed: string;
  readonly dismiss: string;
  /** What a failure says when its cause is not one Kaoping knows: never the internal error's text. */
  readonly unexpected: string;
}

const zh: Strings = {
  title: '考评助手',
  subtitle: '按考评细则计分、排名，并写出结果表',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  rolesTitle: '使用的工作表',
  roles: {
    rubric: '考评细则',
    categories: '栏目设置',
    units: '考评单位',
    entries: '扣分记录',
    scoreTable: '扣分表 / 得分表',
    periods: '期间设置',
    sources: '来源设置',
    settings: '考评设置',
  },
  how: { name: '按表名', table: '按表格', header: '按表头', chosen: '手动选择', none: '未找到' },
  auto: '自动识别',
  autoFound: (found, how) => `自动：${found}${how ? `（${how}）` : ''}`,
  list: (names) => names.join('、'),
  noSheet: '（不使用）',
  recheck: '重新检查',
  calculate: '一键计算',
  calculating: '正在计算…',
  checking: '正在检查…',
  stages: { reading: '读取', checking: '检查', scoring: '计分', writing: '写出结果' },
  progressLabel: '进度',
  summaryTitle: '概况',
  units: '单位',
  periods: '期间',
  errors: '错误',
  warnings: '警告',
  time: '用时',
  seconds: (ms) => (ms < 100 ? '< 0.1 秒' : `${(ms / 1000).toFixed(1)} 秒`),
  written: (names) => `已写出：${names.join('、')}`,
  notScored: '未能计分：请先处理下面的错误。',
  findingsTitle: '检查结果',
  severities: { error: '错误', warning: '警告', info: '提示' },
  noFindings: '没有发现问题。',
  wholeWorkbook: '工作簿',
  goTo: (where) => `转到 ${where}`,
  showAll: (n) => `显示全部（${n} 条）`,
  settingsTitle: '考评设置',
  ranking: '排名方式',
  rankingStyles: { standard: '美式（1, 2, 2, 4）', dense: '中国式（1, 2, 2, 3）' },
  topFlags: '红旗名额',
  bottomWarnings: '预警名额',
  passLine: '合格线',
  decimals: '小数位',
  saveSettings: '保存设置',
  savedSettings: (sheet) => `设置已写入“${sheet}”。`,
  nothingChanged: '设置没有改动。',
  noRubricTitle: '未找到考评细则',
  noRubricBody: '工作簿里没有考评细则表。可以插入模板（细则、单位、扣分记录、设置），照样填写后再计算。',
  insertTemplate: '插入模板',
  insertedTemplate: (names) => `已插入：${names.join('、')}`,
  insertedWithoutDropdowns: (names) =>
    `已插入：${names.join('、')}。此版本的 Excel 不支持下拉列表，模板中没有下拉选项：请按列标题填写，或在 Office 2021 及以上版本、Microsoft 365 或 Excel 网页版中插入模板。`,
  failed: '操作未完成',
  dismiss: '关闭',
  unexpected: '出现了意外的问题。请再试一次；如仍出现，请联系维护人员（详情已记入开发者工具的控制台）。',
};

const en: Strings = {
  title: 'Kaoping',
  subtitle: 'Scores and ranks units against the rubric and writes the result sheets',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  rolesTitle: 'Sheets used',
  roles: {
    rubric: 'Rubric',
    categories: 'Categories',
    units: 'Units',
    entries: 'Entries',
    scoreTable: 'Deduction / score table',
    periods: 'Periods',
    sources: 'Sources',
    settings: 'Settings',
  },
  how: { name: 'by name', table: 'by table', header: 'by headers', chosen: 'chosen', none: 'not found' },
  auto: 'Detect',
  autoFound: (found, how) => `Detect: ${found}${how ? ` (${how})` : ''}`,
  list: (names) => names.join(', '),
  noSheet: '(none)',
  recheck: 'Check again',
  calculate: 'Calculate',
  calculating: 'Calculating…',
  checking: 'Checking…',
  stages: { reading: 'Reading', checking: 'Checking', scoring: 'Scoring', writing: 'Writing results' },
  progressLabel: 'Progress',
  summaryTitle: 'Summary',
  units: 'Units',
  periods: 'Periods',
  errors: 'Errors',
  warnings: 'Warnings',
  time: 'Time',
  seconds: (ms) => (ms < 100 ? '< 0.1 s' : `${(ms / 1000).toFixed(1)} s`),
  written: (names) => `Written: ${names.join(', ')}`,
  notScored: 'Nothing could be scored: fix the errors below first.',
  findingsTitle: 'Findings',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  noFindings: 'No problems found.',
  wholeWorkbook: 'Workbook',
  goTo: (where) => `Go to ${where}`,
  showAll: (n) => `Show all (${n})`,
  settingsTitle: 'Settings',
  ranking: 'Ranking',
  rankingStyles: { standard: 'Standard (1, 2, 2, 4)', dense: 'Dense (1, 2, 2, 3)' },
  topFlags: 'Red flags',
  bottomWarnings: 'Bottom warnings',
  passLine: 'Pass line',
  decimals: 'Decimals',
  saveSettings: 'Save settings',
  savedSettings: (sheet) => `Settings written to "${sheet}".`,
  nothingChanged: 'No setting was changed.',
  noRubricTitle: 'No rubric found',
  noRubricBody:
    'The workbook has no rubric sheet. Insert the template (rubric, units, entries, settings), fill it in, then calculate.',
  insertTemplate: 'Insert template',
  insertedTemplate: (names) => `Inserted: ${names.join(', ')}`,
  insertedWithoutDropdowns: (names) =>
    `Inserted: ${names.join(', ')}. This Excel has no dropdown lists, so the template has none: type what the headers ask for, or insert the template in Office 2021 or later, Microsoft 365 or Excel on the web.`,
  failed: 'Could not finish',
  dismiss: 'Dismiss',
  unexpected: 'Something unexpected went wrong. Try again; if it happens again, contact whoever looks after Kaoping (the details are in the developer tools console).',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { zh, en };

/** Chinese first: English only when Office runs in a language other than Chinese. */
export function langFromDisplayLanguage(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return 'zh';
  return /^zh\b/i.test(displayLanguage) || displayLanguage.trim() === '' ? 'zh' : 'en';
}
