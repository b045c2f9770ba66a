/**
 * 结果-对照, a result sheet only some workbooks get, through both the xlsx path and the Office path:
 * written with the others and listed in the marker, replaced on the next run, removed with the rest
 * when the results change language or when no source is compared any more, and never removed once
 * the clerk edits it.
 */
import { sampleByKey } from '../../seeds';
import type { Report } from '../../src/engine/types';
import { hosts, inputCells, type Host } from './hosts';

const QUARTERLY = sampleByKey('quarterly')!;
// Eight result sheets with charts, through two hosts: more than the default five seconds on a shared machine.
jest.setTimeout(30_000);
// The sample also has reward funds and 整改 columns: its pay and rectification sheets come after the trends.
const ZH = ['结果-总分', '结果-排名', '结果-扣分明细', '结果-对照', '结果-校验', '结果-趋势', '结果-兑现', '结果-整改'];
const EN = ['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Compare', 'Results-Checks', 'Results-Trends', 'Results-Pay', 'Results-Rectification'];

/** A row without its trailing blanks (a blank cell is not stored). */
const trimmed = <T>(row: readonly (T | null)[]): Array<T | null> => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};
const names = (r: Report) => r.sheets.map((s) => s.name);
const ownedNames = async (h: Host) => (await h.read()).sheets.filter((s) => s.owned).map((s) => s.name);

describe.each(['xlsx', 'office'] as const)('through the %s path', (path) => {
  const open = async () => (await hosts(QUARTERLY)).find((h) => h.name === path)!;

  it('writes 结果-对照 with the other result sheets, owns it, and replaces it on the next run', async () => {
    const h = await open();
    const inputs = (await h.sheets()).map((s) => s.name);
    const before = await inputCells(h, []);
    const first = await h.calculate();
    expect(names(first.report)).toEqual(ZH);
    expect(first.outcome).toEqual({ written: ZH, replaced: [], removed: [] });
    expect(await ownedNames(h)).toEqual(ZH);
    // What a clerk sees in the sheet is what the report laid out.
    const sheet = first.report.sheets.find((s) => s.key === 'compare')!;
    const read = (await h.read()).sheets.find((s) => s.name === '结果-对照')!;
    expect(read.rows.slice(0, 3).map((row) => trimmed((row ?? []).map((c) => c?.value ?? null)))).toEqual(sheet.rows.slice(0, 3).map((row) => trimmed(row.map((c) => c.value))));
    const second = await h.calculate();
    expect(second.outcome).toEqual({ written: ZH, replaced: ZH, removed: [] });
    expect((await h.sheets()).map((s) => s.name)).toEqual([...inputs, ...ZH, '_kaoping']);
    expect(await inputCells(h, ZH)).toEqual(before);
  });

  it('removes Results-Compare with the other English sheets when the results are written in Chinese', async () => {
    const h = await open();
    await h.calculate('en');
    expect(await ownedNames(h)).toEqual(EN);
    const zh = await h.calculate('zh');
    expect(zh.outcome).toEqual({ written: ZH, replaced: [], removed: EN });
  });

  it('removes its own 结果-对照 once no source is compared any more, but never one the clerk edited', async () => {
    const h = await open();
    await h.calculate();
    // The clerk makes 自查 a scored source (来源设置 row 3, 用途 in column B).
    await h.type('来源设置', 2, 1, '计分');
    const next = await h.calculate();
    expect(names(next.report)).toEqual(ZH.filter((n) => n !== '结果-对照'));
    expect(next.outcome.removed).toEqual(['结果-对照']);
    expect((await h.sheets()).map((s) => s.name)).not.toContain('结果-对照');
    expect(await ownedNames(h)).toEqual(ZH.filter((n) => n !== '结果-对照'));

    const kept = await open();
    await kept.calculate();
    await kept.type('结果-对照', 1, 3, '我核过了');
    await kept.type('来源设置', 2, 1, '计分');
    expect((await kept.calculate()).outcome.removed).toEqual([]);
    expect((await kept.sheets()).map((s) => s.name)).toContain('结果-对照');
  });

  it('writes beside a 结果-对照 the clerk edited and leaves the edit alone', async () => {
    const h = await open();
    await h.calculate();
    await h.type('结果-对照', 1, 3, '我核过了');
    const edited = await h.cells('结果-对照');
    const next = await h.calculate();
    expect(names(next.report)).toContain('结果-对照 (2)');
    expect(next.report.renamed).toEqual([expect.objectContaining({ code: 'EDITED_RESULT', sheet: '结果-对照' })]);
    expect(await h.cells('结果-对照')).toEqual(edited);
  });
});
