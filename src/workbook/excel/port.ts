/**
 * The workbook port over Office.js. Give it Excel.run (officeRun in api.ts) in the add-in, or the
 * in-memory Excel's run (fakeRun) in tests and the preview; the code is the same.
 *
 *   const port = new ExcelPort(officeRun);
 *   const input = await port.read(progress);
 *   await port.write(buildReport(assess(input), input, 'zh'), progress);
 */
import type { WorkbookInput } from '../../engine/cells';
import type { Report } from '../../engine/types';
import type { Progress, WorkbookPort, WriteOutcome } from '../port';
import { MARKER_SHEET } from '../port';
import type { XContext, XRun } from './api';
import { DEFAULT_POLICY, step, type SyncPolicy } from './batch';
import { classify } from './errors';
import { parseMarker, splitEntries, type MarkerSplit } from './marker';
import { detectApis, type HostApis } from './host-apis';
import { readBook } from './read';
import { finishGrid, readCells, type CellJob } from './read-cells';
import { writeBook } from './write';

export interface ExcelPortOptions extends Partial<SyncPolicy> {
  /**
   * What this Excel can do beyond ExcelApi 1.7 (notes 1.18, threaded comments 1.10, page layout and
   * screen updating 1.9, calculation suspension 1.6). By default asked of the run's own requirements
   * (the in-memory Excel's profile), else of Office.context.requirements, else all of it.
   */
  readonly apis?: Partial<HostApis>;
}

export class ExcelPort implements WorkbookPort {
  private readonly policy: SyncPolicy;
  private readonly apis: HostApis;
  /** The sheets found Kaoping's own, and those the clerk edited, by the last read (their marker entries). */
  private lastOwned: MarkerSplit | undefined;

  constructor(
    private readonly run: XRun,
    options: ExcelPortOptions = {},
  ) {
    this.policy = {
      editModeWaits: options.editModeWaits ?? DEFAULT_POLICY.editModeWaits,
      sleep: options.sleep ?? DEFAULT_POLICY.sleep,
      budgetBytes: options.budgetBytes ?? DEFAULT_POLICY.budgetBytes,
    };
    this.apis = detectApis(run, options.apis);
  }

  async read(progress?: Progress): Promise<WorkbookInput> {
    try {
      const book = await this.run((ctx) => readBook(ctx, this.policy, this.apis, progress));
      this.lastOwned = { owned: book.owned, edited: book.edited };
      return book.input;
    } catch (error) {
      throw classify(error);
    }
  }

  async write(report: Report, progress?: Progress, basis?: string): Promise<WriteOutcome> {
    try {
      return await this.run((ctx) =>
        writeBook(
          ctx,
          this.policy,
          report,
          (names) => (this.lastOwned ? Promise.resolve(this.stillThere(names)) : this.verifyOwned(ctx, names)),
          progress,
          this.apis,
          basis,
        ),
      );
    } catch (error) {
      throw classify(error);
    } finally {
      // What was owned before this write is not what is owned after it.
      this.lastOwned = undefined;
    }
  }

  private stillThere(names: readonly string[]): MarkerSplit {
    const there = this.lastOwned ?? { owned: [], edited: [] };
    return { owned: there.owned.filter((e) => names.includes(e.name)), edited: there.edited.filter((e) => names.includes(e.name)) };
  }

  /**
   * Without an earlier read: the marker, and the listed sheets' values against their fingerprints.
   * `names` are the sheets there now: only those are asked for, so no call is chained on a null object.
   */
  private async verifyOwned(ctx: XContext, names: readonly string[]): Promise<MarkerSplit> {
    const none: MarkerSplit = { owned: [], edited: [] };
    if (!names.includes(MARKER_SHEET)) return none;
    const sheets = ctx.workbook.worksheets;
    const marker = await step(ctx, this.policy, () => sheets.getItem(MARKER_SHEET).getUsedRangeOrNullObject(true).load('values'), { readOnly: true });
    if (marker.isNullObject) return none;
    const entries = parseMarker(finishGrid(marker.values.map((row) => row.map((v) => (typeof v === 'string' ? { value: v } : undefined))), undefined)).filter(
      (e) => e.name !== MARKER_SHEET && names.includes(e.name),
    );
    const { listed, used } = await step(
      ctx,
      this.policy,
      () => {
        const ws = entries.map((e) => sheets.getItem(e.name));
        return { listed: ws, used: ws.map((w) => w.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount')) };
      },
      { readOnly: true },
    );
    const jobs: CellJob[] = [];
    used.forEach((r, key) => {
      if (!r.isNullObject) jobs.push({ sheet: listed[key], key, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount });
    });
    const grids = await readCells(ctx, this.policy, jobs, new Map());
    const rowsOf = new Map(entries.map((e, key) => [e.name, finishGrid(grids.get(key), undefined)]));
    return splitEntries(entries, (name) => rowsOf.get(name), MARKER_SHEET);
  }
}
