/**
 * A full recalculation through the Office.js adapter on the in-memory Excel, which keeps Excel on the
 * web's request limits and counts what crosses them: syncs, request and answer bytes.
 */
import { POWER_PLANT } from '../seeds/power-plant';
import { assess, buildReport } from '../src/engine';
import { ExcelPort } from '../src/workbook/excel/port';
import { fakeFromSample, withEntries } from '../src/workbook/excel/testing';
import { fakeRun } from '../src/workbook/fake-excel/fake-run';

export interface OfficeFigures {
  readonly entries: number;
  readonly syncs: number;
  readonly requestBytes: number;
  readonly maxRequestBytes: number;
  readonly responseBytes: number;
  readonly maxResponseBytes: number;
  /** Wall time on Excel on the web implied by the round trips and bytes, with MODEL's assumptions. */
  readonly modelMs: number;
}

/** What the model assumes of Excel on the web: one round trip per sync, and the link's speed. */
export const MODEL = { roundTripMs: 150, uploadBytesPerSec: 2_500_000, downloadBytesPerSec: 2_500_000 } as const;

export async function benchOffice(entries: number): Promise<OfficeFigures> {
  const fake = fakeFromSample(withEntries(POWER_PLANT, '扣分记录', entries));
  const port = new ExcelPort(fakeRun(fake));
  const input = await port.read();
  const a = assess(input);
  await port.write(buildReport(a, input, 'zh'));
  const c = fake.counters;
  const modelMs =
    c.syncs * MODEL.roundTripMs + (c.requestBytes / MODEL.uploadBytesPerSec) * 1000 + (c.responseBytes / MODEL.downloadBytesPerSec) * 1000;
  return {
    entries: a.entryCount,
    syncs: c.syncs,
    requestBytes: c.requestBytes,
    maxRequestBytes: c.maxRequestBytes,
    responseBytes: c.responseBytes,
    maxResponseBytes: c.maxResponseBytes,
    modelMs: Math.round(modelMs),
  };
}
