/** The follow-up columns of an entries log (contract section 8): 整改状态, 整改期限, 整改责任人. */
import type { Cell } from './cells';
import { cellAt } from './find';
import type { TableReader } from './read';

export interface FollowUpCells {
  /** The status as written, folded; '' when blank. */
  readonly status: string;
  readonly statusCell: string;
  /** The due cell as it stands (a date cell or date text), read into a day when checked. */
  readonly due: Cell | undefined;
  readonly dueCell: string;
  readonly responsible: string;
}

export function hasFollowUpColumns(rd: TableReader): boolean {
  return rd.has('status') || rd.has('due');
}

export function readFollowUpCells(rd: TableReader, r: number): FollowUpCells {
  const dueCol = rd.table.cols.due;
  return {
    status: rd.text(r, 'status'),
    statusCell: rd.address(r, 'status'),
    due: dueCol === undefined ? undefined : cellAt(rd.table.view, r, dueCol),
    dueCell: rd.address(r, 'due'),
    responsible: rd.rawText(r, 'responsible'),
  };
}
