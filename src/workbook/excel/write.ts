/**
 * Writing the report so that a failure leaves the old results or the new, never half of either
 * (docs/rules.md, "Writing in Excel"):
 *   1. one sync to learn the sheets (names, places, protection), the active sheet and the workbook's
 *      protection;
 *   2. sheets that are new, or that take the place of a sheet under another name, are written under
 *      temporary names, in as few requests as the 5 MB limit allows;
 *   3. one request commits: a surviving sheet is activated when the active one is about to be renamed
 *      or deleted (Excel on the web refuses both, office-js #3218 and #6964); the temporary sheets take
 *      their names and places; Kaoping's result sheets whose name stays are cleared and rewritten in
 *      place, so the clerk's formulas, charts, column widths and print settings that refer to them live
 *      on; the marker is rewritten; sheets no longer used are deleted.
 * A result sheet rewritten in place is rewritten in that one request; one too large for it (or
 * protected) is replaced as a new sheet instead. Every request suspends calculation for itself
 * (suspendApiCalculationUntilNextSync, ExcelApi 1.6) and, where Excel has it, screen updating (1.9); the
 * application's calculation mode, shared by every open workbook, is never touched.
 * If step 2 fails the temporary sheets are removed; if step 3 fails it is finished when the temporary
 * sheets already have their names (the in-place rewrite is sent again), else undone.
 */
import type { Report, ReportSheet } from '../../engine/types';
import type { Progress, WriteOutcome } from '../port';
import { MARKER_SHEET } from '../port';
import type { XContext, XWorksheet } from './api';
import { step, type SyncPolicy } from './batch';
import { classify, ExcelHostError, isTooLarge, nameTaken, workbookProtected } from './errors';
import { ALL_APIS, type HostApis } from './host-apis';
import { withHostNotes } from './host-notes';
import { entryFor, markerRows, type MarkerEntry, type MarkerSplit } from './marker';
import { planOwnership } from '../shared/ownership';
import { sheetNameKey } from '../shared/sheet-names';
import { layoutOps, valueOps, type LayoutParts, type Op } from './write-ops';
import { chartOps } from './chart-ops';
import { newSheetMoves, placeFresh, replaceMoves } from './write-order';

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
  /** For each report sheet, its temporary name while it is written, or undefined when it is rewritten in place. */
  readonly temps: ReadonlyArray<string | undefined>;
  readonly finals: string[];
  /** For each report sheet, the owned sheet it replaces or takes the place of, if any. */
  readonly replaces: Array<Replaced | undefined>;
  /** Owned sheets for the same results under names no longer used: deleted in the swap. */
  readonly removes: readonly string[];
  readonly markerExists: boolean;
  readonly entries: MarkerEntry[];
  /** The fingerprint of the inputs the results were computed from, listed last on the marker. */
  readonly basis: string | undefined;
  /** Where the sheets written anew go, in order, once every sheet has its name (positions, ExcelApi 1.1). */
  readonly moves: ReadonlyArray<{ readonly name: string; readonly position: number }>;
  /** A sheet to activate first, when the active one is about to be renamed or deleted. */
  readonly activate: string | undefined;
  /** The marker entries of the sheets rewritten in place, as they were: listed beside the new ones while the commit runs. */
  readonly before: readonly MarkerEntry[];
  readonly apis: HostApis;
}

/** The temporary names in use (the sheets written under them). */
const staged = (plan: Plan): string[] => plan.temps.filter((t): t is string => t !== undefined);

/** What a result sheet rewritten in place gets: its content and looks, not the clerk's widths or print settings. */
function inPlaceParts(apis: HostApis): LayoutParts {
  return { widths: false, pageSetup: false, pageBreaks: apis.pageLayout ? 'replace' : 'none' };
}

function newSheetParts(apis: HostApis): LayoutParts {
  return { widths: true, pageSetup: apis.pageLayout, pageBreaks: apis.pageLayout ? 'add' : 'none' };
}

/** Request bytes of rewriting a sheet in place: clearing it, its values and its looks. */
function inPlaceBytes(sheet: ReportSheet, budget: number, apis: HostApis): number {
  const none = (): XWorksheet => {
    throw new Error('sizing only');
  };
  const ops = [...valueOps(none, sheet, budget), ...layoutOps(none, sheet, budget, inPlaceParts(apis))];
  return 600 + ops.reduce((n, op) => n + op.bytes, 0);
}

export async function writeBook(
  ctx: XContext,
  policy: SyncPolicy,
  original: Report,
  owned: (names: readonly string[]) => Promise<MarkerSplit>,
  progress?: Progress,
  apis: HostApis = ALL_APIS,
  basis?: string,
): Promise<WriteOutcome> {
  const report = withHostNotes(original, apis);
  const wb = ctx.workbook;
  const seen = await step(
    ctx,
    policy,
    () => ({
      sheets: wb.worksheets.load('items/name, items/position, items/visibility, items/protection/protected'),
      protection: wb.protection.load('protected'),
      active: wb.worksheets.getActiveWorksheet().load('name'),
    }),
    { readOnly: true },
  );
  if (seen.protection.protected) throw workbookProtected();
  const existing = seen.sheets.items.map((s) => ({ name: s.name, position: s.position, visible: s.visibility === 'Visible', protected: s.protection.protected }));
  const split = await owned(existing.map((s) => s.name));
  // An edited result sheet is Kaoping's to overwrite only when the clerk chose so (report.overwrite).
  const overwrite = new Set((report.overwrite ?? []).map(fold));
  const mine = [...split.owned, ...split.edited.filter((e) => overwrite.has(fold(e.name)))];
  const keptEdits = split.edited.filter((e) => !overwrite.has(fold(e.name)));
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

  // Result sheets whose name stays are rewritten in place while the commit stays one request.
  let commitBytes = 2_000 + report.sheets.length * 600;
  const inPlace = report.sheets.map((s, i) => {
    const take = owner.takes[i];
    const old = take?.sameName ? existing.find((x) => x.name === take.name) : undefined;
    if (!old || old.protected) return false;
    const bytes = inPlaceBytes(s, policy.budgetBytes, apis);
    if (commitBytes + bytes > policy.budgetBytes) return false;
    commitBytes += bytes;
    return true;
  });
  const replaces = report.sheets.map((_, i): Replaced | undefined => {
    const take = owner.takes[i];
    const old = take && existing.find((x) => x.name === take.name);
    if (!take || !old || inPlace[i]) return undefined;
    return take.sameName ? { trash: freeName(`_kp_old_${i + 1}`, taken), position: old.position, rename: true } : { trash: old.name, position: old.position, rename: false };
  });
  const leaving = new Set([...replaces.flatMap((r) => (r ? [fold(r.rename ? (owner.takes[replaces.indexOf(r)]?.name ?? '') : r.trash)] : [])), ...owner.removes.map(fold)]);
  const activeLeaves = leaving.has(fold(seen.active.name));
  const survivor =
    report.sheets.find((_, i) => inPlace[i])?.name ??
    existing.find((x) => x.visible && !leaving.has(fold(x.name)) && x.name !== MARKER_SHEET && !written.has(fold(x.name)))?.name;
  const temps = report.sheets.map((_, i) => (inPlace[i] ? undefined : freeName(`_kp_new_${i + 1}`, taken)));
  const finals = report.sheets.map((s) => s.name);
  const markerExists = existing.some((s) => s.name === MARKER_SHEET);
  const order = { existing: existing.map((x) => x.name), finals, temps, replaces, markerExists };
  const plan: Plan = {
    temps,
    finals,
    replaces,
    removes: owner.removes,
    markerExists,
    moves: [...replaceMoves(order), ...newSheetMoves(order)],
    entries: [
      ...mine.filter((e) => !written.has(fold(e.name)) && !gone.has(e.name)),
      // Still listed, so the next run names them as edited too.
      ...keptEdits.filter((e) => !written.has(fold(e.name))),
      ...report.sheets.map(entryFor),
    ],
    basis,
    activate: activeLeaves ? survivor : undefined,
    before: mine.filter((e) => report.sheets.some((s, i) => inPlace[i] && s.name === e.name)),
    apis,
  };

  try {
    await writeNewSheets(ctx, policy, report, plan, progress);
  } catch (error) {
    await removeTemps(ctx, policy, plan, error);
    throw classify(error);
  }
  try {
    await step(ctx, policy, () => commit(ctx, report, plan, policy.budgetBytes));
  } catch (error) {
    await recover(ctx, policy, report, plan, error);
  }
  progress?.('writing', 1, 1);
  return {
    written: plan.finals,
    replaced: plan.finals.filter((_, i) => plan.replaces[i]?.rename || plan.temps[i] === undefined),
    removed: [...plan.replaces.flatMap((r) => (r && !r.rename ? [r.trash] : [])), ...plan.removes],
  };
}

/** Every request: calculation waits until its sync (ExcelApi 1.6), and the screen too where Excel can (1.9). */
function suspend(ctx: XContext, apis: HostApis): void {
  if (apis.apiCalculation) ctx.application.suspendApiCalculationUntilNextSync();
  if (apis.screenUpdating) ctx.application.suspendScreenUpdatingUntilNextSync();
}

/** Step 2: every op, packed into requests under the budget; a request still too large goes again in halves. */
async function writeNewSheets(ctx: XContext, policy: SyncPolicy, report: Report, plan: Plan, progress?: Progress): Promise<void> {
  const sheets: XWorksheet[] = [];
  const ops: Op[] = [];
  const budget = policy.budgetBytes;
  const news = report.sheets.flatMap((s, i) => (plan.temps[i] === undefined ? [] : [{ s, i, temp: plan.temps[i] as string }]));
  if (news.length === 0) return;
  ops.push({
    bytes: 500 + news.length * 200,
    rows: 0,
    queue: () => {
      for (const { i, temp } of news) sheets[i] = ctx.workbook.worksheets.add(temp);
    },
  });
  for (const { s, i } of news) ops.push(...valueOps(() => sheets[i], s, budget));
  for (const { s, i } of news) ops.push(...layoutOps(() => sheets[i], s, budget, newSheetParts(plan.apis)));
  for (const { s, i } of news) ops.push(...chartOps(() => sheets[i], s));

  const total = news.reduce((n, { s }) => n + s.rows.length, 0);
  let done = 0;
  const send = async (batch: readonly Op[]): Promise<void> => {
    try {
      await step(ctx, policy, () => {
        suspend(ctx, plan.apis);
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

/** The in-place rewrite of the result sheets whose name stays: cleared, then written whole. */
function rewriteInPlace(ctx: XContext, report: Report, plan: Plan, budget: number): void {
  report.sheets.forEach((s, i) => {
    if (plan.temps[i] !== undefined) return;
    const ws = ctx.workbook.worksheets.getItem(plan.finals[i]);
    const all = ws.getRange();
    all.unmerge();
    all.clear('All');
    for (const op of valueOps(() => ws, s, budget)) op.queue();
    for (const op of layoutOps(() => ws, s, budget, inPlaceParts(plan.apis))) op.queue();
  });
}

/** Step 3 as one request. */
function commit(ctx: XContext, report: Report, plan: Plan, budget: number): void {
  const sheets = ctx.workbook.worksheets;
  suspend(ctx, plan.apis);
  if (plan.activate) sheets.getItem(plan.activate).activate();
  // First the marker lists each sheet about to be rewritten in place both as it is and as it will be,
  // so a commit cut short leaves every sheet recognised as Kaoping's own; at the end only the new.
  // Without the inputs' fingerprint until the end: a commit undone must not pass old results for fresh.
  writeMarker(ctx, { ...plan, entries: [...plan.entries, ...plan.before], basis: undefined });
  plan.replaces.forEach((r, i) => {
    if (r?.rename) sheets.getItem(plan.finals[i]).name = r.trash;
  });
  plan.temps.forEach((t, i) => {
    if (t !== undefined) sheets.getItem(t).name = plan.finals[i];
  });
  // A sheet taking an old one's place goes just before it; one written anew goes beside the other
  // result sheets, in the report's order (write-order.ts).
  for (const m of plan.moves) sheets.getItem(m.name).position = m.position;
  // After the renames: once every temporary sheet has its name, recovery goes forward and sends this again.
  rewriteInPlace(ctx, report, plan, budget);
  writeMarker(ctx, { ...plan, markerExists: true });
  for (const r of plan.replaces) if (r) sheets.getItem(r.trash).delete();
  for (const name of plan.removes) sheets.getItem(name).delete();
}

function writeMarker(ctx: XContext, plan: Plan): void {
  const rows = markerRows(plan.entries, plan.basis);
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

/** After step 2 failed: the temporary sheets go. The first failure is the one reported. */
async function removeTemps(ctx: XContext, policy: SyncPolicy, plan: Plan, cause: unknown): Promise<void> {
  const temps = staged(plan);
  try {
    const sheets = await step(ctx, policy, () => ctx.workbook.worksheets.load('items/name'), { readOnly: true });
    const left = new Set(sheets.items.map((s) => s.name));
    await step(ctx, policy, () => {
      for (const t of temps) if (left.has(t)) ctx.workbook.worksheets.getItem(t).delete();
    });
  } catch (cleanup) {
    throw cleanupFailed(cause, cleanup, temps);
  }
}

/**
 * After step 3 failed. If it never started (the marker does not list the new results yet), nothing
 * changed but the temporary sheets, which go. If every new sheet already has its name, the commit is
 * finished (the new sheets placed, the sheets rewritten in place rewritten again, old sheets deleted, the marker written);
 * otherwise it is undone (old names back, new sheets removed; the in-place rewrite was not reached).
 */
async function recover(ctx: XContext, policy: SyncPolicy, report: Report, plan: Plan, cause: unknown): Promise<void> {
  const temps = staged(plan);
  let forward = false;
  try {
    const seen = await step(
      ctx,
      policy,
      () => {
        const ws = ctx.workbook.worksheets;
        const sheets = ws.load('items/name, items/position');
        const marker = plan.markerExists ? ws.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true).load('values') : undefined;
        return { sheets, marker };
      },
      { readOnly: true },
    );
    const left = new Set(seen.sheets.items.map((s) => s.name));
    const listed = new Set((seen.marker && !seen.marker.isNullObject ? seen.marker.values : []).map((row) => String(row[2] ?? '')));
    // The commit's first write lists the new results on the marker. Results identical to the old ones
    // cannot tell, but then sending the commit again changes nothing either way.
    const fresh = plan.entries.filter((e) => plan.finals.includes(e.name) && !plan.before.some((b) => b.fingerprint === e.fingerprint));
    const started = !plan.markerExists ? left.has(MARKER_SHEET) : fresh.length === 0 || fresh.some((e) => listed.has(e.fingerprint));
    forward = started && temps.every((t) => !left.has(t));
    await step(ctx, policy, () => {
      const ws = ctx.workbook.worksheets;
      suspend(ctx, plan.apis);
      if (forward) {
        if (plan.activate && left.has(plan.activate)) ws.getItem(plan.activate).activate();
        // The commit may have stopped before the new sheets were placed: placed again from where they stand.
        for (const m of placeFresh([...seen.sheets.items].sort((x, y) => x.position - y.position).map((s) => s.name), plan)) ws.getItem(m.name).position = m.position;
        rewriteInPlace(ctx, report, plan, policy.budgetBytes);
        writeMarker(ctx, { ...plan, markerExists: left.has(MARKER_SHEET) });
        for (const r of plan.replaces) if (r && left.has(r.trash)) ws.getItem(r.trash).delete();
        for (const name of plan.removes) if (left.has(name)) ws.getItem(name).delete();
      } else {
        plan.temps.forEach((t, i) => {
          const r = plan.replaces[i];
          if (t !== undefined && r?.rename && left.has(r.trash)) ws.getItem(r.trash).name = plan.finals[i];
        });
        for (const t of temps) if (left.has(t)) ws.getItem(t).delete();
      }
    });
  } catch (again) {
    throw cleanupFailed(cause, again, temps);
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
