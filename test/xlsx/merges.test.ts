/**
 * Merged ranges: counted while the sheets are scanned, against a limit of their own; taken out before
 * ExcelJS reads (it handles them in quadratic time); all but each range's first cell read blank, as
 * Excel shows them.
 */
import { readXlsx } from '../../src/workbook/xlsx';
import { measureXlsx, SIZE_LIMITS } from '../../src/workbook/xlsx/size';
import { buildPackage, STANDARD } from './corpus/build';
import { MAIN, oneSheetPackage } from './corpus/one-sheet';

/** One sheet with the given cells (row, column, text) and merged ranges. */
function oneSheet(cells: ReadonlyArray<readonly [number, number, string]>, merges: readonly string[]): Buffer {
  const rows = new Map<number, string>();
  for (const [r, c, t] of cells) rows.set(r, (rows.get(r) ?? '') + `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`);
  const data = [...rows].sort((a, b) => a[0] - b[0]).map(([r, c]) => `<row r="${r}">${c}</row>`).join('');
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return oneSheetPackage(`<worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${mergeXml}</worksheet>`);
}

describe('merged ranges', () => {
  it('read blank in every cell of a range but its first, whatever those cells hold', async () => {
    const file = oneSheet(
      [
        [1, 0, '组织建设'],
        [2, 0, '残留'],
        [1, 1, '右上'],
        [3, 2, '范围外'],
      ],
      ['A1:B2', 'C5:D1048576'],
    );
    const [sheet] = (await readXlsx(file)).sheets;
    expect(sheet.rows.map((r) => r?.map((c) => c?.value))).toEqual([['组织建设', undefined], [undefined], [undefined, undefined, '范围外']]);
  });

  it('are counted against a limit of their own, naming the sheet where it is passed', async () => {
    const file = buildPackage({ ...STANDARD, merges: 300 });
    // The rubric holds one range; the last sheet, 说明, the 300.
    expect(await measureXlsx(file, { ...SIZE_LIMITS, fileMerges: 301 })).toBeUndefined();
    expect(await measureXlsx(file, { ...SIZE_LIMITS, fileMerges: 300 })).toEqual({ limit: 'merges', sheet: '说明', max: 300 });
  });

  it('do not reach ExcelJS, so 50,000 of them read like any other sheet', async () => {
    const input = await readXlsx(buildPackage({ ...STANDARD, merges: 50_000 }));
    expect(input.sheets.map((s) => s.name)).toEqual(['考评细则', '考评单位', '扣分表', '说明']);
  });
});
