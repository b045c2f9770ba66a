/**
 * The command line's recalc path on a large workbook, file in -> file out: a 100,000-row entries log
 * and 1,000 units. Prints the time of each stage and the total (target: under 20 s). Not a test.
 *
 *   npm run bench:xlsx [-- --entries 100000 --units 1000]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { run } from '../src/cli/main';
import { benchRows } from './bench-data';

async function buildWorkbook(entries: number, units: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(benchRows({ units, items: 60, periods: 4, entries }))) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entries: { type: 'string', default: '100000' }, units: { type: 'string', default: '1000' } } });
  const entries = Number(values.entries);
  const units = Number(values.units);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bench-'));
  try {
    const input = path.join(dir, 'bench.xlsx');
    const output = path.join(dir, 'bench-结果.xlsx');
    let t = Date.now();
    fs.writeFileSync(input, await buildWorkbook(entries, units));
    const size = (f: string) => `${(fs.statSync(f).size / 1e6).toFixed(1)} MB`;
    process.stderr.write(`built ${entries.toLocaleString('en-US')} entries, ${units.toLocaleString('en-US')} units: ${size(input)} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);

    t = Date.now();
    const code = await run(['recalc', input, '-o', output, '--lang', 'en']);
    const took = (Date.now() - t) / 1000;
    process.stdout.write(`recalc file in -> file out: ${took.toFixed(1)} s (exit ${code}, output ${size(output)}); target < 20 s: ${took < 20 ? 'met' : 'MISSED'}\n`);
    if (code === 2) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench-xlsx: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
