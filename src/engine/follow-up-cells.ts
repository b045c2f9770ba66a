/** The follow-up columns of an entries log (contract section 8): 整改状态, 整改期限, 整改责任人. */
import type { Cell } from './cells';
import { cellAt } from './find';
import type { TableReader } from './read';

/** Kept small (no addresses, read lazily): a long log has one of these per entry. */
export interface FollowUpCells {
  /** The status as written, folded; '' when blank. */
  readonly status: string;
  /** 0-based columns of the status and due cells (-1 when the log has no such column). */
  readonly statusCol: number;
  /** The due cell as it stands (a date cell or date text), read into a day when checked. */
  readonly due: Cell | undefined;
  readonly dueCol: number;
  readonly responsible: string;
}

export function hasFollowUpColumns(rd: TableReader): boolean {
  return rd.has('status') || rd.has('due');
}

export function readFollowUpCells(rd: TableReader, r: number): FollowUpCells {
  const dueCol = rd.table.cols.due;
  return {
    status: rd.text(r, 'status'),
    statusCol: rd.table.cols.status ?? -1,
    due: dueCol === undefined ? undefined : cellAt(rd.table.view, r, dueCol),
    dueCol: dueCol ?? -1,
    responsible: rd.rawText(r, 'responsible'),
  };
}
