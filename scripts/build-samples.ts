/**
 * Writes each sample workbook (seeds/*.ts) as seeds/<key>.xlsx, the files a clerk can open and try
 * `kaoping recalc` on. The output is stable: a file is rewritten only when its sample changed.
 *
 *   npm run samples
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SAMPLES } from '../seeds';
import { sampleToXlsx } from '../src/workbook/xlsx';
import { readZip, writeZip } from '../src/workbook/xlsx/ooxml/zip';

/** MS-DOS date of 2024-01-01, for every entry, so the zip does not change with the clock. */
const FIXED_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '../seeds');
  for (const sample of SAMPLES) {
    const bytes = writeZip(readZip(await sampleToXlsx(sample)).map((e) => ({ ...e, time: 0, date: FIXED_DATE })));
    const file = path.join(dir, `${sample.key}.xlsx`);
    const same = fs.existsSync(file) && fs.readFileSync(file).equals(bytes);
    if (!same) fs.writeFileSync(file, bytes);
    process.stdout.write(`${same ? 'unchanged' : 'wrote    '} ${path.relative(process.cwd(), file)} (${(bytes.length / 1024).toFixed(0)} KB)\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`build-samples: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
