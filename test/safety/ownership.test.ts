/**
 * Whose sheet is whose, through both the xlsx path and the Office path: Kaoping replaces only the
 * result sheets it wrote and nobody changed since; a result sheet the clerk edited stays theirs and
 * the results go beside it, with a warning; its own earlier sheets for the same results under a
 * name no longer used are removed; and no input cell ever changes.
 */
import { sampleByKey } from '../../seeds';
import type { Report } from '../../src/engine/types';
import { ExcelPort } from '../../src/workbook/excel/port';
import { fakeFromSample } from '../../src/workbook/excel/testing';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import { reportSheet, sheetXml, workbookXml } from '../xlsx/helpers';
import { hosts, inputCells, type Host } from './hosts';

const VILLAGES = sampleByKey('villages')!;
const ZH = ['结果-总分', '结果-排名', '结果-扣分明细', '结果-校验', '结果-趋势'];
const EN = ['Results-Totals', 'Results-Rankings', 'Results-Deductions', 'Results-Checks', 'Results-Trends'];

const names = (r: Report) => r.sheets.map((s) => s.name);
const visibleNames = async (h: Host) => (await h.sheets()).filter((s) => s.visible).map((s) => s.name);
const ownedNames = async (h: Host) => (await h.read()).sheets.filter((s) => s.owned).map((s) => s.name);
const editedNames = async (h: Host) => (await h.read()).sheets.filter((s) => s.edited).map((s) => s.name);
const checksCodes = (r: Report) => r.sheets.find((s) => s.key === 'checks')!.rows.map((row) => row[1]?.value);

describe.each(['xlsx', 'office'] as const)('through the %s path', (path) => {
  const open = async (extra: Parameters<typeof hosts>[1] = []) => (await hosts(VILLAGES, extra)).find((h) => h.name === path)!;

  it('leaves every input cell as it was, on a first run and on a second', async () => {
    const h = await open();
    const inputs = (await h.sheets()).map((s) => s.name);
    const before = await inputCells(h, []);
    const first = await h.calculate();
    expect(await inputCells(h, names(first.report))).toEqual(before);
    const second = await h.calculate();
    expect(second.outcome.replaced).toEqual(ZH);
    expect(await inputCells(h, names(second.report))).toEqual(before);
    expect((await h.sheets()).map((s) => s.name)).toEqual([...inputs, ...ZH, '_kaoping']);
  });

  it('writes beside a result sheet the clerk edited (one cell), names it as edited, and leaves the edit alone', async () => {
    const h = await open();
    await h.calculate();
    await h.type('结果-总分', 1, 2, '改过的单位名');
    const edited = await h.cells('结果-总分');
    expect(await ownedNames(h)).toEqual(ZH.slice(1));
    expect(await editedNames(h)).toEqual(['结果-总分']);
    const next = await h.calculate();
    expect(names(next.report)).toEqual(['结果-总分 (2)', ...ZH.slice(1)]);
    expect(next.report.renamed).toEqual([expect.objectContaining({ code: 'EDITED_RESULT', severity: 'warning', sheet: '结果-总分' })]);
    expect(next.report.renamed[0].message.zh).toContain('“结果-总分”已被手工修改');
    expect(next.report.renamed[0].message.zh).toContain('“结果-总分 (2)”');
    expect(checksCodes(next.report)).toContain('EDITED_RESULT');
    expect(next.outcome).toMatchObject({ replaced: ZH.slice(1), removed: [] });
    expect(await h.cells('结果-总分')).toEqual(edited);
    // The edited sheet is the clerk's now, but still known as edited: later runs keep writing beside it and say why.
    // 结果-总分 (2) stands first among the result sheets, before 结果-排名, as 结果-总分 did (docs/rules.md).
    expect(await ownedNames(h)).toEqual(['结果-总分 (2)', ...ZH.slice(1)]);
    const third = await h.calculate();
    expect(third.outcome).toMatchObject({ replaced: ['结果-总分 (2)', ...ZH.slice(1)], removed: [] });
    expect(third.report.renamed).toEqual([expect.objectContaining({ code: 'EDITED_RESULT', sheet: '结果-总分' })]);
    expect(await h.cells('结果-总分')).toEqual(edited);
  });

  it('never reads an edited result sheet as an input, nor offers it for a role', async () => {
    const h = await open();
    await h.calculate();
    await h.type('结果-校验', 1, 0, '已核对');
    const check = await h.check();
    expect(check.input.sheets.find((s) => s.name === '结果-校验')?.edited).toBe(true);
    const offered = check.assessment.roles.flatMap((r) => [...r.candidates, ...r.sheets]);
    expect(offered.filter((n) => n.startsWith('结果-'))).toEqual([]);
  });

  it('replaces an edited result sheet when the clerk chooses to: no (2) left, input cells untouched', async () => {
    const h = await open();
    const first = await h.calculate();
    const before = await inputCells(h, names(first.report));
    const clean = await h.cells('结果-总分');
    await h.type('结果-总分', 1, 2, '改过的单位名');
    await h.calculate();
    expect((await h.sheets()).map((s) => s.name)).toContain('结果-总分 (2)');
    const replaced = await h.calculate('zh', { replaceEdited: true });
    expect(names(replaced.report)).toEqual(ZH);
    expect(replaced.report.overwrite).toEqual(['结果-总分']);
    expect(replaced.report.renamed).toEqual([expect.objectContaining({ code: 'EDITED_REPLACED', severity: 'info', sheet: '结果-总分' })]);
    expect(replaced.outcome).toMatchObject({ written: ZH, removed: ['结果-总分 (2)'] });
    expect(replaced.outcome.replaced).toContain('结果-总分');
    expect(await h.cells('结果-总分')).toEqual(clean);
    const sheetNames = (await h.sheets()).map((s) => s.name);
    expect(sheetNames).not.toContain('结果-总分 (2)');
    expect(sheetNames.filter((n) => n.startsWith('结果-'))).toEqual(ZH);
    expect(await inputCells(h, ZH)).toEqual(before);
    // The marker lists the new sheet: it is Kaoping's own again, and a plain run replaces it quietly.
    expect(await ownedNames(h)).toEqual(ZH);
    expect(await editedNames(h)).toEqual([]);
    const after = await h.calculate();
    expect(after.report.renamed).toEqual([]);
    expect(after.outcome.replaced).toEqual(ZH);
  });

  it('never replaces a sheet of the clerk’s own that Kaoping did not write, even when asked to replace edited ones', async () => {
    const h = await open([{ name: '结果-总分', rows: [['我自己的汇总'], [42]] }]);
    const mine = await h.cells('结果-总分');
    const run = await h.calculate('zh', { replaceEdited: true });
    expect(names(run.report)[0]).toBe('结果-总分 (2)');
    expect(run.report.renamed).toEqual([expect.objectContaining({ code: 'OUTPUT_NAME_TAKEN', sheet: '结果-总分' })]);
    expect(await h.cells('结果-总分')).toEqual(mine);
  });

  it('moves the results back to 结果-总分 once the clerk deletes their own sheet of that name, removing 结果-总分 (2)', async () => {
    const h = await open([{ name: '结果-总分', rows: [['我自己的汇总'], [42]] }]);
    const first = await h.calculate();
    expect(names(first.report)[0]).toBe('结果-总分 (2)');
    const order = await visibleNames(h);
    await h.deleteSheet('结果-总分');
    const second = await h.calculate();
    expect(names(second.report)).toEqual(ZH);
    expect(second.report.renamed).toEqual([]);
    expect(second.outcome).toEqual({ written: ZH, replaced: ZH.slice(1), removed: ['结果-总分 (2)'] });
    // It takes the old sheet's place among the tabs.
    expect(await visibleNames(h)).toEqual(order.filter((n) => n !== '结果-总分').map((n) => (n === '结果-总分 (2)' ? '结果-总分' : n)));
    expect(await ownedNames(h)).toEqual(ZH);
  });

  it('removes the English result sheets when the results are written in Chinese, and back', async () => {
    const h = await open();
    const inputs = (await h.sheets()).map((s) => s.name);
    const before = await inputCells(h, []);
    await h.calculate('en');
    const zh = await h.calculate('zh');
    expect(zh.outcome).toEqual({ written: ZH, replaced: [], removed: EN });
    expect((await h.sheets()).map((s) => s.name)).toEqual([...inputs, ...ZH, '_kaoping']);
    expect(await ownedNames(h)).toEqual(ZH);
    const en = await h.calculate('en');
    expect(en.outcome.removed).toEqual(ZH);
    expect((await h.sheets()).map((s) => s.name)).toEqual([...inputs, ...EN, '_kaoping']);
    expect(await inputCells(h, EN)).toEqual(before);
  });

  it('never removes an earlier result sheet the clerk edited', async () => {
    const h = await open();
    await h.calculate('en');
    await h.type('Results-Totals', 0, 0, 'My notes');
    const edited = await h.cells('Results-Totals');
    const zh = await h.calculate('zh');
    expect(zh.outcome.removed).toEqual(EN.slice(1));
    expect(await h.cells('Results-Totals')).toEqual(edited);
    expect((await h.sheets()).map((s) => s.name)).toContain('Results-Totals');
  });
});

describe('the xlsx path', () => {
  it('keeps the clerk’s sheets byte for byte and the print titles pointing at the right sheets after removing one', async () => {
    const [h] = await hosts(VILLAGES, [{ name: '结果-总分', rows: [['我自己的汇总']] }]);
    if (h.name !== 'xlsx') throw new Error('xlsx first');
    const bytes = () => (h as unknown as { bytes: Buffer }).bytes;
    await h.calculate();
    await h.deleteSheet('结果-总分');
    const inputs = VILLAGES.sheets.map((s) => s.name);
    const clerk = await Promise.all(inputs.map((n) => sheetXml(bytes(), n)));
    await h.calculate();
    expect(await Promise.all(inputs.map((n) => sheetXml(bytes(), n)))).toEqual(clerk);
    const book = await workbookXml(bytes());
    const sheetList = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const titles = [...book.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">'([^']+)'!/g)];
    // The wide tables repeat their header row; the notices (ranking, deductions) carry their own
    // headings, and the trends sheet repeats its header as cells on each page of its table.
    expect(titles.map((m) => m[2]).sort()).toEqual(['结果-总分', '结果-校验'].sort());
    for (const [, id, name] of titles) expect(sheetList[Number(id)]).toBe(name);
    expect(book).not.toContain('结果-总分 (2)');
  });
});

describe('the Office path', () => {
  it('removes every earlier sheet for the same results, not only the first (a workbook from before this rule)', async () => {
    const fake = fakeFromSample(VILLAGES);
    const totals = (names: string[]) => ({ sheets: names.map((n, i) => reportSheet('totals', n, [[{ value: '总分' }], [{ value: 90 + i }]])), renamed: [] });
    await new ExcelPort(fakeRun(fake)).write(totals(['旧-总分', '更旧-总分']));
    const port = new ExcelPort(fakeRun(fake));
    expect((await port.read()).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['旧-总分', '更旧-总分']);
    expect(await port.write(totals(['结果-总分']))).toEqual({ written: ['结果-总分'], replaced: [], removed: ['旧-总分', '更旧-总分'] });
    expect(fake.book.sheets.map((s) => s.name)).toEqual([...VILLAGES.sheets.map((s) => s.name), '结果-总分', '_kaoping']);
    expect((await new ExcelPort(fakeRun(fake)).read()).sheets.filter((s) => s.owned).map((s) => s.name)).toEqual(['结果-总分']);
  });
});
