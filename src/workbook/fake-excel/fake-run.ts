/**
 * The fake's `run` as the adapter's XRun. Compiling this checks that the in-memory Excel implements
 * every member of the API subset the adapter is typed against (../excel/api.ts).
 */
import type { XContext, XRun } from '../excel/api';
import type { FakeExcel, FakeRequestContext } from './index';

const asContext = (c: FakeRequestContext): XContext => c;

export function fakeRun(fake: FakeExcel): XRun {
  return (batch) => fake.run((context) => batch(asContext(context)));
}
