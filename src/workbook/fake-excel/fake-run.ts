/**
 * The fake's `run` as the adapter's XRun. Compiling this checks that the in-memory Excel implements
 * every member of the API subset the adapter is typed against (../excel/api.ts).
 */
import type { XContext, XRun } from '../excel/api';
import type { ExcelRun, PaneContext } from '../excel/live-api';
import type { FakeExcel, FakeRequestContext } from './index';

const asContext = (c: FakeRequestContext): XContext => c;

/** Excel.run over the in-memory Excel, carrying its profile's answer to isSetSupported. */
export function fakeRun(fake: FakeExcel): XRun {
  const run = <T>(batch: (context: XContext) => Promise<T>): Promise<T> => fake.run((context) => batch(asContext(context)));
  return Object.assign(run, { requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) } });
}

const asPaneContext = (c: FakeRequestContext): PaneContext => c;

/** The fake's `run` as the pane's ExcelRun (live-api.ts); compiling it checks the fake has that subset too. */
export function fakePaneRun(fake: FakeExcel): ExcelRun {
  return (batch) => fake.run((context) => batch(asPaneContext(context)));
}
