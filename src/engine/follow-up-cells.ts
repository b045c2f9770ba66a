/** The follow-up columns of an entries log (contract section 8): 整改状态, 整改期限, 整改责任人. */
import type { TableReader } from './read';

/** Whether a log tracks rectification: it has a 整改状态 or a 整改期限 column. */
export function hasFollowUpColumns(rd: TableReader): boolean {
  return rd.has('status') || rd.has('due');
}
