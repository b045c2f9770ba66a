/** Words of the printed notices (扣分情况通知单, the posted ranking) and their headers, Chinese and English. */
import type { Flag, Lang } from './types';

const W = {
  zh: {
    noticeTitle: '扣分情况通知单',
    rankingTitle: '考评结果公示',
    change: '变化',
    deductions: '扣分',
    vetoes: '否决',
    bonuses: '加分',
    scores: '评分',
    periodTotals: '各期得分',
    none: '无',
    vetoedWord: '否决',
    failedWord: '不合格',
    passedWord: '合格',
    vetoCounted: '一票否决',
    deductedSum: '扣分小计',
    bonusSum: '加分小计',
    signOff: '签收人：＿＿＿＿＿＿＿＿\u3000\u3000\u3000日期：＿＿＿＿年＿＿月＿＿日',
    issuedBy: '公示单位',
    noticePeriod: '公示期',
    recorded: '记录分',
    counted: '计分',
  },
  en: {
    noticeTitle: 'Deduction notice',
    rankingTitle: 'Results notice',
    change: 'Change',
    deductions: 'Deductions',
    vetoes: 'Vetoes',
    bonuses: 'Bonuses',
    scores: 'Scores',
    periodTotals: 'Totals by period',
    none: 'None',
    vetoedWord: 'Vetoed',
    failedWord: 'Failed',
    passedWord: 'Passed',
    vetoCounted: 'Veto',
    deductedSum: 'Deductions subtotal',
    bonusSum: 'Bonuses subtotal',
    signOff: 'Received by: ________________      Date: ____ / ____ / ________',
    issuedBy: 'Issued by',
    noticePeriod: 'Notice period',
    recorded: 'Recorded',
    counted: 'Counted',
  },
} as const;

export type NoticeWord = keyof (typeof W)['zh'];

export function word(lang: Lang, key: NoticeWord): string {
  return W[lang][key];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A numbered section heading: 一、扣分 / 1. Deductions. */
export function sectionTitle(lang: Lang, n: number, key: NoticeWord): string {
  return lang === 'zh' ? `${NUMERALS[n - 1] ?? String(n)}、${word(lang, key)}` : `${n}. ${word(lang, key)}`;
}

/** ▲2 for up two places, ▼1 for down one, — for no change; '' when there is nothing to compare with. */
export function rankChangeText(change: number | null): string {
  if (change === null) return '';
  if (change > 0) return `▲${change}`;
  if (change < 0) return `▼${-change}`;
  return '—';
}

/** A unit's standing in words: 红旗, 预警, 否决, 不合格, joined; '' for a plain pass. */
export function standingWords(lang: Lang, r: { readonly flag: Flag; readonly vetoed: boolean; readonly passed: boolean }): string {
  const out: string[] = [];
  if (r.vetoed) out.push(word(lang, 'vetoedWord'));
  else if (!r.passed) out.push(word(lang, 'failedWord'));
  if (r.flag === 'red') out.push(lang === 'zh' ? '红旗' : 'Red flag');
  if (r.flag === 'warning') out.push(lang === 'zh' ? '预警' : 'Warning');
  return out.join(lang === 'zh' ? '、' : ', ');
}

/** The date line of a posted ranking: 2026年11月30日 / 30 Nov 2026, from an ISO date. */
export function dateText(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'zh') return `${y}年${mo}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[mo - 1] ?? mo} ${y}`;
}

export function rankingSubtitle(lang: Lang, period: string, date: string): string {
  return lang === 'zh' ? `考评期间：${period}\u3000\u3000\u3000公示日期：${date}` : `Period: ${period}      Date: ${date}`;
}

export function noticeUnitLine(lang: Lang, unit: string, zone: string): string {
  return lang === 'zh' ? `单位：${unit}\u3000\u3000\u3000考评区：${zone}` : `Unit: ${unit}      Zone: ${zone}`;
}

export function noticeStanding(
  lang: Lang,
  s: { total: string; composite: boolean; rankInZone: number; zoneSize: number; rankOverall: number; words: string },
): string {
  if (lang === 'zh') {
    const total = `${s.composite ? '综合总分' : '总分'}：${s.total}`;
    return `${total}\u3000\u3000区内名次：第 ${s.rankInZone} 名（共 ${s.zoneSize} 个）\u3000\u3000总名次：第 ${s.rankOverall} 名${s.words ? `\u3000\u3000${s.words}` : ''}`;
  }
  const total = `${s.composite ? 'Composite total' : 'Total'}: ${s.total}`;
  return `${total}    Zone rank: ${s.rankInZone} of ${s.zoneSize}    Overall rank: ${s.rankOverall}${s.words ? `    ${s.words}` : ''}`;
}

export function noticePeriodLine(lang: Lang, periods: readonly string[]): string {
  const span = periods.length <= 1 ? (periods[0] ?? '') : `${periods[0]} — ${periods[periods.length - 1]}`;
  return lang === 'zh' ? `考评期间：${span}` : `Period: ${span}`;
}
