/** Helpers for the xlsx tests: workbooks built with ExcelJS, parts of the zip read raw. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Report, ReportCell, ReportKey, ReportSheet } from '../../src/engine/types';

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function load(buf: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  return wb;
}

/** The raw XML of a worksheet, found by its name through workbook.xml and its relationships. */
export async function sheetXml(buf: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const sheet = new RegExp(`<(?:\\w+:)?sheet [^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`).exec(book);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rid = /r:id="([^"]+)"/.exec(sheet[0])![1];
  const rel = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(rels)![0];
  const target = /Target="([^"]+)"/.exec(rel)![1].replace(/^\/?(xl\/)?/, '');
  return zip.file('xl/' + target)!.async('string');
}

export async function workbookXml(buf: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return zip.file('xl/workbook.xml')!.async('string');
}

const t = (value: string | number | null, style?: ReportCell['style']): ReportCell => (style ? { value, style } : { value });

export function reportSheet(key: ReportKey, name: string, rows: ReportCell[][], extra: Partial<ReportSheet> = {}): ReportSheet {
  return {
    key,
    name,
    rows,
    widths: rows[0]?.map(() => 12) ?? [],
    freezeRows: 1,
    printTitleRows: [1, 1],
    pageBreaksBefore: [],
    landscape: true,
    centerHorizontally: true,
    numberFormat: '0.00',
    ...extra,
  };
}

/** A small report of the right shape, with hostile text in it. */
export function sampleReport(names: { totals: string; checks: string } = { totals: '结果-总分', checks: '结果-校验' }, hostile: readonly string[] = []): Report {
  const totals = reportSheet('totals', names.totals, [
    [t('期间', 'header'), t('单位', 'header'), t('总分', 'header'), t('排名', 'header'), t('标志', 'header')],
    [t('全年'), t('一支部'), t(95.5, 'number'), t(1, 'integer'), t('红旗', 'flagRed')],
    [t('全年'), t('二支部'), t(60, 'number'), t(2, 'integer'), t('预警', 'flagWarning')],
    [t('全年'), t('三支部'), t(0, 'vetoed'), t(3, 'integer'), t(null)],
    ...hostile.map((h, i) => [t('全年'), t(h), t(i, 'number'), t(i + 4, 'integer'), t(h, 'capNote')]),
  ]);
  const checks = reportSheet(
    'checks',
    names.checks,
    [
      [t('级别', 'header'), t('代码', 'header'), t('工作表', 'header'), t('单元格', 'header'), t('说明', 'header')],
      [t('错误', 'error'), t('BAD_NUMBER'), t('扣分记录'), t('E7'), t('扣分“两分”不是数字')],
      [t('警告', 'warning'), t('MISSING_REASON'), t('扣分记录'), t('F9'), t('缺少扣分原因')],
      [t('小计', 'subtotal'), t(null), t(null), t(null), t(3, 'subtotal')],
    ],
    { pageBreaksBefore: [3], printTitleRows: [1, 1] },
  );
  return { sheets: [totals, checks], renamed: [] };
}

export const HOSTILE = ['=SUM(A1)', '+1', '-x', '@x', '\tTAB', '\rCR', '=1+1\r\n换行', '_x0041_', 'ctl\u0001x', "'quoted", '=HYPERLINK("http://x","y")'];
