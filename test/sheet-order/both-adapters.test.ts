/**
 * The same runs through both adapters give the same sheet tabs (docs/rules.md, "Where result sheets
 * stand"): `kaoping recalc` on the .xlsx, and the add-in's Office.js path on the in-memory Excel
 * (--host excel-sim). Between runs the clerk works on the saved file as anyone would: adds a
 * dashboard after the result sheets, takes the self-checks out of the log (结果-对照 goes), then puts
 * them back (结果-对照 comes back, among the result sheets, not after the dashboard).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sampleByKey } from '../../seeds';
import { recalcBytes } from '../../src/cli/pipeline';
import { recalcExcelSim } from '../../src/cli/excel-sim';
import { Progress } from '../../src/cli/progress';
import { sampleToXlsx } from '../../src/workbook/xlsx';

jest.setTimeout(240_000);
const quiet = new Progress({ out: () => undefined, err: () => undefined, env: {}, cwd: '/' }, 'zh', true);

type Host = 'xlsx' | 'excel-sim';

async function recalc(host: Host, bytes: Uint8Array): Promise<Buffer> {
  const run = host === 'xlsx' ? await recalcBytes(bytes, 'order.xlsx', 'zh', {}, quiet) : await recalcExcelSim(bytes, 'zh');
  if (!run.output) throw new Error(`${host}: the workbook was not scored`);
  return run.output;
}

/** The sheet tabs in order, as the workbook part lists them. */
async function tabs(bytes: Uint8Array): Promise<string[]> {
  const book = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
}

/** The clerk's edit, saved by a program other than Kaoping (ExcelJS here). */
async function edit(bytes: Uint8Array, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const SELF_CHECK_SHEETS = ['扣分记录', '来源设置'];
const isSelfCheck = (row: ExcelJS.Row): boolean => (row.values as unknown[]).some((v) => v === '自查');

/** Each stage's tabs, through one host. */
async function stages(host: Host): Promise<Record<string, string[]>> {
  const first = await recalc(host, await sampleToXlsx(sampleByKey('quarterly')!));
  const dashboard = await recalc(
    host,
    await edit(first, (wb) => wb.addWorksheet('领导看板').addRow(['一季度总分合计', { formula: "SUM('结果-总分'!H2:H9)" }])),
  );
  const kept = new Map<string, unknown[]>();
  const retired = await recalc(
    host,
    await edit(dashboard, (wb) => {
      for (const name of SELF_CHECK_SHEETS)
        wb.getWorksheet(name)?.eachRow((row, n) => {
          if (!isSelfCheck(row)) return;
          // row.values counts from 1: the cells from column A on.
          kept.set(`${name}!${n}`, (row.values as unknown[]).slice(1));
          row.values = [];
        });
    }),
  );
  expect(kept.size).toBeGreaterThan(0);
  const back = await edit(retired, (wb) => {
    for (const [at, values] of kept) {
        const [name, n] = at.split('!');
        wb.getWorksheet(name)!.getRow(Number(n)).values = values as ExcelJS.CellValue[];
      }
    });
  const restored = await recalc(host, back);
  return { first: await tabs(first), dashboard: await tabs(dashboard), retired: await tabs(retired), restored: await tabs(restored) };
}

describe('the sheet tabs after the same runs, in both adapters', () => {
  let xlsx: Record<string, string[]>;
  let sim: Record<string, string[]>;
  beforeAll(async () => {
    xlsx = await stages('xlsx');
    sim = await stages('excel-sim');
  });

  it('are the same at every stage', () => {
    expect(sim).toEqual(xlsx);
  });

  it('bring 结果-对照 back between 结果-扣分明细 and 结果-校验, before the clerk’s dashboard', () => {
    for (const order of [xlsx, sim]) {
      expect(order.first).toContain('结果-对照');
      expect(order.retired).toEqual(order.dashboard.filter((n) => n !== '结果-对照'));
      expect(order.restored).toEqual(order.dashboard);
      const at = order.restored.indexOf('结果-对照');
      expect(order.restored.slice(at - 1, at + 2)).toEqual(['结果-扣分明细', '结果-对照', '结果-校验']);
      expect(order.restored.indexOf('领导看板')).toBeGreaterThan(order.restored.indexOf('结果-趋势'));
      // The clerk's input sheets, then the result sheets together, as the first run put them.
      expect(order.dashboard.filter((n) => n !== '领导看板')).toEqual(order.first);
    }
  });
});
