import ExcelJS from 'exceljs';
import { cellText, isCellError, type Sheet } from '../../src/engine/cells';
import { MARKER_SHEET } from '../../src/workbook/port';
import { readXlsx, writeXlsx } from '../../src/workbook/xlsx';
import { sampleReport, toBuffer } from './helpers';

function sheetOf(sheets: readonly Sheet[], name: string): Sheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考评细则');
  ws.getCell('A1').value = '2024年度考评细则';
  ws.mergeCells('A1:D1');
  ws.addRow(['编号', '栏目', '考核内容', '分值']);
  ws.addRow([1.1, '组织建设', '三会一课', 10]);
  ws.getCell('A3').numFmt = '0.00';
  ws.addRow([1.2, null, '主题党日', 5]);
  ws.getCell('A4').numFmt = '0.00';
  ws.mergeCells('B3:B4');
  ws.getCell('E3').value = 0.3;
  ws.getCell('E3').numFmt = '0%';
  ws.getCell('F3').value = { richText: [{ text: '富' }, { font: { bold: true }, text: '文本' }] };
  ws.getCell('G3').value = true;
  ws.getCell('H3').value = { formula: 'D3*2', result: 20 } as ExcelJS.CellFormulaValue;
  ws.getCell('I3').value = { formula: 'VLOOKUP(1,X,2)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
  ws.getCell('J3').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('K3').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('K3').numFmt = 'yyyy-mm-dd';
  ws.getCell('L3').value = { formula: 'A1', result: '文字' } as ExcelJS.CellFormulaValue;
  ws.getCell('M3').value = { text: '链接', hyperlink: 'https://example.org' };
  ws.getCell('N3').value = new Date(Date.UTC(2024, 0, 15));
  ws.getCell('N3').numFmt = 'mm-dd-yy';
  ws.getCell('C3').note = '缺少记录';
  ws.getCell('C4').note = { texts: [{ font: { bold: true }, text: '张三:' }, { text: '\n会议记录不全' }] };
  ws.getRow(4).hidden = true;
  // Row 5 blank, row 6 after it.
  ws.getCell('A6').value = '3';
  const log = wb.addWorksheet('扣分记录');
  log.addTable({ name: 'Entries', ref: 'B2', headerRow: true, columns: [{ name: '单位' }, { name: '编号' }], rows: [['一支部', 1.1], ['二支部', 1.2]] });
  return toBuffer(wb);
}

describe('readXlsx', () => {
  let sheets: readonly Sheet[];
  beforeAll(async () => {
    sheets = (await readXlsx(await clerkWorkbook())).sheets;
  });
  const at = (name: string, a1: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return sheetOf(sheets, name).rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
  };

  it('gives the displayed text of numbers through their number format', () => {
    expect(at('考评细则', 'A3')).toEqual({ value: 1.1, text: '1.10' });
    expect(at('考评细则', 'E3')).toEqual({ value: 0.3, text: '30%' });
    expect(at('考评细则', 'D3')).toEqual({ value: 10 });
  });

  it('converts every kind of value once', () => {
    expect(at('考评细则', 'F3')?.value).toBe('富文本');
    expect(at('考评细则', 'G3')?.value).toBe(true);
    expect(at('考评细则', 'H3')?.value).toBe(20);
    expect(at('考评细则', 'I3')?.value).toEqual({ error: '#N/A' });
    expect(isCellError(at('考评细则', 'J3')?.value)).toBe(true);
    expect(at('考评细则', 'K3')).toEqual({ value: 45306, text: '2024-01-15' });
    expect(at('考评细则', 'L3')?.value).toBe('文字');
    expect(at('考评细则', 'M3')?.value).toBe('链接');
    expect(at('考评细则', 'A6')).toEqual({ value: '3' });
    // Excel's built-in short date shows as a Chinese Excel shows it.
    expect(at('考评细则', 'N3')).toEqual({ value: 45306, text: '2024/1/15' });
  });

  it('reads notes as plain text, without the author line', () => {
    expect(at('考评细则', 'C3')?.note).toBe('缺少记录');
    expect(at('考评细则', 'C4')?.note).toBe('会议记录不全');
  });

  it('leaves all but the first cell of a merged range blank', () => {
    expect(cellText(at('考评细则', 'A1'))).toBe('2024年度考评细则');
    expect(at('考评细则', 'B1')).toBeUndefined();
    expect(at('考评细则', 'B3')?.value).toBe('组织建设');
    expect(at('考评细则', 'B4')).toBeUndefined();
  });

  it('reads hidden rows and keeps blank rows as gaps', () => {
    expect(at('考评细则', 'C4')?.value).toBe('主题党日');
    const rows = sheetOf(sheets, '考评细则').rows;
    expect(rows).toHaveLength(6);
    expect(rows[4]).toBeUndefined();
    expect(4 in rows).toBe(true);
  });

  it('reports Excel tables with 0-based bounds', () => {
    expect(sheetOf(sheets, '扣分记录').tables).toEqual([{ name: 'Entries', top: 1, left: 1, bottom: 3, right: 2 }]);
  });

  it('marks no sheet of a clerk workbook as owned', () => {
    expect(sheets.map((s) => s.owned)).toEqual([undefined, undefined]);
  });
});

describe('ownership', () => {
  it('returns unchanged result sheets as owned and hides the marker', async () => {
    const written = await writeXlsx(await clerkWorkbook(), sampleReport());
    const input = await readXlsx(written);
    expect(input.sheets.map((s) => [s.name, s.owned ?? false])).toEqual([
      ['考评细则', false],
      ['扣分记录', false],
      ['结果-总分', true],
      ['结果-校验', true],
    ]);
    expect(input.sheets.some((s) => s.name === MARKER_SHEET)).toBe(false);
  });

  it('no longer owns a result sheet a clerk has edited', async () => {
    const written = await writeXlsx(await clerkWorkbook(), sampleReport());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ExcelJS.Buffer);
    wb.getWorksheet('结果-总分')!.getCell('C2').value = 99;
    const input = await readXlsx(await toBuffer(wb));
    expect(sheetOf(input.sheets, '结果-总分').owned).toBeUndefined();
    expect(sheetOf(input.sheets, '结果-校验').owned).toBe(true);
  });
});
