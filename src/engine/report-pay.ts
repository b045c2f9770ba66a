/** 结果-兑现 / Results-Pay (contract section 7): a block for the latest period and one for the composite. */
import { fl, payBlockTitle } from './labels-follow-up';
import { dec, sumMoney } from './money';
import type { PayResult, PayRow } from './follow-up-types';
import type { Assessment, CellStyle, Lang, ReportCell } from './types';

type Row = ReportCell[];
const BLANK: ReportCell = { value: null };
const t = (text: string, style?: CellStyle): ReportCell => {
  // Excel keeps at most 32,767 characters in a cell.
  const value = text.length > 32767 ? text.slice(0, 32767) : text;
  return style ? { value, style } : { value };
};
const money = (v: number | null, style: CellStyle = 'money'): ReportCell => (v === null ? BLANK : { value: v, style });

export interface PayLayout {
  readonly rows: Row[];
  readonly breaks: number[];
}

export function payRows(a: Assessment, pay: PayResult, lang: Lang): PayLayout {
  const head: Row = (['zone', 'unit', 'total', 'rate', 'base', 'fixed', 'linked', 'payable', 'fundShare'] as const).map((k) => t(fl(lang, k), 'header'));
  const rows: Row[] = [head];
  const breaks: number[] = [];
  const latest = a.periods[a.periods.length - 1];
  const blocks: Array<{ period: string | null; title: string }> = [];
  if (latest !== undefined) blocks.push({ period: latest, title: latest });
  if (a.composite.length > 0) blocks.push({ period: null, title: fl(lang, 'composite') });
  const F = a.settings.fullScore;
  for (const b of blocks) {
    const list = pay.rows.filter((r) => r.period === b.period);
    const fund = pay.funds.find((f) => f.period === b.period)?.amount ?? null;
    if (rows.length > 1) {
      rows.push([]);
      breaks.push(rows.length + 1);
    }
    rows.push([t(payBlockTitle(lang, b.title, pay.linkedShare, fund), 'title')]);
    for (const r of list) rows.push(payLine(r, F));
    const col = (k: 'base' | 'fixed' | 'linked' | 'payable' | 'fundShare'): ReportCell => {
      const s = sumMoney(list.map((r) => r[k]));
      return s === null ? { value: null, style: 'moneyTotal' } : { value: s, style: 'moneyTotal' };
    };
    rows.push([t(fl(lang, 'sum'), 'subtotal'), t('', 'subtotal'), t('', 'subtotal'), t('', 'subtotal'), col('base'), col('fixed'), col('linked'), col('payable'), col('fundShare')]);
  }
  return { rows, breaks };
}

function payLine(r: PayRow, fullScore: number): Row {
  return [
    t(r.zone),
    t(r.unit, r.vetoed ? 'vetoed' : undefined),
    { value: r.total, style: 'number' },
    // The rate as the decimal it is (976.67 / 1000 is 0.97667, not 0.9766699999999999), so every host stores the same number.
    { value: fullScore > 0 ? dec(r.total).div(dec(fullScore)).toNumber() : 0, style: 'percent' },
    money(r.base),
    money(r.fixed),
    money(r.linked),
    money(r.payable),
    money(r.fundShare),
  ];
}
