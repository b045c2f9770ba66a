/**
 * 结果-排名 as a notice ready to post (contract section 5): a title and the date, then for the latest
 * period and the composite a block per zone (heading, its own header row, units in rank order with
 * the change since the previous period and the standing in words), each block kept on one printed
 * page where it fits one (src/engine/report-pages.ts), and 公示单位 / 公示期 at the foot. Portrait A4.
 */
import { flagStyle, label } from './labels';
import { dateText, rankChangeText, rankingSubtitle, standingWords, word } from './labels-notice';
import { BLANK, fit, n, noticeTitles, t, titleRow, type Row } from './report-cells';
import { pageBlocks, type PagedBlock } from './report-pages';
import type { Assessment, CellStyle, Flag, Lang } from './types';

/**
 * Points of rows a portrait A4 page holds with room to spare: 842 pt less Excel's default top and
 * bottom margins of 0.75 in is 734 pt.
 */
export const PAGE_POINTS = 700;

export interface RankingLayout {
  readonly rows: Row[];
  readonly widths: number[];
  readonly breaks: number[];
}

interface Standing {
  readonly unit: string;
  readonly zone: string;
  readonly total: number;
  readonly rankScore: number;
  readonly rankInZone: number;
  readonly vetoed: boolean;
  readonly passed: boolean;
  readonly flag: Flag;
  readonly rankChange: number | null;
}

export interface RankingOptions {
  readonly title: string;
  /** ISO date of the notice (yyyy-mm-dd). */
  readonly date: string;
  readonly issuedBy?: string;
  readonly noticePeriod?: string;
}

function standingStyle(r: Standing): CellStyle | undefined {
  if (r.vetoed) return 'vetoed';
  if (r.flag) return flagStyle(r.flag);
  if (!r.passed) return 'failed';
  return undefined;
}

export function rankingLayout(a: Assessment, lang: Lang, o: RankingOptions): RankingLayout {
  const withK = a.units.some((u) => u.hasCoefficient);
  const withChange = a.periods.length >= 2;
  const latest = a.periods[a.periods.length - 1];
  const blocks: Array<{ title: string; list: readonly Standing[]; change: boolean }> = [];
  if (latest !== undefined) blocks.push({ title: latest, list: a.results.filter((r) => r.period === latest), change: withChange });
  if (a.composite.length > 0) blocks.push({ title: label(lang, 'composite'), list: a.composite.map((r) => ({ ...r, rankChange: null })), change: false });

  const head: Row = [
    t(label(lang, 'rank'), 'header'),
    ...(withChange ? [t(word(lang, 'change'), 'header')] : []),
    t(label(lang, 'unit'), 'header'),
    t(label(lang, 'total'), 'header'),
    ...(withK ? [t(label(lang, 'rankScore'), 'header')] : []),
    t(label(lang, 'flag'), 'header'),
  ];
  const columns = head.length;
  const widths = [
    7,
    ...(withChange ? [7] : []),
    fit(a.units.map((u) => u.name), 16, 40),
    10,
    ...(withK ? [10] : []),
    fit(blocks.flatMap((b) => b.list.map((r) => standingWords(lang, r))), 12, 20),
  ];
  const titles = noticeTitles(o.title, lang === 'zh' && /(考评|考核)$/.test(o.title) ? '结果公示' : word(lang, 'rankingTitle'), widths);
  // The title and date as a block of their own, then a block per zone: each kept on one page when it
  // fits one, a longer zone going on over the next pages with its header row again at their top.
  const paged: PagedBlock[] = [{ lead: [...titles.map((line) => titleRow(line, columns)), [t(rankingSubtitle(lang, latest ?? '', dateText(lang, o.date)))]], head: [], groups: [], foot: [] }];
  const zones = [...new Set(a.units.map((u) => u.zone as string))];
  for (const b of blocks) {
    for (const zone of zones) {
      const members = b.list.filter((r) => r.zone === zone).map((r, i) => ({ r, i }));
      members.sort((x, y) => x.r.rankInZone - y.r.rankInZone || x.i - y.i);
      paged.push({
        lead: [[t(`${b.title} · ${zone}`, 'heading')]],
        head: [head],
        groups: members.map(({ r }) => {
          const style = standingStyle(r);
          const text = standingWords(lang, r);
          return [
            [
              n(r.rankInZone, 'rank'),
              ...(withChange ? [b.change ? t(rankChangeText(r.rankChange), 'center') : BLANK] : []),
              t(r.unit),
              n(r.total),
              ...(withK ? [n(r.rankScore)] : []),
              text ? t(text, style) : BLANK,
            ],
          ];
        }),
        foot: [],
      });
    }
  }
  const { rows, breaks } = pageBlocks(paged, widths, PAGE_POINTS);
  if (o.issuedBy || o.noticePeriod) rows.push([]);
  if (o.issuedBy) rows.push([t(`${word(lang, 'issuedBy')}${lang === 'zh' ? '：' : ': '}${o.issuedBy}`)]);
  if (o.noticePeriod) rows.push([t(`${word(lang, 'noticePeriod')}${lang === 'zh' ? '：' : ': '}${o.noticePeriod}`)]);

  return { rows, widths, breaks };
}
