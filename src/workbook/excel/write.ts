/**
 * Writing the report so that a failure leaves the old results or the new, never half of either:
 *   1. one sync to learn the sheets, the workbook's protection and the calculation mode;
 *   2. the new sheets under temporary names, in as few requests as the 5 MB limit allows (screen
 *      updating suspended, calculation manual);
 *   3. one sync to swap: the old sheets step aside, the new take their names and places, the marker
 *      is rewritten, the old are deleted, calculation is restored.
 * If step 2 fails the temporary sheets are removed; if step 3 fails it is rolled back or, when the new
 * sheets are already in place, finished.
 */
import type { Report } from '../../engine/types';
import type { Progress, WriteOutcome } from '../port';
import { MARKER_SHEET } from '../port';
import type { XContext, XWorksheet } from './api';
import { step, type SyncPolicy } from './batch';
import { classify, ExcelHostError, isTooLarge, nameTaken, workbookProtected } from './errors';
import { entryFor, markerRows, type MarkerEntry } from './marker';
import { planOwnership } from '../shared/ownership';
import { sheetNameKey } from '../shared/sheet-names';
import { layoutOps, valueOps, type Op } from './write-ops';
import { chartOps } from './chart-ops';

const fold = sheetNameKey;

/** A name no sheet has: `_kp_new_1`, `_kp_new_1_2`, ... */
function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(fold(name)); i++) name = `${base}_${i}`;
  taken.add(fold(name));
  return name;
}

/**
 * An owned sheet a new one replaces: renamed out of the way first (`rename`) when it has the new
 * sheet's name, else (an earlier name for the same results) left as it is; deleted once the new
 * sheet has taken its place.
 */
interface Replaced {
  /** Its name during the swap: a temporary one when renamed, else its own. */
  readonly trash: string;
  readonly position: number;
  readonly rename: boolean;
}

interface Plan {
  readonly temps: string[];
  readonly finals: string[];
  /** For each report sheet, the owned sheet it replaces or takes the place of, if any. */
  readonly replaces: Array<Replaced | undefined>;
  /** Owned sheets for the same results under names no longer used: deleted in the swap. */
  readonly removes: readonly string[];
  readonly markerExists: boolean;
  readonly entries: MarkerEntry[];
  readonly calculation: Excel.Application['calculationMode'];
}

export async function writeBook(
  ctx: XContext,
  policy: SyncPolicy,
  report: Report,
  owned: (names: readonly string[]) => Promise<readonly MarkerEntry[]>,
  progress?: Progress,
): Promise<WriteOutcome> {
  const wb = ctx.workbook;
  const seen = await step(ctx, policy, () => ({
    sheets: wb.worksheets.load('items/name, items/position'),
    protection: wb.protection.load('protected'),
    app: ctx.application.load('calculationMode'),
  }));
  if (seen.protection.protected) throw workbookProtected();
  const existing = seen.sheets.items.map((s) => ({ name: s.name, position: s.position }));
  const mine = await owned(existing.map((s) => s.name));
  const ownedNames = new Set(mine.map((e) => fold(e.name)));
  for (const s of report.sheets) {
    const clash = existing.find((x) => fold(x.name) === fold(s.name));
    if (fold(s.name) === fold(MARKER_SHEET) || (clash && !ownedNames.has(fold(clash.name)))) throw nameTaken(s.name);
  }

  const taken = new Set(existing.map((s) => fold(s.name)));
  const present = existing.filter((x) => mine.some((e) => e.name === x.name) && x.name !== MARKER_SHEET);
  const owner = planOwnership(
    report.sheets,
    present.map((x) => ({ name: x.name, key: mine.find((e) => e.name === x.name)?.key ?? '' })),
    report.retired,
  );
  const gone = new Set([...owner.takes.filter((t) => t && !t.sameName).map((t) => t?.name), ...owner.removes]);
  const written = new Set(report.sheets.map((s) => fold(s.name)));
  const plan: Plan = {
    temps: report.sheets.map((_, i) => freeName(`_kp_new_${i + 1}`, taken)),
    finals: report.sheets.map((s) => s.name),
    replaces: report.sheets.map((_, i) => {
      const take = owner.takes[i];
      const old = take && existing.find((x) => x.name === take.name);
      if (!take || !old) return undefined;
      return take.sameName ? { trash: freeName(`_kp_old_${i + 1}`, taken), position: old.position, rename: true } : { trash: old.name, position: old.position, rename: false };
    }),
    removes: owner.removes,
    markerExists: existing.some((s) => s.name === MARKER_SHEET),
    entries: [
      ...mine.filter((e) => !written.has(fold(e.name)) && !gone.has(e.name)),
      ...report.sheets.map(entryFor),
    ],
    calculation: seen.app.calculationMode,
  };

  try {
    await writeNewSheets(ctx, policy, report, plan, progress);
  } catch (error) {
    await removeTemps(ctx, policy, plan, error);
    throw classify(error);
  }
  try {
    await step(ctx, policy, () => swap(ctx, plan));
  } catch (error) {
    await recover(ctx, policy, plan, error);
  }
  return {
    written: plan.finals,
    replaced: plan.finals.filter((_, i) => plan.replaces[i]?.rename),
    removed: [...plan.replaces.flatMap((r) => (r && !r.rename ? [r.trash] : [])), ...plan.removes],
  };
}

/** Step 2: every op, packed into requests under the budget; a request still too large goes again in halves. */
async function writeNewSheets(ctx: XContext, policy: SyncPolicy, report: Report, plan: Plan, progress?: Progress): Promise<void> {
  const app = ctx.application;
  const sheets: XWorksheet[] = [];
  const ops: Op[] = [];
  const budget = policy.budgetBytes;
  ops.push({
    bytes: 500 + plan.temps.length * 200,
    rows: 0,
    queue: () => {
      if (plan.calculation !== 'Manual') app.calculationMode = 'Manual';
      plan.temps.forEach((name, i) => (sheets[i] = ctx.workbook.worksheets.add(name)));
    },
  });
  report.sheets.forEach((s, i) => ops.push(...valueOps(() => sheets[i], s, budget)));
  report.sheets.forEach((s, i) => ops.push(...layoutOps(() => sheets[i], s, budget)));
  report.sheets.forEach((s, i) => ops.push(...chartOps(() => sheets[i], s)));

  const total = report.sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  const send = async (batch: readonly Op[]): Promise<void> => {
    try {
      await step(ctx, policy, () => {
        app.suspendScreenUpdatingUntilNextSync();
        for (const op of batch) op.queue();
      });
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      const parts: Op[][] = batch.length > 1 ? [batch.slice(0, batch.length / 2), batch.slice(batch.length / 2)] : (batch[0].split?.() ?? []).map((o) => [o]);
      if (parts.length === 0) throw error;
      for (const part of parts) await send(part);
      return;
    }
    done += batch.reduce((n, op) => n + op.rows, 0);
    progress?.('writing', done, total);
  };
  let batch: Op[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (batch.length > 0 && bytes + op.bytes > budget) {
      await send(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(op);
    bytes += op.bytes;
  }
  if (batch.length > 0) await send(batch);
}

/** Step 3 as one batch. */
function swap(ctx: XContext, plan: Plan): void {
  const sheets = ctx.workbook.worksheets;
  ctx.application.suspendScreenUpdatingUntilNextSync();
  plan.replaces.forEach((r, i) => {
    if (r?.rename) sheets.getItem(plan.finals[i]).name = r.trash;
  });
  plan.temps.forEach((t, i) => (sheets.getItem(t).name = plan.finals[i]));
  const moves = plan.replaces.map((r, i) => ({ r, i })).filter((x) => x.r !== undefined);
  moves.sort((a, b) => (a.r?.position ?? 0) - (b.r?.position ?? 0));
  for (const { r, i } of moves) sheets.getItem(plan.finals[i]).position = r?.position ?? 0;
  writeMarker(ctx, plan);
  for (const r of plan.replaces) if (r) sheets.getItem(r.trash).delete();
  for (const name of plan.removes) sheets.getItem(name).delete();
  if (plan.calculation !== 'Manual') ctx.application.calculationMode = plan.calculation;
}

function writeMarker(ctx: XContext, plan: Plan): void {
  const rows = markerRows(plan.entries);
  const sheets = ctx.workbook.worksheets;
  const marker = plan.markerExists ? sheets.getItem(MARKER_SHEET) : sheets.add(MARKER_SHEET);
  if (plan.markerExists) {
    // A marker someone has edited may have merged cells, which would swallow the list.
    marker.getRange().unmerge();
    marker.getRange().clear();
  }
  const range = marker.getRangeByIndexes(0, 0, rows.length, 3);
  range.numberFormat = rows.map((r) => r.map(() => '@'));
  range.values = rows;
  // Also when it was there: a program that re-saved the file (LibreOffice) may have left it only hidden.
  marker.visibility = 'VeryHidden';
}

/** After step 2 failed: the temporary sheets go, calculation comes back. The first failure is the one reported. */
async function removeTemps(ctx: XContext, policy: SyncPolicy, plan: Plan, cause: unknown): Promise<void> {
  try {
    const sheets = await step(ctx, policy, () => ctx.workbook.worksheets.load('items/name'));
    const left = new Set(sheets.items.map((s) => s.name));
    await step(ctx, policy, () => {
      for (const t of plan.temps) if (left.has(t)) ctx.workbook.worksheets.getItem(t).delete();
      if (plan.calculation !== 'Manual') ctx.application.calculationMode = plan.calculation;
    });
  } catch (cleanup) {
    throw cleanupFailed(cause, cleanup, plan.temps);
  }
}

/**
 * After step 3 failed: if every new sheet already has its name, the swap is finished (old sheets
 * deleted, marker written); otherwise it is undone (old names back, new sheets removed).
 */
async function recover(ctx: XContext, policy: SyncPolicy, plan: Plan, cause: unknown): Promise<void> {
  let forward = false;
  try {
    const sheets = await step(ctx, policy, () => ctx.workbook.worksheets.load('items/name'));
    const left = new Set(sheets.items.map((s) => s.name));
    forward = plan.temps.every((t) => !left.has(t));
    await step(ctx, policy, () => {
      const ws = ctx.workbook.worksheets;
      if (forward) {
        writeMarker(ctx, { ...plan, markerExists: left.has(MARKER_SHEET) });
        for (const r of plan.replaces) if (r && left.has(r.trash)) ws.getItem(r.trash).delete();
        for (const name of plan.removes) if (left.has(name)) ws.getItem(name).delete();
      } else {
        plan.temps.forEach((t, i) => {
          const r = plan.replaces[i];
          if (r?.rename && left.has(r.trash)) ws.getItem(r.trash).name = plan.finals[i];
        });
        for (const t of plan.temps) if (left.has(t)) ws.getItem(t).delete();
      }
      if (plan.calculation !== 'Manual') ctx.application.calculationMode = plan.calculation;
    });
  } catch (again) {
    throw cleanupFailed(cause, again, plan.temps);
  }
  if (!forward) throw classify(cause);
}

function cleanupFailed(cause: unknown, cleanup: unknown, temps: readonly string[]): ExcelHostError {
  const first = classify(cause);
  const text = first instanceof ExcelHostError ? first.text : { zh: first.message, en: first.message };
  const list = temps.join(', ');
  const err = new ExcelHostError(
    'CleanupFailed',
    {
      zh: `${text.zh}（清理也未完成：如有名为 ${list} 的临时工作表，可直接删除。）`,
      en: `${text.en} (Cleaning up failed too: any temporary sheets named ${list} can be deleted.)`,
    },
    { cause },
  );
  Object.defineProperty(err, 'cleanupError', { value: cleanup, enumerable: false });
  return err;
}
