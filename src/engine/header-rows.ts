/**
 * Where the engine finds each input table's header row, for the code that lays out or decorates
 * input sheets (the template's dropdowns, the sample workbooks' bold headers): the same sheets and
 * rows the engine will read, never a second list of names.
 */
import type { WorkbookInput } from './cells';
import { findRoles, locateHeader, type HeaderedTable } from './find';
import type { Role } from './types';

export type TableRole = Exclude<Role, 'scoreTable'>;

export interface FoundTables {
  /** The header of each role's table, where the engine finds one. */
  readonly byRole: Partial<Record<TableRole, HeaderedTable>>;
  /** Sheet name -> absolute 0-based header row, for every table found (score tables too). */
  readonly headerRows: ReadonlyMap<string, number>;
}

/**
 * Finds the roles (findRoles) and each table's header row (locateHeader). A score table's header row
 * is the one with its 单位 and 期间 headers, which the entries' headers name too.
 */
export function findTables(input: WorkbookInput): FoundTables {
  const { views, scoreTables } = findRoles(input);
  const byRole: Partial<Record<TableRole, HeaderedTable>> = {};
  const headerRows = new Map<string, number>();
  for (const [role, view] of Object.entries(views) as Array<[TableRole, NonNullable<(typeof views)[TableRole]>]>) {
    const table = locateHeader(view, role);
    if (table.headerRow < 0) continue;
    byRole[role] = table;
    headerRows.set(view.sheet, table.headerRow);
  }
  for (const view of scoreTables) {
    const table = locateHeader(view, 'entries');
    if (table.headerRow >= 0 && !headerRows.has(view.sheet)) headerRows.set(view.sheet, table.headerRow);
  }
  return { byRole, headerRows };
}
