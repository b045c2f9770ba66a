/** Words of the pay, rectification and trends sheets (contract sections 5, 7, 8), Chinese and English. */
import type { RectificationStatus } from './follow-up-types';
import type { Lang } from './types';

const L = {
  zh: {
    zone: '考评区', unit: '单位', total: '总分', rate: '得分率', base: '挂钩基数', fixed: '固定部分', linked: '挂钩部分',
    payable: '应发合计', fundShare: '奖励资金', sum: '合计', composite: '综合',
    problems: '问题数', done: '已整改', inProgress: '整改中', open: '未整改', overdue: '逾期',
    period: '期间', id: '编号', item: '考核内容', reason: '原因', counted: '计分', responsible: '整改责任人', due: '整改期限',
    status: '整改状态', veto: '否决', noOpen: '所有问题均已整改', yes: '是', latest: '本期总分', trend: '各期总分走势',
  },
  en: {
    zone: 'Zone', unit: 'Unit', total: 'Total', rate: 'Score rate', base: 'Pay base', fixed: 'Fixed', linked: 'Linked',
    payable: 'Payable', fundShare: 'Fund share', sum: 'Total', composite: 'Composite',
    problems: 'Problems', done: 'Done', inProgress: 'In progress', open: 'Open', overdue: 'Overdue',
    period: 'Period', id: 'ID', item: 'Item', reason: 'Reason', counted: 'Counted', responsible: 'Responsible', due: 'Due',
    status: 'Status', veto: 'Veto', noOpen: 'Every problem has been put right', yes: 'Yes', latest: 'Totals', trend: 'Totals by period',
  },
} as const;

export type FollowUpLabel = keyof (typeof L)['zh'];

export function fl(lang: Lang, key: FollowUpLabel): string {
  return L[lang][key];
}

export function statusText(lang: Lang, s: RectificationStatus): string {
  return fl(lang, s);
}

export function payBlockTitle(lang: Lang, period: string, share: number | null, fund: number | null): string {
  const parts: string[] = [];
  if (share !== null) parts.push(lang === 'zh' ? `挂钩比例 ${pct(share)}` : `linked share ${pct(share)}`);
  if (fund !== null) parts.push(lang === 'zh' ? `奖励资金 ${fund}` : `reward fund ${fund}`);
  if (lang === 'zh') return `${period} 考核兑现${parts.length > 0 ? `（${parts.join('，')}）` : ''}`;
  return `${period} pay${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/**
 * Why a pay block has nothing in it: no 挂钩比例 (or no unit with a pay base under it), and no reward
 * fund for the period (the periods sheet's 奖励资金) or for the composite (the setting 奖励资金).
 */
export function emptyPayNote(lang: Lang, period: string | null, linked: boolean): string {
  if (lang === 'zh') {
    const why = linked ? '没有单位填写挂钩基数' : '未设挂钩比例';
    const fund = period === null ? '考评设置中也没有奖励资金' : '期间表中也没有本期的奖励资金';
    return `${period ?? '综合'}：${why}，${fund}，无兑现金额。`;
  }
  const why = linked ? 'no unit has a pay base' : 'the setting Linked share (挂钩比例) is not set';
  const fund = period === null ? 'the settings give no Reward fund (奖励资金)' : 'the periods sheet gives this period no reward fund';
  return `${period ?? 'Composite'}: nothing to pay: ${why}, and ${fund}.`;
}

export function openTitle(lang: Lang, asOf: string): string {
  return lang === 'zh' ? `未完成整改的问题（评定日期 ${asOf}）` : `Problems not yet put right (as of ${asOf})`;
}

export function countsTitle(lang: Lang, asOf: string): string {
  return lang === 'zh' ? `整改情况统计（评定日期 ${asOf}）` : `Rectification by unit (as of ${asOf})`;
}

export function chartTitle(lang: Lang, zone: string, what: 'latest' | 'trend', period: string): string {
  if (what === 'latest') return lang === 'zh' ? `${zone} · ${period} 总分` : `${zone} · ${period} totals`;
  return lang === 'zh' ? `${zone} · ${fl(lang, 'trend')}` : `${zone} · ${fl(lang, 'trend')}`;
}

function pct(share: number): string {
  return `${Number((share * 100).toPrecision(12))}%`;
}
