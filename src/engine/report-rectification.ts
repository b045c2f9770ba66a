/** 结果-整改 / Results-Rectification (contract section 8): counts per unit, then every problem not done. */
import { countsTitle, fl, openTitle, statusText } from './labels-follow-up';
import type { RectificationResult } from './follow-up-types';
import type { CellStyle, Lang, ReportCell } from './types';

type Row = ReportCell[];
const BLANK: ReportCell = { value: null };
const t = (text: string, style?: CellStyle): ReportCell => {
  // Excel keeps at most 32,767 characters in a cell.
  const value = text.length > 32767 ? text.slice(0, 32767) : text;
  return style ? { value, style } : { value };
};
const int = (value: number): ReportCell => ({ value, style: 'integer' });

export function rectificationRows(rec: RectificationResult, lang: Lang): Row[] {
  const head = (keys: ReadonlyArray<Parameters<typeof fl>[1]>): Row => keys.map((k) => t(fl(lang, k), 'header'));
  const rows: Row[] = [head(['zone', 'unit', 'problems', 'done', 'inProgress', 'open', 'overdue'])];
  rows.push([t(countsTitle(lang, rec.asOf), 'title')]);
  const sum = { problems: 0, done: 0, inProgress: 0, open: 0, overdue: 0 };
  for (const c of rec.counts) {
    // Counts stay whole numbers ('integer' is what picks the "0" format); overdue ones are marked in the list below.
    rows.push([t(c.zone), t(c.unit), int(c.problems), int(c.done), int(c.inProgress), int(c.open), int(c.overdue)]);
    for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += c[k];
  }
  const st: CellStyle = 'subtotal';
  rows.push([t(fl(lang, 'sum'), st), t('', st), int(sum.problems), int(sum.done), int(sum.inProgress), int(sum.open), int(sum.overdue)]);
  rows.push([]);
  rows.push([t(openTitle(lang, rec.asOf), 'title')]);
  rows.push(head(['period', 'unit', 'id', 'item', 'reason', 'counted', 'responsible', 'due', 'status', 'overdue']));
  for (const p of rec.open) {
    rows.push([
      t(p.period),
      t(p.unit),
      t(p.id),
      t(p.item),
      t(p.reason),
      p.vetoed ? t(fl(lang, 'veto'), 'vetoed') : { value: p.counted, style: 'number' },
      t(p.responsible),
      t(p.due),
      t(statusText(lang, p.status)),
      p.overdue ? t(fl(lang, 'overdue'), 'flagWarning') : BLANK,
    ]);
  }
  if (rec.open.length === 0) rows.push([t(fl(lang, 'noOpen'), 'capNote')]);
  return rows;
}
