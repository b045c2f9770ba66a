/**
 * A fingerprint of the values on a sheet, so Kaoping can tell its own result sheets (unchanged since
 * it wrote them) from sheets a clerk has edited. Pure: any adapter can compute it from the values it
 * wrote and from the values it reads back, and the two agree.
 *
 * Canonical form: every non-blank cell in row-major order as `row,col,kind:value`, where kind is n
 * (number, as String(n)), s (text, line ends folded to \n), b (boolean) or e (error). Blank cells and
 * trailing blank rows do not count, so formatting and empty cells never change it.
 */
import type { CellValue } from '../../engine/cells';
import { isCellError } from '../../engine/cells';
import type { ReportSheet } from '../../engine/types';
import { Hasher } from '../../engine/hasher';

export type ValueGrid = ReadonlyArray<ReadonlyArray<CellValue | undefined> | undefined>;

/**
 * Scheme v2 writes a number at the 15 significant digits Excel keeps ("Floating-point arithmetic may
 * give inaccurate results in Excel", support.microsoft.com), so a score of 100/3 written as
 * 33.333333333333336 and read back from Excel as 33.3333333333333 fingerprints the same. Whole numbers
 * too: Excel keeps 9007199254740991 (a cap as large as a double holds exactly) as 9007199254740990.
 * v1 wrote String(n): markers written with it are still checked with it. Markers written before v2
 * rounded whole numbers held them as String(n) (`wholeAsIs`), and are still recognised.
 */
function numberText(n: number, scheme: Scheme, wholeAsIs = false): string {
  if (scheme === 'v1' || !Number.isFinite(n) || (wholeAsIs && Number.isInteger(n))) return String(n);
  return String(Number(n.toPrecision(15)));
}

type Scheme = 'v1' | 'v2';

function canonical(v: CellValue, scheme: Scheme, wholeAsIs: boolean): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return 'n:' + numberText(v, scheme, wholeAsIs);
  if (typeof v === 'string') return v === '' ? undefined : 's:' + v.replace(/\r\n?/g, '\n');
  if (typeof v === 'boolean') return v ? 'b:1' : 'b:0';
  if (isCellError(v)) return 'e:' + v.error;
  return undefined;
}

/** The fingerprint of a sheet's values, as 16 hex digits prefixed with the scheme: "v2:…". */
export function fingerprint(rows: ValueGrid, scheme: Scheme = 'v2'): string {
  return digest(rows, scheme, false);
}

function digest(rows: ValueGrid, scheme: Scheme, wholeAsIs: boolean): string {
  const h = new Hasher();
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === undefined) continue;
      const s = canonical(v, scheme, wholeAsIs);
      if (s === undefined) continue;
      h.add(`${r},${c},${s}\u0000`);
      cells++;
    }
  }
  h.add(`#${cells}`);
  return `${scheme}:` + h.digest();
}

/** Whether a sheet's values are the ones a marker entry's fingerprint was taken of, in its own scheme. */
export function matchesFingerprint(rows: ValueGrid, stored: string): boolean {
  if (stored.startsWith('v1:')) return digest(rows, 'v1', false) === stored;
  return digest(rows, 'v2', false) === stored || digest(rows, 'v2', true) === stored;
}

/** The values a report sheet holds once written, as the fingerprint and the reader see them. */
export function reportValues(sheet: ReportSheet): ValueGrid {
  return sheet.rows.map((row) =>
    row.map((c): CellValue => {
      const v = c.value;
      if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
      return v === '' ? null : v;
    }),
  );
}
