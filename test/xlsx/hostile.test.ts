/** Clerk workbooks as they come: formula-looking text, numbers shown with decimals, errors, hidden and blank rows, titles. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsx } from '../../src/workbook/xlsx';
import { clerkWorkbook, NASTY } from './fixtures';
import { load, sheetXml } from './helpers';
import { recalcXlsx } from './recalc-helpers';

describe('a clerk workbook with everything in it', () => {
  it('matches ids stored as numbers and shown with two decimals, counts hidden rows, skips blank rows', async () => {
    const { assessment } = await recalcXlsx(await clerkWorkbook());
    expect(assessment.findings.filter((f) => f.code === 'UNKNOWN_ITEM')).toEqual([]);
    const two = assessment.results.find((r) => r.unit === '二支部')!;
    // 3 points from 1.20 and 4 from 2.10 on the hidden row.
    expect(two.categories['组织建设']).toBe(17);
    expect(two.categories['作风建设']).toBe(16);
  });

  it('reports a cell holding an error value', async () => {
    const { assessment } = await recalcXlsx(await clerkWorkbook());
    expect(assessment.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'FORMULA_ERROR', sheet: '扣分记录', cell: 'C5' })]));
  });

  it('writes names and reasons that look like formulas as text, never formulas', async () => {
    const { output, report } = await recalcXlsx(await clerkWorkbook());
    for (const s of report.sheets) {
      const xml = await sheetXml(output, s.name);
      expect(xml).not.toMatch(/<f[\s>]/);
      for (const m of xml.matchAll(/<c [^>]*>/g)) expect(m[0]).not.toMatch(/t="str"/);
    }
    // What the report says is what the file holds, cell for cell.
    const back = await readXlsx(output);
    for (const s of report.sheets) {
      const read = back.sheets.find((x) => x.name === s.name)!;
      s.rows.forEach((row, r) =>
        row.forEach((c, i) => {
          if (c.value !== null && c.value !== '') expect([s.name, r, i, read.rows[r]?.[i]?.value]).toEqual([s.name, r, i, c.value]);
        }),
      );
    }
    const text = new Set(back.sheets.flatMap((s) => s.rows.flatMap((r) => r?.map((c) => c?.value) ?? [])));
    for (const n of NASTY.filter((x) => /^[=+\-@]/.test(x))) expect(text).toContain(n);
    const wb = await load(output);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );
  });

  it('leaves a clerk sheet named 结果-总分 byte-identical and writes beside it', async () => {
    const input = await clerkWorkbook({ clerkTotals: true });
    const first = await recalcXlsx(input);
    const totals = first.report.sheets.find((s) => s.key === 'totals')!;
    expect(totals.name).not.toBe('结果-总分');
    expect(first.report.renamed).toEqual([expect.objectContaining({ code: 'OUTPUT_NAME_TAKEN' })]);
    expect(await sheetXml(first.output, '结果-总分')).toBe(await sheetXml(input, '结果-总分'));
    // A second run replaces its own sheet beside it, and still leaves the clerk's alone.
    const second = await recalcXlsx(first.output);
    expect(second.report.sheets.find((s) => s.key === 'totals')!.name).toBe(totals.name);
    expect(await sheetXml(second.output, '结果-总分')).toBe(await sheetXml(input, '结果-总分'));
    const names = (await load(second.output)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n === totals.name)).toHaveLength(1);
  });

  it('keeps every part of the input it does not own', async () => {
    const input = await clerkWorkbook({ clerkTotals: true });
    const { output } = await recalcXlsx(input);
    const a = await JSZip.loadAsync(input);
    const b = await JSZip.loadAsync(output);
    const changed = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
    for (const name of Object.keys(a.files)) {
      if (a.files[name].dir || changed.includes(name)) continue;
      expect([name, await b.file(name)?.async('string')]).toEqual([name, await a.file(name)!.async('string')]);
    }
  });
});
