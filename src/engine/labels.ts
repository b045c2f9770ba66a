/** Words Kaoping writes into result sheets, Chinese and English. */
import type { CellStyle, Flag, Lang, ReportKey, Severity } from './types';

export const SHEET_NAMES: Readonly<Record<Lang, Readonly<Record<ReportKey, string>>>> = {
  zh: {
    totals: '结果-总分', rankings: '结果-排名', deductions: '结果-扣分明细', checks: '结果-校验', trends: '结果-趋势',
    compare: '结果-对照', pay: '结果-兑现', rectification: '结果-整改',
  },
  en: {
    totals: 'Results-Totals', rankings: 'Results-Rankings', deductions: 'Results-Deductions', checks: 'Results-Checks',
    trends: 'Results-Trends', compare: 'Results-Compare', pay: 'Results-Pay', rectification: 'Results-Rectification',
  },
};

const L = {
  zh: {
    period: '期间', zone: '考评区', unit: '单位', base: '基础分', bonus: '加分', total: '总分', coefficient: '规模系数',
    rankScore: '排名分', vetoed: '否决', passed: '合格', rankInZone: '区内名次', rankOverall: '总名次', flag: '标志',
    composite: '综合', yes: '是', no: '否', pass: '合格', fail: '不合格', rank: '名次',
    id: '编号', category: '栏目', item: '考核内容', kind: '类型', recorded: '记录分', counted: '计分', reason: '原因',
    inspector: '检查人', date: '日期', source: '来源', severity: '严重程度', code: '代码', sheet: '工作表', cell: '单元格',
    message: '说明', noEntries: '本期无扣分、加分或否决记录', noFindings: '未发现问题',
  },
  en: {
    period: 'Period', zone: 'Zone', unit: 'Unit', base: 'Base', bonus: 'Bonus', total: 'Total', coefficient: 'Coefficient',
    rankScore: 'Rank score', vetoed: 'Vetoed', passed: 'Passed', rankInZone: 'Zone rank', rankOverall: 'Overall rank', flag: 'Flag',
    composite: 'Composite', yes: 'Yes', no: 'No', pass: 'Pass', fail: 'Fail', rank: 'Rank',
    id: 'ID', category: 'Category', item: 'Item', kind: 'Kind', recorded: 'Recorded', counted: 'Counted', reason: 'Reason',
    inspector: 'Inspector', date: 'Date', source: 'Source', severity: 'Severity', code: 'Code', sheet: 'Sheet', cell: 'Cell',
    message: 'Message', noEntries: 'No deduction, bonus or veto entries', noFindings: 'No problems found',
  },
} as const;

export type Label = keyof (typeof L)['zh'];

export function label(lang: Lang, key: Label): string {
  return L[lang][key];
}

export function flagText(lang: Lang, flag: Flag): string {
  if (flag === 'red') return lang === 'zh' ? '红旗' : 'Red flag';
  if (flag === 'warning') return lang === 'zh' ? '预警' : 'Warning';
  return '';
}

export function flagStyle(flag: Flag): CellStyle | undefined {
  return flag === 'red' ? 'flagRed' : flag === 'warning' ? 'flagWarning' : undefined;
}

export function severityText(lang: Lang, s: Severity): string {
  const zh = { error: '错误', warning: '警告', info: '提示' };
  const en = { error: 'Error', warning: 'Warning', info: 'Info' };
  return (lang === 'zh' ? zh : en)[s];
}

export function capNoteText(lang: Lang, by: 'item' | 'category' | 'bonus' | 'once', points: string): string {
  if (lang === 'zh') {
    const why = { item: '超出项目分值', category: '超出栏目分值', bonus: '超出加分上限', once: '同一事项只按最高一次计' }[by];
    return `↳ ${why}，${points} 分不计`;
  }
  const why = { item: 'over the item cap', category: 'over the category cap', bonus: 'over the bonus cap', once: 'the same matter counts once, at its highest' }[by];
  return `↳ ${points} points not counted: ${why}`;
}

export function subtotalText(
  lang: Lang,
  s: { period: string; deducted: string; bonus: string; total: string; rank: number; vetoed: boolean },
): string {
  if (lang === 'zh') {
    return `小计（${s.period}）：扣分 ${s.deducted}，加分 ${s.bonus}，总分 ${s.total}，区内第 ${s.rank} 名${s.vetoed ? '，一票否决' : ''}`;
  }
  return `Subtotal (${s.period}): deducted ${s.deducted}, bonus ${s.bonus}, total ${s.total}, zone rank ${s.rank}${s.vetoed ? ', vetoed' : ''}`;
}
