/** The one recalculation over a port: what it writes, what it shows, and when it stops. */
import { sampleByKey } from '../../seeds';
import { sampleToInput } from '../../seeds/to-input';
import type { WorkbookInput } from '../engine/cells';
import type { Report } from '../engine/types';
import { E, ENTRY_HEAD, RUBRIC } from '../engine/fixtures/base';
import { workbook } from '../engine/testing/grid';
import type { InsertedTemplate, LiveWorkbookPort, WorkbookPort, WriteOutcome } from '../workbook/port';
import { recalc } from './recalc';

/** A port over grids in memory: records what it was asked to write and show. */
class MemoryPort implements LiveWorkbookPort {
  readonly writes: Report[] = [];
  readonly shown: Array<[string, string]> = [];
  constructor(private readonly input: WorkbookInput) {}
  async read(): Promise<WorkbookInput> {
    return this.input;
  }
  async write(report: Report): Promise<WriteOutcome> {
    this.writes.push(report);
    return { written: report.sheets.map((s) => s.name), replaced: [], removed: [] };
  }
  async show(sheet: string, cell: string): Promise<void> {
    this.shown.push([sheet, cell]);
  }
  async saveSettings(): Promise<string> {
    throw new Error('not used here');
  }
  async insertTemplate(): Promise<InsertedTemplate> {
    throw new Error('not used here');
  }
}

const scorable = (): WorkbookInput => sampleToInput(sampleByKey('power-plant')!);
/** An entry citing an item the rubric lacks: an error, yet the rest scores. */
const withErrors = (): WorkbookInput =>
  workbook({ 考评细则: RUBRIC, 扣分记录: [ENTRY_HEAD, E(null, '一支部', 'A1', 1, 2), E(null, '二支部', 'ZZ9', 1, 2)] });

test('writes the result sheets and shows the rankings when there are no errors', async () => {
  const port = new MemoryPort(scorable());
  const run = await recalc(port, { lang: 'zh' });
  expect(port.writes).toHaveLength(1);
  expect(run.written).toEqual(port.writes[0].sheets.map((s) => s.name));
  expect(run.assessment.findings.some((f) => f.severity === 'error')).toBe(false);
  expect(port.shown).toEqual([[port.writes[0].sheets.find((s) => s.key === 'rankings')!.name, '']]);
  expect(run.shown).toBe(port.shown[0][0]);
});

test('shows the checks sheet instead when the workbook has errors', async () => {
  const port = new MemoryPort(withErrors());
  const run = await recalc(port, { lang: 'en' });
  expect(run.assessment.findings.some((f) => f.severity === 'error')).toBe(true);
  expect(port.shown).toEqual([[port.writes[0].sheets.find((s) => s.key === 'checks')!.name, '']]);
});

test("write: 'never' checks and writes nothing; a port without a window shows nothing", async () => {
  const live = new MemoryPort(scorable());
  const checked = await recalc(live, { lang: 'zh', write: 'never' });
  expect(live.writes).toHaveLength(0);
  expect(checked.written).toEqual([]);
  expect(checked.assessment.scored).toBe(true);

  const plain = new MemoryPort(scorable());
  const filePort: WorkbookPort = { read: () => plain.read(), write: (r) => plain.write(r) };
  const run = await recalc(filePort, { lang: 'zh' });
  expect(run.shown).toBe('');
  expect(plain.shown).toEqual([]);
  expect(plain.writes).toHaveLength(1);
});

test("an unscorable workbook is written only with write: 'always' (its checks sheet)", async () => {
  const empty = workbook({ 说明: [['这里没有细则']] });
  const scored = new MemoryPort(empty);
  const skipped = await recalc(scored, { lang: 'zh' });
  expect(skipped.assessment.scored).toBe(false);
  expect(scored.writes).toHaveLength(0);
  expect(skipped.report).toBeUndefined();

  const always = new MemoryPort(empty);
  await recalc(always, { lang: 'zh', write: 'always' });
  expect(always.writes).toHaveLength(1);
  expect(always.shown.map(([s]) => s)).toEqual([always.writes[0].sheets.find((s) => s.key === 'checks')!.name]);
});

test('the stage hooks run in order, and one that throws stops the run before anything is written', async () => {
  const seen: string[] = [];
  const port = new MemoryPort(scorable());
  await recalc(port, {
    lang: 'zh',
    onRead: () => seen.push('read'),
    onChecked: () => seen.push('checked'),
    onScored: () => seen.push('scored'),
    onWritten: () => seen.push('written'),
  });
  expect(seen).toEqual(['read', 'checked', 'scored', 'written']);

  const refused = new MemoryPort(scorable());
  await expect(
    recalc(refused, {
      lang: 'zh',
      onRead: () => {
        throw new Error('no such sheet');
      },
    }),
  ).rejects.toThrow('no such sheet');
  expect(refused.writes).toHaveLength(0);
});
