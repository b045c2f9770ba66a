/**
 * A clerk's own formula that points at 结果-总分 keeps pointing at it, and shows its value, after two
 * more recalculations through the .xlsx path: the result sheet is rewritten in place under its name,
 * so nothing of the clerk's turns into #REF!. LibreOffice reads the workbook and computes the formula.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sampleByKey } from '../../seeds';
import { sampleToXlsx } from '../../src/workbook/xlsx';
import { load, sheetXml, toBuffer } from './helpers';
import { recalcXlsx } from './recalc-helpers';
import { findSoffice, viaLibreOffice } from './soffice';

const SKIP = process.env.KAOPING_SKIP_LIBREOFFICE === '1';
jest.setTimeout(180_000);
const soffice = findSoffice();

function a1(row: number, col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

test('a clerk’s formula on 结果-总分 still points at it, with its value, after two recalculations', async () => {
  if (!soffice && SKIP) return;
  if (!soffice) throw new Error('LibreOffice (soffice) is missing: install libreoffice-calc-nogui, or set KAOPING_SKIP_LIBREOFFICE=1');
  const first = await recalcXlsx(await sampleToXlsx(sampleByKey('power-plant')!));
  const totals = first.report.sheets.find((s) => s.key === 'totals')!;
  // The first number on the totals sheet: a unit's total.
  const row = totals.rows.findIndex((r) => r.some((c) => typeof c.value === 'number'));
  const col = totals.rows[row].findIndex((c) => typeof c.value === 'number');
  const ref = `'${totals.name}'!${a1(row, col)}`;

  // The clerk adds a sheet of their own that uses the result, and saves.
  const wb = await load(first.output);
  wb.addWorksheet('领导看板').getCell('A1').value = { formula: `${ref}*1`, result: undefined } as never;
  const edited = await toBuffer(wb);

  const second = await recalcXlsx(edited);
  const third = await recalcXlsx(second.output);
  const xml = await sheetXml(third.output, '领导看板');
  const formula = /<c r="A1"[^>]*>\s*<f>([^<]*)<\/f>/.exec(xml)?.[1].replace(/&apos;/g, "'");
  expect(formula).toBe(`${ref}*1`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-refs-'));
  try {
    const file = path.join(dir, 'refs.xlsx');
    fs.writeFileSync(file, third.output);
    const shown = viaLibreOffice(soffice, file).get('领导看板');
    const thirdTotals = third.report.sheets.find((s) => s.key === 'totals')!;
    const expected = thirdTotals.rows[row][col].value as number;
    expect(Number(shown?.[0]?.[0])).toBeCloseTo(expected, 6);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
