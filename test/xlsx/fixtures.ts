/** Clerk workbooks built the way Excel users build them, for the adapter and command-line tests. */
import ExcelJS from 'exceljs';
import { toBuffer } from './helpers';

export const NASTY = ['=SUM(A1)', '+1', '-x', '@x', '\t缩进', '\r回车', '=HYPERLINK("http://x","点我")'];

export async function clerkWorkbook(options: { clerkTotals?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const rubric = wb.addWorksheet('考评细则');
  rubric.addRow(['2024年党建考评细则']);
  rubric.mergeCells('A1:D1');
  rubric.addRow(['编号', '栏目', '考核内容', '分值']);
  rubric.addRow([1.1, '组织建设', '三会一课', 10]);
  rubric.addRow([1.2, null, '主题党日', 10]);
  rubric.mergeCells('B3:B4');
  rubric.addRow([2.1, '作风建设', '廉洁纪律', 20]);
  for (const r of [3, 4, 5]) rubric.getCell(`A${r}`).numFmt = '0.00';
  const units = wb.addWorksheet('考评单位');
  units.addRow(['单位', '考评区']);
  for (const u of ['一支部', '二支部', ...NASTY]) units.addRow([u, '一区']);
  const log = wb.addWorksheet('扣分记录');
  log.addRow(['单位', '编号', '扣分', '原因']);
  log.addRow(['一支部', '1.10', 2, NASTY[0]]);
  log.addRow(['二支部', '1.20', 3, NASTY[1]]);
  log.addRow([]);
  log.addRow(['一支部', '2.10', { error: '#N/A' }, '分值引用出错']);
  log.addRow(['二支部', '2.10', 4, '隐藏行里的扣分']);
  log.getRow(6).hidden = true;
  NASTY.forEach((u, i) => log.addRow([u, '1.10', 1, NASTY[(i + 2) % NASTY.length]]));
  if (options.clerkTotals) {
    const mine = wb.addWorksheet('结果-总分');
    mine.addRow(['这是我自己的汇总表']);
    mine.getCell('A2').value = 42;
  }
  return toBuffer(wb);
}
