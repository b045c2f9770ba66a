/**
 * 结果-兑现 / Results-Pay (contract section 7): a block for the latest period and one for the
 * composite, each with its title, its own header row and its sums at the foot, laid out on landscape
 * pages (report-pages). The linked-pay columns print only with 挂钩比例, the fund column only where a
 * fund is set; a block with no money in it says why in one line instead of printing an empty table.
 */
import { emptyPayNote, fl, payBlockTitle, type FollowUpLabel } from './labels-follow-up';
import { dec, sumMoney } from './money';
import type { PayResult, PayRow } from './follow-up-types';
import { BLANK, fitWidths, t, type Row } from './report-cells';
import { pageBlocks, type PagedBlock } from './report-pages';
import type { Assessment, CellStyle, Lang, ReportCell } from './types';

const money = (v: number | null, style: CellStyle = 'money'): ReportCell => (v === null ? BLANK : { value: v, style });

type MoneyKey = 'base' | 'fixed' | 'linked' | 'payable' | 'fundShare';

export interface PayLayout {
  readonly rows: Row[];
  readonly widths: number[];
  readonly breaks: number[];
}

export function payRows(a: Assessment, pay: PayResult, lang: Lang, decimals: number): PayLayout {
  const latest = a.periods[a.periods.length - 1];
  const blocks: Array<{ period: string | null; title: string }> = [];
  if (latest !== undefined) blocks.push({ period: latest, title: latest });
  if (a.composite.length > 0) blocks.push({ period: null, title: fl(lang, 'composite') });
  const linked = pay.linkedShare !== null;
  const moneyKeys: MoneyKey[] = [...(linked ? (['base', 'fixed', 'linked', 'payable'] as const) : []), ...(pay.funds.length > 0 ? (['fundShare'] as const) : [])];
  const head: Row = (['zone', 'unit', 'total', 'rate', ...moneyKeys] as FollowUpLabel[]).map((k) => t(fl(lang, k), 'header'));
  const F = a.settings.fullScore;
  const paged: PagedBlock[] = [];
  const bodies: Row[] = [];
  for (const b of blocks) {
    const list = pay.rows.filter((r) => r.period === b.period);
    const fund = pay.funds.find((f) => f.period === b.period)?.amount ?? null;
    const title: Row = [t(payBlockTitle(lang, b.title, pay.linkedShare, fund), 'heading')];
    const hasMoney = fund !== null || (linked && list.some((r) => r.base !== null));
    if (!hasMoney) {
      // Nothing to pay out in this block: one line saying why, no empty table under a header.
      paged.push({ lead: [[t(emptyPayNote(lang, b.period === null ? null : b.title, linked))]], head: [], groups: [], foot: [] });
      continue;
    }
    const lines = list.map((r) => payLine(r, F, moneyKeys));
    bodies.push(...lines);
    const foot: Row = [t(fl(lang, 'sum'), 'subtotal'), t('', 'subtotal'), t('', 'subtotal'), t('', 'subtotal')];
    for (const k of moneyKeys) {
      const s = sumMoney(list.map((r) => r[k]));
      foot.push({ value: s, style: 'moneyTotal' });
    }
    paged.push({ lead: [title], head: [head], groups: lines.map((l) => [l]), foot: [foot] });
  }
  const widths = fitWidths([head, ...bodies], decimals);
  const { rows, breaks } = pageBlocks(paged, widths);
  return { rows, widths, breaks };
}

function payLine(r: PayRow, fullScore: number, keys: readonly MoneyKey[]): Row {
  return [
    t(r.zone),
    t(r.unit, r.vetoed ? 'vetoed' : undefined),
    { value: r.total, style: 'number' },
    // The rate as the decimal it is (976.67 / 1000 is 0.97667, not 0.9766699999999999), so every host stores the same number.
    { value: fullScore > 0 ? dec(r.total).div(dec(fullScore)).toNumber() : 0, style: 'percent' },
    ...keys.map((k) => money(r[k])),
  ];
}
