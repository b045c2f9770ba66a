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
import { parseMarker, stillOwned, type MarkerEntry } from './marker';
import { readBook, type ReadApis } from './read';
import { finishGrid, readCells, type CellJob } from './read-cells';
import { writeBook } from './write';

export interface ExcelPortOptions extends Partial<SyncPolicy> {
  /**
   * Whether to read notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10). By default asked of
   * Office.context.requirements when Office is there, else both.
   */
  readonly apis?: ReadApis;
}

function detectApis(): ReadApis {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return { notes: true, comments: true };
  const req = Office.context.requirements;
  return { notes: req.isSetSupported('ExcelApi', '1.18'), comments: req.isSetSupported('ExcelApi', '1.10') };
}

export class ExcelPort implements WorkbookPort {
  private readonly policy: SyncPolicy;
  private readonly apis: ReadApis;
  /** The sheets found Kaoping's own by the last read (their marker entries). */
  private lastOwned: readonly MarkerEntry[] | undefined;

  constructor(
    private readonly run: XRun,
    options: ExcelPortOptions = {},
  ) {
    this.policy = {
      editModeWaits: options.editModeWaits ?? DEFAULT_POLICY.editModeWaits,
      sleep: options.sleep ?? DEFAULT_POLICY.sleep,
      budgetBytes: options.budgetBytes ?? DEFAULT_POLICY.budgetBytes,
    };
    this.apis = options.apis ?? detectApis();
  }

  async read(progress?: Progress): Promise<WorkbookInput> {
    try {
      const book = await this.run((ctx) => readBook(ctx, this.policy, this.apis, progress));
      this.lastOwned = book.owned;
      return book.input;
    } catch (error) {
      throw classify(error);
    }
  }

  async write(report: Report, progress?: Progress): Promise<WriteOutcome> {
    try {
      return await this.run((ctx) =>
        writeBook(ctx, this.policy, report, (names) => (this.lastOwned ? Promise.resolve(this.stillThere(names)) : this.verifyOwned(ctx)), progress),
      );
    } catch (error) {
      throw classify(error);
    } finally {
      // What was owned before this write is not what is owned after it.
      this.lastOwned = undefined;
    }
  }

  private stillThere(names: readonly string[]): readonly MarkerEntry[] {
    return (this.lastOwned ?? []).filter((e) => names.includes(e.name));
  }

  /** Without an earlier read: the marker, and the listed sheets' values against their fingerprints. */
  private async verifyOwned(ctx: XContext): Promise<MarkerEntry[]> {
    const sheets = ctx.workbook.worksheets;
    const marker = await step(ctx, this.policy, () => sheets.getItemOrNullObject(MARKER_SHEET).getUsedRangeOrNullObject(true).load('values'));
    if (marker.isNullObject) return [];
    const entries = parseMarker(finishGrid(marker.values.map((row) => row.map((v) => (typeof v === 'string' ? { value: v } : undefined))), undefined));
    const { listed, used } = await step(ctx, this.policy, () => {
      const ws = entries.map((e) => sheets.getItemOrNullObject(e.name));
      return { listed: ws, used: ws.map((w) => w.getUsedRangeOrNullObject(true).load('rowIndex, columnIndex, rowCount, columnCount')) };
    });
    const jobs: CellJob[] = [];
    used.forEach((r, key) => {
      if (!r.isNullObject) jobs.push({ sheet: listed[key], key, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, columns: r.columnCount });
    });
    const grids = await readCells(ctx, this.policy, jobs, new Map());
    return entries.filter((e, key) => !listed[key].isNullObject && stillOwned(e, finishGrid(grids.get(key), undefined)));
  }
}
