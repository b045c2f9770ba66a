/**
 * 结果-对照 / Results-Compare (contract section 6): for each compare source, a row per period and
 * unit with its compare total beside the official one; then, per unit, the items the scored sources
 * found a loss on and the compare source did not (自查未发现).
 */
import { BLANK, fitWidths, n, t, type Row } from './report-cells';
import { pageBlocks, type PagedBlock } from './report-pages';
import type { Assessment, Lang } from './types';

const WORDS = {
  zh: {
    source: '来源', period: '期间', zone: '考评区', unit: '单位', official: '正式得分', total: '对照得分', difference: '差值',
    flag: '提示', high: '偏高', id: '编号', item: '考核内容', loss: '扣分',
    missed: (source: string) => `${source}未发现的问题（计分来源已扣分，${source}未记录）`,
    none: '对照来源均无遗漏',
  },
  en: {
    source: 'Source', period: 'Period', zone: 'Zone', unit: 'Unit', official: 'Official total', total: 'Compare total', difference: 'Difference',
    flag: 'Flag', high: 'High', id: 'ID', item: 'Item', loss: 'Loss',
    missed: (source: string) => `Missed by ${source} (a loss the scored sources counted and ${source} did not record)`,
    none: 'Nothing was missed by the compare sources',
  },
} as const;


/**
 * The sheet in blocks on pages (report-pages.ts): the compare table, then each source's missed items
 * under their own heading and header. Each block's header heads every page it goes on to, so the
 * missed items never print under the compare table's header as print titles would put it.
 */
export function compareLayout(a: Assessment, lang: Lang, decimals: number): { rows: Row[]; widths: number[]; breaks: number[] } {
  const w = WORDS[lang];
  const c = a.compare;
  const blocks: PagedBlock[] = [
    {
      lead: [],
      head: [[w.source, w.period, w.zone, w.unit, w.official, w.total, w.difference, w.flag].map((x) => t(x, 'header'))],
      groups: (c?.rows ?? []).map((r) => [[t(r.source), t(r.period), t(r.zone), t(r.unit), n(r.official), n(r.total), n(r.difference), r.flag ? t(w.high, 'flagWarning') : BLANK]]),
      foot: [],
    },
  ];
  const unitOrder = new Map(a.units.map((u, i) => [u.name as string, i]));
  const zoneOf = new Map(a.units.map((u) => [u.name as string, u.zone as string]));
  for (const source of c?.sources ?? []) {
    const list = c!.missed.filter((m) => m.source === source).map((m, i) => ({ m, i }));
    if (list.length === 0) continue;
    // Per unit, in the units' order; within a unit, as found (period, then rubric order of first loss).
    list.sort((x, y) => (unitOrder.get(x.m.unit) ?? 0) - (unitOrder.get(y.m.unit) ?? 0) || x.i - y.i);
    blocks.push({
      // A block heading, left-aligned as 结果-兑现's and 结果-整改's: a centred title wider than the
      // table would spill past both its sides and off the page.
      lead: [[t(w.missed(source), 'heading')]],
      head: [[w.source, w.period, w.zone, w.unit, w.id, w.item, w.loss].map((x) => t(x, 'header'))],
      groups: list.map(({ m }) => [[t(m.source), t(m.period), t(zoneOf.get(m.unit) ?? ''), t(m.unit), t(m.id), t(m.item), n(m.loss)]]),
      foot: [],
    });
  }
  if (c && c.missed.length === 0) blocks.push({ lead: [[t(w.none, 'info')]], head: [], groups: [], foot: [] });
  // The block headings run on to the right over the columns; they set no column's width.
  const widths = fitWidths(
    blocks.flatMap((b) => [...b.head, ...b.groups.flat()]),
    decimals,
  );
  const { rows, breaks } = pageBlocks(blocks, widths);
  return { rows, widths, breaks };
}
