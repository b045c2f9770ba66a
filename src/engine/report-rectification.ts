/**
 * 结果-整改 / Results-Rectification (contract section 8): the counts per unit, then every problem not
 * done, as two blocks one after the other, each with its title and its own header row (repeated on
 * each page it continues onto), laid out on landscape pages at 100% (report-pages): the item and
 * reason columns wrap in what the page leaves.
 */
import { countsTitle, fl, openTitle, statusText, type FollowUpLabel } from './labels-follow-up';
import type { RectificationResult } from './follow-up-types';
import { BLANK, fitWidths, printWidth, t, type Row } from './report-cells';
import { pageBlocks, type PagedBlock } from './report-pages';
import type { CellStyle, Lang, ReportCell } from './types';

const int = (value: number): ReportCell => ({ value, style: 'integer' });

/** The list's item and reason columns, which wrap. */
const ITEM = 3;
const REASON = 4;
/** Points of a landscape A4 page's width the table may take (741 between Excel's default margins). */
const PAGE_WIDTH_POINTS = 720;

export interface RectificationLayout {
  readonly rows: Row[];
  readonly widths: number[];
  readonly breaks: number[];
}

export function rectificationRows(rec: RectificationResult, lang: Lang, decimals: number): RectificationLayout {
  const head = (keys: readonly FollowUpLabel[]): Row => keys.map((k) => t(fl(lang, k), 'header'));
  const countsHead = head(['zone', 'unit', 'problems', 'done', 'inProgress', 'open', 'overdue']);
  const sum = { problems: 0, done: 0, inProgress: 0, open: 0, overdue: 0 };
  const counts: Row[] = rec.counts.map((c) => {
    for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += c[k];
    // Counts stay whole numbers ('integer' is what picks the "0" format); overdue ones are marked in the list below.
    return [t(c.zone), t(c.unit), int(c.problems), int(c.done), int(c.inProgress), int(c.open), int(c.overdue)];
  });
  const st: CellStyle = 'subtotal';
  const countsFoot: Row = [t(fl(lang, 'sum'), st), t('', st), int(sum.problems), int(sum.done), int(sum.inProgress), int(sum.open), int(sum.overdue)];
  const listHead = head(['period', 'unit', 'id', 'item', 'reason', 'counted', 'responsible', 'due', 'status', 'overdue']);
  const list: Row[] = rec.open.map((p) => [
    t(p.period),
    t(p.unit),
    t(p.id),
    t(p.item, 'wrap'),
    t(p.reason, 'wrap'),
    p.vetoed ? t(fl(lang, 'veto'), 'vetoed') : { value: p.counted, style: 'number' },
    t(p.responsible),
    t(p.due),
    t(statusText(lang, p.status)),
    p.overdue ? t(fl(lang, 'overdue'), 'flagWarning') : BLANK,
  ]);
  const widths = fitWidths([countsHead, ...counts, countsFoot, listHead, ...list], decimals);
  shareWrapped(widths, list);
  const blocks: PagedBlock[] = [
    { lead: [[t(countsTitle(lang, rec.asOf), 'heading')]], head: [countsHead], groups: counts.map((r) => [r]), foot: [countsFoot] },
    rec.open.length === 0
      ? { lead: [[t(openTitle(lang, rec.asOf), 'heading')], [t(fl(lang, 'noOpen'))]], head: [], groups: [], foot: [] }
      : { lead: [[t(openTitle(lang, rec.asOf), 'heading')]], head: [listHead], groups: list.map((r) => [r]), foot: [] },
  ];
  const { rows, breaks } = pageBlocks(blocks, widths);
  return { rows, widths, breaks };
}

const points = (w: number): number => (w * 7 + 5) * 0.75;

/** The item and reason columns take what the page leaves (two parts to three), no wider than their text. */
function shareWrapped(widths: number[], list: readonly Row[]): void {
  const natural = (col: number): number => list.reduce((m, r) => Math.max(m, printWidth(String(r[col]?.value ?? '')) + 2), 10);
  const others = widths.reduce((s, w, i) => (i === ITEM || i === REASON ? s : s + points(w)), 0);
  const room = Math.max(20, Math.floor((PAGE_WIDTH_POINTS - others) / 0.75 / 7) - 2);
  const item = Math.max(10, Math.min(natural(ITEM), Math.floor((room * 2) / 5)));
  const reason = Math.max(10, Math.min(natural(REASON), room - item));
  widths[ITEM] = Math.max(item, widths[ITEM] ?? 6);
  widths[REASON] = Math.max(reason, widths[REASON] ?? 6);
}
