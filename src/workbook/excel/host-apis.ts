/**
 * What this Excel can do beyond ExcelApi 1.7, the set the manifest asks for (Office 2019). Each is
 * asked of isSetSupported (learn.microsoft.com, "Check for API availability at runtime"); what is
 * missing is left out and said on the checks sheet (host-notes.ts), never an error.
 */
import type { XRequirements, XRun } from './api';

export interface HostApis {
  /** Classic notes (Excel.Note): ExcelApi 1.18. */
  readonly notes: boolean;
  /** Threaded comments (Excel.Comment): ExcelApi 1.10. */
  readonly comments: boolean;
  /** Page layout (orientation, print titles) and page breaks: ExcelApi 1.9. */
  readonly pageLayout: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync: ExcelApi 1.9. */
  readonly screenUpdating: boolean;
  /** Application.suspendApiCalculationUntilNextSync: ExcelApi 1.6. */
  readonly apiCalculation: boolean;
  /** Range.valuesAsJson, which tells a picture placed in a cell from a #VALUE! error: ExcelApi 1.16. */
  readonly richValues: boolean;
}

export const ALL_APIS: HostApis = { notes: true, comments: true, pageLayout: true, screenUpdating: true, apiCalculation: true, richValues: true };

export function apisOf(req: XRequirements): HostApis {
  const has = (v: string): boolean => req.isSetSupported('ExcelApi', v);
  return { notes: has('1.18'), comments: has('1.10'), pageLayout: has('1.9'), screenUpdating: has('1.9'), apiCalculation: has('1.6'), richValues: has('1.16') };
}

/** The run's own answer (the in-memory Excel), else Office's, else everything (no Office: tests, scripts). */
export function detectApis(run: XRun, override: Partial<HostApis> = {}): HostApis {
  const office = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
  const req = run.requirements ?? office;
  return { ...(req ? apisOf(req) : ALL_APIS), ...override };
}
