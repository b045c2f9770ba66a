/**
 * 结果-扣分明细 as one 扣分情况通知单 per unit, each starting a printed page (contract section 5): a
 * title with the assessment and the period, the unit with its total, rank and standing, then its
 * deductions, vetoes, bonuses and scores in sections of their own (with the cap lines and subtotals),
 * the totals of each period, and a sign-off line. Portrait A4, long texts wrapped.
 */
import { capNoteText, label, subtotalText } from './labels';
import { noticePeriodLine, noticeStanding, noticeUnitLine, sectionTitle, standingWords, word, type NoticeWord } from './labels-notice';
import { BLANK, fit, headerWordWidth, n, noticeTitles, PORTRAIT_WIDTH, rowHeightsFor, t, titleRow, type Row } from './report-cells';
import { PORTRAIT_PAGE_POINTS } from './report-pages';
import { roundHalfAway } from './text';
import type { Assessment, DeductionLine, ItemKind, Lang } from './types';

export interface NoticeLayout {
  readonly rows: Row[];
  readonly widths: number[];
  readonly breaks: number[];
  /** Each row's height in points, measured once while the notices were laid on pages. */
  readonly rowHeights: number[];
}

const SECTIONS: ReadonlyArray<{ key: NoticeWord; kinds: readonly ItemKind[]; subtotal?: NoticeWord }> = [
  { key: 'deductions', kinds: ['deduct', 'progressive', 'rate'], subtotal: 'deductedSum' },
  { key: 'vetoes', kinds: ['veto'] },
  { key: 'bonuses', kinds: ['bonus'], subtotal: 'bonusSum' },
  { key: 'scores', kinds: ['score', 'scaled'] },
];

export function noticeLayout(a: Assessment, lang: Lang, assessment: string): NoticeLayout {
  const d = a.settings.decimals;
  const fmt = (x: number): string => roundHalfAway(x, d).toFixed(d);
  const many = a.periods.length > 1;
  const head: Row = [
    t(label(lang, 'id'), 'header'),
    t(label(lang, 'item'), 'header'),
    t(word(lang, 'recorded'), 'header'),
    t(word(lang, 'counted'), 'header'),
    t(label(lang, 'reason'), 'header'),
    t(label(lang, 'inspector'), 'header'),
    t(label(lang, 'date'), 'header'),
  ];
  const columns = head.length;
  const col = { id: 0, item: 1, recorded: 2, counted: 3, reason: 4 };
  // Numbers need 7 characters (100.00); the item and the reason share what the page has left.
  const widths = [fit(a.lines.map((l) => l.id), 6, 8), 0, 8, 8, 0, fit(a.lines.map((l) => l.inspector), 8, 10), fit(a.lines.map((l) => l.date), 8, 11)];
  head.forEach((h, i) => {
    if (widths[i] > 0) widths[i] = Math.max(widths[i], headerWordWidth(String(h.value)));
  });
  const rest = Math.max(30, PORTRAIT_WIDTH - widths.reduce((s, w) => s + w, 0));
  widths[col.item] = Math.floor(rest * 0.45);
  widths[col.reason] = rest - widths[col.item];
  const titles = noticeTitles(assessment, word(lang, 'noticeTitle'), widths);

  const byUnit = new Map<string, DeductionLine[]>();
  for (const l of a.lines) {
    const list = byUnit.get(l.unit);
    if (list) list.push(l);
    else byUnit.set(l.unit, [l]);
  }
  const resultOf = new Map(a.results.map((r) => [`${r.period}\u0001${r.unit}`, r] as const));
  const compositeOf = new Map(a.composite.map((r) => [r.unit as string, r] as const));
  const zoneSize = new Map<string, number>();
  for (const u of a.units) zoneSize.set(u.zone, (zoneSize.get(u.zone) ?? 0) + 1);
  const latest = a.periods[a.periods.length - 1];

  const rows: Row[] = [];
  const breaks: number[] = [];
  const rowHeights: number[] = [];
  for (const u of a.units) {
    if (rows.length > 0) breaks.push(rows.length + 1);
    const start = rows.length;
    // Where the notice's last section starts: it goes to the next page with the sign-off rather than
    // leave the sign-off alone on one.
    let lastSection = start;
    for (const line of titles) rows.push(titleRow(line, columns));
    rows.push([t(noticePeriodLine(lang, a.periods))]);
    rows.push([t(noticeUnitLine(lang, u.name, u.zone), 'heading')]);
    const standing = compositeOf.get(u.name) ?? (latest === undefined ? undefined : resultOf.get(`${latest}\u0001${u.name}`));
    if (standing) {
      rows.push([
        t(
          noticeStanding(lang, {
            total: fmt(standing.total),
            composite: compositeOf.has(u.name),
            rankInZone: standing.rankInZone,
            zoneSize: zoneSize.get(u.zone) ?? 0,
            rankOverall: standing.rankOverall,
            words: standingWords(lang, standing),
          }),
          'heading',
        ),
      ]);
    }
    rows.push([]);
    const lines = byUnit.get(u.name) ?? [];
    let number = 0;
    for (const s of SECTIONS) {
      const ls = lines.filter((l) => s.kinds.includes(l.kind));
      if (ls.length === 0 && s.key !== 'deductions') continue;
      lastSection = rows.length;
      rows.push([t(sectionTitle(lang, ++number, s.key), 'heading')]);
      if (ls.length === 0) {
        rows.push([...Array.from({ length: col.item }, () => BLANK), t(word(lang, 'none'))]);
        rows.push([]);
        continue;
      }
      rows.push(head);
      let sum = 0;
      let period: string | undefined;
      for (const l of ls) {
        // With several periods, each period's lines under a line naming it.
        if (many && l.period !== period) rows.push([t(l.period, 'strong')]);
        period = l.period;
        rows.push([
          t(l.id),
          t(l.item, 'wrap'),
          n(l.recorded, l.kind === 'progressive' ? 'integer' : 'number'),
          l.kind === 'veto' ? t(word(lang, 'vetoCounted'), 'vetoed') : n(l.counted),
          t(l.reason, 'wrap'),
          t(l.inspector, 'wrap'),
          t(l.date),
        ]);
        if (l.capCut) {
          rows.push([...Array.from({ length: col.item }, () => BLANK), t(capNoteText(lang, l.capCut.by, fmt(l.capCut.points)), 'capNote')]);
        }
        sum += l.counted;
      }
      if (s.subtotal) {
        const row: Row = Array.from({ length: col.counted + 1 }, () => BLANK);
        row[col.item] = t(word(lang, s.subtotal), 'subtotal');
        row[col.recorded] = { value: null, style: 'subtotal' };
        row[col.counted] = n(roundHalfAway(sum, d), 'subtotal');
        rows.push(row);
      }
      rows.push([]);
    }
    if (many) {
      lastSection = rows.length;
      rows.push([t(sectionTitle(lang, number + 1, 'periodTotals'), 'heading')]);
      for (const period of a.periods) {
        const r = resultOf.get(`${period}\u0001${u.name}`);
        if (!r) continue;
        const deducted = lines.filter((l) => l.period === period && (l.kind === 'deduct' || l.kind === 'progressive' || l.kind === 'rate')).reduce((s, l) => s + l.counted, 0);
        rows.push([t(subtotalText(lang, { period, deducted: fmt(deducted), bonus: fmt(r.bonus), total: fmt(r.total), rank: r.rankInZone, vetoed: r.vetoed }))]);
      }
      rows.push([]);
    }
    rows.push([]);
    rows.push([t(word(lang, 'signOff'))]);
    const heights = rowHeightsFor(rows.slice(start), widths);
    rowHeights.push(...heights);
    const keep = signOffBreak(heights, lastSection - start);
    if (keep !== undefined) breaks.push(start + keep + 1);
  }
  return { rows, widths, breaks, rowHeights };
}

/**
 * A notice's rows (from its title to its sign-off, by their heights) as they fall on portrait pages:
 * where the sign-off would go to a page without the section before it, the offset of that section's
 * heading, to start a page there; else undefined (the notice fits, the section is with it already,
 * or the section alone is longer than a page, which a break would not mend).
 */
export function signOffBreak(heights: readonly number[], lastSection: number): number | undefined {
  const pageOf: number[] = [];
  let page = 0;
  let used = 0;
  heights.forEach((h) => {
    if (used > 0 && used + h > PORTRAIT_PAGE_POINTS) {
      page++;
      used = 0;
    }
    used += h;
    pageOf.push(page);
  });
  const last = heights.length - 1;
  if (lastSection <= 0 || pageOf[last] === pageOf[lastSection]) return undefined;
  const tail = heights.slice(lastSection).reduce((x, y) => x + y, 0);
  return tail <= PORTRAIT_PAGE_POINTS ? lastSection : undefined;
}
