/** Test helper: a workbook from plain rows, so a fixture reads like the sheet it stands for. */
import { cell, type Cell, type CellValue, type Sheet, type WorkbookInput } from '../cells';

/** A cell given in a fixture: a plain value, or a value with displayed text, note or error, or a picture placed in the cell. */
export type FixtureCell = CellValue | { v?: CellValue; text?: string; note?: string; error?: string } | { picture: true };

function toCell(x: FixtureCell): Cell | undefined {
  if (x === null || x === undefined) return undefined;
  if (typeof x === 'object' && 'picture' in x) return { value: null, picture: true };
  if (typeof x === 'object' && !('error' in x && Object.keys(x).length === 1 && typeof x.error === 'string' && !('v' in x))) {
    const spec = x as { v?: CellValue; text?: string; note?: string; error?: string };
    if ('v' in spec || 'text' in spec || 'note' in spec) {
      const value: CellValue = spec.error !== undefined ? { error: spec.error } : spec.v ?? null;
      return cell(value, spec.text, spec.note);
    }
  }
  if (typeof x === 'object' && 'error' in x) return cell({ error: String(x.error) });
  return cell(x as CellValue);
}

export function sheet(name: string, rows: ReadonlyArray<ReadonlyArray<FixtureCell>>, extra: Partial<Sheet> = {}): Sheet {
  return { name, rows: rows.map((r) => r.map(toCell)), ...extra };
}

export function workbook(sheets: Record<string, ReadonlyArray<ReadonlyArray<FixtureCell>>>, extra: Sheet[] = []): WorkbookInput {
  return { sheets: [...Object.entries(sheets).map(([name, rows]) => sheet(name, rows)), ...extra] };
}
