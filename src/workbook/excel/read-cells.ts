/**
 * Reading the cells of many sheets in as few syncs as the limits allow: row blocks of every sheet are
 * packed into one request until the expected answer reaches the budget (Excel on the web answers at
 * most 5 MB, and no platform reads more than five million cells at once). What a cell costs is
 * learnt from the blocks already read; an answer that is still too large is asked for again in
 * blocks half the size.
 */
import type { Cell } from '../../engine/cells';
import type { XContext, XRange, XWorksheet } from './api';
import { jsonBytes, step, type SyncPolicy } from './batch';
import { isTooLarge } from './errors';
import { toCell } from './host-cells';

/** The used cells of one sheet: 0-based top-left and size. */
export interface CellJob {
  readonly sheet: XWorksheet;
  /** Index of the sheet in the caller's list; blocks and grids are keyed by it. */
  readonly key: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export type Grid = Array<Array<Cell | undefined> | undefined>;

/** Notes by sheet key, then by `row * 16384 + column`. */
export type NoteIndex = ReadonlyMap<number, ReadonlyMap<number, string>>;

const FIRST_GUESS = 64; // bytes a cell costs in values + text + valueTypes, before any is measured
const MAX_READ_CELLS = 1_000_000; // well under the five million cells one read may return

interface Block {
  readonly job: CellJob;
  readonly first: number;
  readonly count: number;
}

/** Reads every job's cells into grids (rows[0][0] = A1), calling `progress` with cells done. */
export async function readCells(
  ctx: XContext,
  policy: SyncPolicy,
  jobs: readonly CellJob[],
  notes: NoteIndex,
  progress?: (done: number, total: number) => void,
): Promise<Map<number, Grid>> {
  const grids = new Map<number, Grid>();
  const next = new Map<number, number>(jobs.map((j) => [j.key, 0]));
  const cost = new Map<number, number>();
  let shrink = 1;
  const total = jobs.reduce((n, j) => n + j.rows * j.columns, 0);
  let done = 0;

  while (jobs.some((j) => (next.get(j.key) ?? 0) < j.rows)) {
    const blocks = plan(jobs, next, cost, policy.budgetBytes / shrink);
    let ranges: XRange[];
    try {
      ranges = await step(
        ctx,
        policy,
        () => blocks.map((b) => b.job.sheet.getRangeByIndexes(b.job.top + b.first, b.job.left, b.count, b.job.columns).load('values, text, valueTypes')),
        { readOnly: true },
      );
    } catch (error) {
      const single = blocks.length === 1 && blocks[0].count === 1;
      if (!isTooLarge(error) || single) throw error;
      shrink *= 2;
      continue;
    }
    blocks.forEach((b, i) => {
      const r = ranges[i];
      const bytes = jsonBytes(r.values) + jsonBytes(r.text) + jsonBytes(r.valueTypes);
      const seen = bytes / (b.count * b.job.columns);
      cost.set(b.job.key, Math.max(seen * 1.15, cost.get(b.job.key) ?? 0, 8));
      place(grids, b, r, notes.get(b.job.key));
      next.set(b.job.key, b.first + b.count);
      done += b.count * b.job.columns;
    });
    progress?.(done, total);
  }
  return grids;
}

/** The blocks of the next request: rows from each unfinished job, in order, until the budget is spent. */
function plan(jobs: readonly CellJob[], next: ReadonlyMap<number, number>, cost: ReadonlyMap<number, number>, budget: number): Block[] {
  const out: Block[] = [];
  let left = budget;
  for (const job of jobs) {
    const first = next.get(job.key) ?? 0;
    if (first >= job.rows) continue;
    const perRow = job.columns * (cost.get(job.key) ?? FIRST_GUESS);
    let count = Math.min(job.rows - first, Math.floor(left / perRow), Math.floor(MAX_READ_CELLS / job.columns));
    if (count < 1) {
      if (out.length > 0) break;
      count = 1;
    }
    out.push({ job, first, count });
    left -= count * perRow;
    if (left <= 0) break;
  }
  return out;
}

function place(grids: Map<number, Grid>, b: Block, r: XRange, notes: ReadonlyMap<number, string> | undefined): void {
  let grid = grids.get(b.job.key);
  if (!grid) {
    grid = [];
    grids.set(b.job.key, grid);
  }
  const values = r.values;
  const text = r.text;
  const types = r.valueTypes;
  for (let i = 0; i < b.count; i++) {
    const row = b.job.top + b.first + i;
    let line: Array<Cell | undefined> | undefined;
    for (let j = 0; j < b.job.columns; j++) {
      const col = b.job.left + j;
      const cell = toCell(values[i][j], text[i][j], String(types[i][j]), notes?.get(row * 16_384 + col));
      if (cell === undefined) continue;
      line ??= [];
      line[col] = cell;
    }
    if (line) grid[row] = line;
  }
}

/** Adds the cells that hold only a note (outside or inside the used range), and fills holes with undefined. */
export function finishGrid(grid: Grid | undefined, notes: ReadonlyMap<number, string> | undefined): Grid {
  const rows: Grid = grid ?? [];
  for (const [key, note] of notes ?? []) {
    const row = Math.floor(key / 16_384);
    const col = key % 16_384;
    const line = (rows[row] ??= []);
    if (!line[col]) line[col] = { value: null, note };
  }
  for (let r = 0; r < rows.length; r++) {
    const line = rows[r];
    if (!line) {
      rows[r] = undefined;
      continue;
    }
    for (let c = 0; c < line.length; c++) if (!(c in line)) line[c] = undefined;
  }
  return rows;
}
