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

export interface XlsxFigures {
  readonly ms: number;
  readonly exit: number;
  readonly inputMB: number;
  readonly outputMB: number;
}

/** `kaoping recalc` on a generated workbook, file in -> file out, timed from the command's start to its end. */
export async function benchXlsx(entries = 100_000, units = 1000): Promise<XlsxFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-bench-'));
  try {
    const input = path.join(dir, 'bench.xlsx');
    const output = path.join(dir, 'bench-结果.xlsx');
    fs.writeFileSync(input, await buildWorkbook(entries, units));
    const t = performance.now();
    const exit = await run(['recalc', input, '-o', output, '--lang', 'en', '--quiet']);
    const ms = performance.now() - t;
    const mb = (f: string) => fs.statSync(f).size / 1e6;
    return { ms, exit, inputMB: mb(input), outputMB: exit === 2 ? 0 : mb(output) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { entries: { type: 'string', default: '100000' }, units: { type: 'string', default: '1000' } } });
  const f = await benchXlsx(Number(values.entries), Number(values.units));
  const took = f.ms / 1000;
  process.stdout.write(
    `recalc file in -> file out: ${took.toFixed(1)} s (exit ${f.exit}, ${f.inputMB.toFixed(1)} MB in, ${f.outputMB.toFixed(1)} MB out); target < 20 s: ${took < 20 ? 'met' : 'MISSED'}\n`,
  );
  if (f.exit === 2) process.exitCode = 1;
}

// By id, not by identity: bundled (npm run bench:engine), an ES module's `module` is webpack's wrapper
// of its own entry in the module cache, which require.main is.
if (require.main?.id === module.id) {
  main().catch((e: unknown) => {
    process.stderr.write(`bench-xlsx: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
