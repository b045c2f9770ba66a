/**
 * Where the Office.js path puts result sheets written anew (docs/rules.md, "Where result sheets
 * stand"), on the in-memory Excel: the scenario of test/xlsx/clerk-chart.test.ts, a clerk's dashboard
 * after the result sheets with its print area and a name of its own, 结果-对照 retired and restored.
 */
import { sampleByKey } from '../../../seeds';
import { recalc } from '../../app/recalc';
import type { FakeExcel } from '../fake-excel';
import { fakeRun } from '../fake-excel/fake-run';
import { ExcelPort } from './port';
import { fakeFromSample } from './testing';

const tabs = (fake: FakeExcel): string[] => fake.book.sheets.map((s) => s.name);

async function run(fake: FakeExcel): Promise<number> {
  const before = fake.counters.syncs;
  const result = await recalc(new ExcelPort(fakeRun(fake), { sleep: () => Promise.resolve() }), { lang: 'zh', roles: {} });
  if (!result.report) throw new Error('the workbook was not scored');
  return fake.counters.syncs - before;
}

type Kept = Map<string, { address: string; values: unknown[][] }>;

/** Rows that hold 自查 in the log and the sources sheet, blanked: the compare source goes. Returns what was there. */
async function dropSelfChecks(fake: FakeExcel): Promise<Kept> {
  const kept: Kept = new Map();
  await fake.run(async (ctx) => {
    const ranges = ['扣分记录', '来源设置'].map((name) => ({ name, range: ctx.workbook.worksheets.getItem(name).getUsedRange().load('values, address') }));
    await ctx.sync();
    for (const { name, range } of ranges) {
      const values = range.values as unknown[][];
      kept.set(name, { address: range.address, values });
      range.values = values.map((row) => (row.includes('自查') ? row.map(() => '') : row)) as typeof range.values;
    }
    await ctx.sync();
  });
  expect([...kept.values()].every((k) => k.values.some((row) => row.includes('自查')))).toBe(true);
  return kept;
}

/** The clerk puts the rows back: the compare source is back. */
async function restore(fake: FakeExcel, kept: Kept): Promise<void> {
  await fake.run(async (ctx) => {
    for (const { address, values } of kept.values()) ctx.workbook.worksheets.getItem(address.split('!')[0].replace(/^'|'$/g, '')).getRange(address.split('!')[1]).values = values as string[][];
    await ctx.sync();
  });
}

describe('the in-memory Excel’s Worksheet.position', () => {
  // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member:
  // "The zero-based position of the worksheet within the workbook" (ExcelApi 1.1), read and write;
  // the sheets between the old place and the new shift by one, as in Excel's Move or Copy.
  it('reads a sheet’s place and moves it there, the others shifting', async () => {
    const fake = fakeFromSample({ ...sampleByKey('quarterly')!, sheets: sampleByKey('quarterly')!.sheets.slice(0, 4) });
    const names = tabs(fake);
    await fake.run(async (ctx) => {
      const last = ctx.workbook.worksheets.getItem(names[3]).load('position');
      await ctx.sync();
      expect(last.position).toBe(3);
      last.position = 1;
      await ctx.sync();
    });
    expect(tabs(fake)).toEqual([names[0], names[3], names[1], names[2]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(names[0]).position = 4;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('a clerk’s dashboard after the result sheets, 结果-对照 retired and restored, in the in-memory Excel', () => {
  let fake: FakeExcel;
  const stages: Record<string, string[]> = {};
  const syncs: Record<string, number> = {};
  const REFS = [
    { kind: 'printArea' as const, label: '领导看板', formula: "='领导看板'!$A$1:$M$21" },
    { kind: 'name' as const, label: '看板合计', formula: "='领导看板'!$B$2" },
  ];
  beforeAll(async () => {
    fake = fakeFromSample(sampleByKey('quarterly')!);
    syncs.first = await run(fake);
    stages.first = tabs(fake);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('领导看板');
      ws.getRange('A2:B2').values = [['一季度总分合计', 0]];
      ws.activate();
      await ctx.sync();
    });
    fake.book.references.push(...REFS.map((r) => ({ ...r })));
    stages.dashboard = tabs(fake);
    const kept = await dropSelfChecks(fake);
    syncs.retired = await run(fake);
    stages.retired = tabs(fake);
    await restore(fake, kept);
    syncs.restored = await run(fake);
    stages.restored = tabs(fake);
  });

  it('brings 结果-对照 back between 结果-扣分明细 and 结果-校验, the dashboard still after the result sheets', () => {
    expect(stages.first).toContain('结果-对照');
    expect(stages.dashboard.at(-1)).toBe('领导看板');
    expect(stages.retired).toEqual(stages.dashboard.filter((n) => n !== '结果-对照'));
    expect(stages.restored).toEqual(stages.dashboard);
    const at = stages.restored.indexOf('结果-对照');
    expect(stages.restored.slice(at - 1, at + 2)).toEqual(['结果-扣分明细', '结果-对照', '结果-校验']);
  });

  it('leaves the dashboard’s print area and name on it, and the dashboard the sheet open', async () => {
    expect(fake.book.references.filter((r) => r.kind !== 'chart')).toEqual(REFS);
    const active = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      return ws.name;
    });
    expect(active).toBe('领导看板');
  });

  it('places the sheet in the commit: a run that brings a sheet back takes no more syncs than one that retires it', () => {
    expect(syncs.restored).toBeLessThanOrEqual(syncs.retired + 1);
  });
});
