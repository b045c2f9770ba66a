/**
 * A full recalculation through the Office.js adapter (read + write) with Excel failing at every sync,
 * one sync at a time: the connection dropped (before Excel acts, or after it acted and only the answer
 * was lost), a request too large, a protected sheet, a cell being edited (once, which is waited out,
 * and for longer than the adapter waits). Afterwards:
 *   - no temporary `_kp_` sheet is left;
 *   - every input cell is as it was;
 *   - the workbook holds either the old results, whole, with the error told in the clerk's words
 *     (an ExcelHostError in Chinese and English), or the new results, whole, without an error;
 *   - calculation is back to automatic;
 *   - calculating again succeeds and gives exactly what a run without failures gives.
 * Two starting points: earlier results of the same names (replaced in place) and earlier results in
 * English (the new sheets take their places). A third, for a dropped connection only: a result sheet
 * the clerk edited, with the results beside it, replaced at the clerk's choice (the edited sheet is
 * rewritten in place and the one beside it goes).
 */
import { POWER_PLANT } from '../../../seeds/power-plant';
import { assess, buildReport } from '../../engine';
import type { Lang } from '../../engine/types';
import type { FakeExcel } from '../fake-excel';
import { fakeRun } from '../fake-excel/fake-run';
import { MARKER_SHEET } from '../port';
import { ExcelHostError } from './errors';
import { ExcelPort } from './port';
import { cloneFake, fakeFromSample, snapshot, withEntries } from './testing';

/** Small requests, so a recalculation takes many syncs: every kind of step gets its failure. */
const POLICY = { sleep: () => Promise.resolve(), budgetBytes: 48 * 1024, editModeWaits: [0, 0] };
const ENTRIES = 'input';

interface Fault {
  readonly label: string;
  readonly code: string;
  readonly phase?: 'before' | 'after';
  /** Consecutive syncs that fail (edit mode lasting past the adapter's waits). */
  readonly times?: number;
}

const FAULTS: readonly Fault[] = [
  { label: 'connection dropped before Excel acts', code: 'ConnectionFailure' },
  { label: 'connection dropped after Excel acted', code: 'ConnectionFailure', phase: 'after' },
  { label: 'request too large', code: 'RequestPayloadSizeLimitExceeded' },
  { label: 'a protected sheet', code: 'AccessDenied' },
  { label: 'a cell being edited, briefly', code: 'InvalidOperationInCellEditMode' },
  { label: 'a cell being edited, past every wait', code: 'InvalidOperationInCellEditMode', times: POLICY.editModeWaits.length + 1 },
];

async function calculate(fake: FakeExcel, lang: Lang = 'zh', replaceEdited = false): Promise<void> {
  const port = new ExcelPort(fakeRun(fake), POLICY);
  const input = await port.read();
  await port.write(buildReport(assess(input), input, lang, { replaceEdited }));
}

/** The power-plant sample with 80 entries, its results already written once by an earlier calculation. */
async function start(earlier: 'changed input' | 'english'): Promise<FakeExcel> {
  const fake = fakeFromSample(withEntries(POWER_PLANT, '扣分记录', 80, (row, i) => (row[5] = `${ENTRIES} ${i}`)));
  if (earlier === 'english') {
    await calculate(fake, 'en');
    return fake;
  }
  // The old results differ from the new: they were computed before a point was changed back.
  const cell = fake.book.find('扣分记录')?.ensure(1, 4);
  if (!cell) throw new Error('no entries');
  const points = cell.v;
  cell.v = 7;
  await calculate(fake);
  cell.v = points;
  return fake;
}

/** The power-plant sample whose 结果-总分 the clerk edited after a calculation, the results then written beside it. */
async function startEdited(): Promise<FakeExcel> {
  const fake = fakeFromSample(withEntries(POWER_PLANT, '扣分记录', 80, (row, i) => (row[5] = `${ENTRIES} ${i}`)));
  await calculate(fake);
  const cell = fake.book.find('结果-总分')?.ensure(1, 2);
  if (!cell) throw new Error('no totals');
  cell.v = '手工改过';
  await calculate(fake);
  if (!fake.book.find('结果-总分 (2)')) throw new Error('the results did not go beside the edited sheet');
  return fake;
}

/** Every sheet as JSON: comparing strings keeps hundreds of comparisons fast. */
const book = (fake: FakeExcel) => JSON.stringify(fake.book.sheets.map(snapshot));
const RESULTS = /^(结果-|Results-|_kaoping$)/;
const inputs = (fake: FakeExcel) => JSON.stringify(fake.book.sheets.filter((s) => !RESULTS.test(s.name) && s.name !== MARKER_SHEET).map(snapshot));

describe.each(['changed input', 'english'] as const)('earlier results from %s', (earlier) => {
  let origin: FakeExcel;
  let clean: string;
  let syncs: number;
  beforeAll(async () => {
    origin = await start(earlier);
    const fake = cloneFake(origin);
    await calculate(fake);
    clean = book(fake);
    syncs = fake.counters.syncs;
  });

  it('takes enough syncs for every step to fail somewhere', () => {
    // Reading: the sheets, their used ranges, cells in blocks; writing: the sheets, new sheets in blocks, the swap.
    expect(syncs).toBeGreaterThanOrEqual(12);
  });

  describe.each(FAULTS)('$label', (fault) => {
    it('at every sync: old results or new, whole; inputs untouched; a clear message; a retry gives the clean result', async () => {
      const seen = { failed: 0, finished: 0 };
      for (let at = 1; at <= syncs; at++) {
        const fake = cloneFake(origin);
        const before = book(fake);
        const inputsBefore = inputs(fake);
        for (let k = 0; k < (fault.times ?? 1); k++) fake.failSync(at + k, fault.code, fault.phase ? { phase: fault.phase } : {});
        const error = await calculate(fake).then(
          () => undefined,
          (e: unknown) => e,
        );
        const where = `${fault.label} at sync ${at} of ${syncs}`;
        expect([where, fake.book.sheets.map((s) => s.name).filter((n) => n.startsWith('_kp_'))]).toEqual([where, []]);
        expect([where, inputs(fake)]).toEqual([where, inputsBefore]);
        expect([where, fake.application.calculationMode]).toEqual([where, 'Automatic']);
        if (error === undefined) {
          seen.finished++;
          expect([where, book(fake)]).toEqual([where, clean]);
        } else {
          seen.failed++;
          expect([where, error instanceof ExcelHostError]).toEqual([where, true]);
          const e = error as ExcelHostError;
          expect([where, e.code]).toEqual([where, fault.code]);
          expect(e.text.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(e.text.en).toMatch(/^[A-Z]/);
          expect(e.text.en).not.toMatch(/Excel reported an error/);
          expect([where, book(fake)]).toEqual([where, before]);
        }
        await calculate(fake);
        expect([where, book(fake)]).toEqual([where, clean]);
      }
      // Each fault was tried at every sync, and the outcomes are the ones the fault allows.
      expect(seen.failed + seen.finished).toBe(syncs);
      if (fault.label === 'a cell being edited, briefly') expect(seen.failed).toBe(0);
      // A dropped connection while only reading is tried once more and goes through; while writing it fails.
      if (fault.code === 'ConnectionFailure' && fault.phase !== 'after') expect([seen.finished > 0, seen.failed > 0]).toEqual([true, true]);
    });
  });
});

describe('an edited result sheet replaced at the clerk’s choice', () => {
  let origin: FakeExcel;
  let clean: string;
  /** A run after the replacement: nothing is edited any more, so 结果-校验 no longer notes the replacement. */
  let again: string;
  let syncs: number;
  beforeAll(async () => {
    origin = await startEdited();
    const fake = cloneFake(origin);
    await calculate(fake, 'zh', true);
    clean = book(fake);
    syncs = fake.counters.syncs;
    expect(fake.book.find('结果-总分 (2)')).toBeUndefined();
    await calculate(fake, 'zh', true);
    again = book(fake);
  });

  it.each(FAULTS.filter((f) => f.code === 'ConnectionFailure'))('$label at every sync: the edited sheet and the one beside it, or the replacement, whole', async (fault) => {
    const seen = { failed: 0, finished: 0 };
    for (let at = 1; at <= syncs; at++) {
      const fake = cloneFake(origin);
      const before = book(fake);
      const inputsBefore = inputs(fake);
      fake.failSync(at, fault.code, fault.phase ? { phase: fault.phase } : {});
      const failed = await calculate(fake, 'zh', true).then(
        () => false,
        () => true,
      );
      const where = `${fault.label} at sync ${at} of ${syncs}`;
      expect([where, fake.book.sheets.map((s) => s.name).filter((n) => n.startsWith('_kp_'))]).toEqual([where, []]);
      expect([where, inputs(fake)]).toEqual([where, inputsBefore]);
      seen[failed ? 'failed' : 'finished']++;
      expect([where, book(fake) === (failed ? before : clean)]).toEqual([where, true]);
      await calculate(fake, 'zh', true);
      expect([where, book(fake) === (failed ? clean : again)]).toEqual([where, true]);
    }
    // Reads are sent once more and go through; a write cut short is told, with the old sheets whole.
    if (fault.phase !== 'after') expect([seen.finished > 0, seen.failed > 0]).toEqual([true, true]);
  });
});
