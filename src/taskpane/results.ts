/** What the pane shows of a run, worked out from the assessment and the findings (no React here). */
import type { Assessment, Finding, FindingCode, Flag } from '../engine/types';

export interface ZoneTop {
  readonly zone: string;
  readonly top: ReadonlyArray<{ readonly rank: number; readonly unit: string; readonly total: number }>;
}

export interface ResultsSummary {
  /** The composite when there are two or more periods, else the one period. */
  readonly basis: string | null;
  readonly units: number;
  readonly red: number;
  readonly warning: number;
  readonly failed: number;
  readonly vetoed: number;
  readonly zones: readonly ZoneTop[];
}

interface Standing {
  readonly unit: string;
  readonly zone: string;
  readonly total: number;
  readonly rankInZone: number;
  readonly flag: Flag;
  readonly vetoed: boolean;
  readonly passed: boolean;
}

export function resultsSummary(a: Assessment): ResultsSummary | null {
  if (!a.scored || a.periods.length === 0) return null;
  const latest = a.periods[a.periods.length - 1];
  const composite = a.composite.length > 0;
  const list: readonly Standing[] = composite ? a.composite : a.results.filter((r) => r.period === latest);
  const zones = [...new Set(a.units.map((u) => u.zone as string))].map((zone) => ({
    zone,
    top: list
      .filter((r) => r.zone === zone && r.rankInZone <= 3)
      .map((r, i) => ({ r, i }))
      .sort((x, y) => x.r.rankInZone - y.r.rankInZone || x.i - y.i)
      .slice(0, 3)
      .map(({ r }) => ({ rank: r.rankInZone, unit: r.unit, total: r.total })),
  }));
  return {
    basis: composite ? null : latest,
    units: a.units.length,
    red: list.filter((r) => r.flag === 'red').length,
    warning: list.filter((r) => r.flag === 'warning').length,
    failed: list.filter((r) => !r.passed && !r.vetoed).length,
    vetoed: list.filter((r) => r.vetoed).length,
    zones,
  };
}

/** The row of an A1 address (0 for none), so findings sort by sheet, then row, then column. */
function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface FindingGroup {
  readonly code: FindingCode;
  readonly severity: Finding['severity'];
  readonly items: readonly Finding[];
}

/**
 * Findings grouped by code (errors' groups first, then warnings', then notes'), each group sorted by
 * sheet (in the workbook's order when known), then row and column. Sorts copies, never the input.
 */
export function groupFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): FindingGroup[] {
  const sheetIndex = (s: string): number => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g) g.push(f);
    else groups.set(f.code, [f]);
  }
  const out = [...groups.entries()].map(([code, items]) => {
    const sorted = [...items].sort((x, y) => {
      const [rx, cx] = position(x.cell);
      const [ry, cy] = position(y.cell);
      return sheetIndex(x.sheet) - sheetIndex(y.sheet) || x.sheet.localeCompare(y.sheet) || rx - ry || cx - cy;
    });
    const severity = sorted.reduce<Finding['severity']>((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), 'info');
    return { code, severity, items: sorted };
  });
  return out.sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
}

/** The unit and item a finding concerns, where the finding carries them. */
export function concernsOf(f: Finding): { unit?: string; item?: string } {
  return { unit: f.unit !== undefined && f.unit !== '' ? f.unit : undefined, item: f.item !== undefined && f.item !== '' ? f.item : undefined };
}
