/**
 * LibreOffice as a second reader of the result workbooks: where soffice is, and a workbook converted
 * by it, headless, with a profile of its own (so runs never share one).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

/** RFC 4180 CSV, as LibreOffice writes it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== '\r' || text[i + 1] !== '\n') field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

export function convert(soffice: string, file: string, to: string, outdir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-lo-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outdir, file], { stdio: 'pipe', timeout: 150_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Every sheet of a workbook as CSV (values as shown), through LibreOffice. */
export function viaLibreOffice(soffice: string, file: string): Map<string, string[][]> {
  const dir = path.dirname(file);
  // Fields: separator, quote, UTF-8, from line 1, -, -, -, -, values as shown, -, -, every sheet.
  convert(soffice, file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', dir);
  const base = path.basename(file, '.xlsx');
  const out = new Map<string, string[][]>();
  for (const f of fs.readdirSync(dir)) {
    if (f.startsWith(`${base}-`) && f.endsWith('.csv')) out.set(f.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  return out;
}

/**
 * LibreOffice's setting that recalculates every formula of an Excel 2007+ file on loading (Tools >
 * Options > Calc > Formula > Recalculation on file load: Always). By default it shows the values
 * cached in the file and does not heed the file's own fullCalcOnLoad.
 */
const RECALC_ON_LOAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n';

/**
 * Converts many files in one LibreOffice start (each start costs seconds); with `recalculate`, every
 * formula is calculated on loading, as Excel does for a file marked fullCalcOnLoad.
 */
export function convertAll(soffice: string, files: readonly string[], to: string, outdir: string, options: { recalculate?: boolean } = {}): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-lo-'));
  try {
    if (options.recalculate) {
      fs.mkdirSync(path.join(profile, 'user'));
      fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    }
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 300_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice's CSV filter: values as shown, UTF-8, every sheet to a file of its own (name-Sheet.csv). */
export const CSV_EVERY_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** What a recalculation wrote: the file's bytes and the report its result sheets came from. */
export interface WrittenResult {
  readonly output: Uint8Array;
  readonly report: { readonly sheets: ReadonlyArray<{ readonly key: string; readonly name: string }> };
}

/**
 * Each result written into `dir` under its file name, all converted to CSV in one LibreOffice start,
 * and each file's totals sheet read back as LibreOffice shows it: a column's values by header.
 */
export function totalsReadBack(soffice: string, dir: string, results: ReadonlyArray<readonly [file: string, result: WrittenResult]>): Map<string, (header: string) => string[]> {
  const files = results.map(([file, r]) => {
    const at = path.join(dir, file);
    fs.writeFileSync(at, r.output);
    return at;
  });
  convertAll(soffice, files, CSV_EVERY_SHEET, dir);
  const read = new Map<string, (header: string) => string[]>();
  for (const [file, r] of results) {
    const sheet = r.report.sheets.find((s) => s.key === 'totals')!.name;
    const csv = path.join(dir, `${path.basename(file, path.extname(file))}-${sheet}.csv`);
    if (!fs.existsSync(csv)) throw new Error(`LibreOffice wrote no ${path.basename(csv)} for ${file}`);
    const [head, ...rows] = parseCsv(fs.readFileSync(csv, 'utf8'));
    const filled = rows.filter((row) => row.some((c) => c !== ''));
    read.set(file, (header) => {
      const i = head.indexOf(header);
      if (i < 0) throw new Error(`${file}: the totals sheet has no ${header} column`);
      return filled.map((row) => row[i]);
    });
  }
  return read;
}

/** Where LibreOffice is missing and KAOPING_SKIP_LIBREOFFICE=1, its checks are skipped; else they run. */
const SKIP_LIBREOFFICE = process.env.KAOPING_SKIP_LIBREOFFICE === '1';

/**
 * A describe block of checks through LibreOffice: skipped with the reason where it is missing and
 * KAOPING_SKIP_LIBREOFFICE=1, failing with what to install where it is missing otherwise. `lo()`,
 * called inside a test, gives soffice and a scratch folder of the block's own, removed after it.
 */
export function describeInLibreOffice(title: string, body: (lo: () => { soffice: string; dir: string }) => void): void {
  describe(title, () => {
    const soffice = findSoffice();
    if (!soffice && SKIP_LIBREOFFICE) {
      it.skip('LibreOffice is not installed and KAOPING_SKIP_LIBREOFFICE=1', () => undefined);
      return;
    }
    let dir = '';
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-lo-checks-'));
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    body(() => {
      if (!soffice) throw new Error('LibreOffice (soffice) is missing: install libreoffice-calc-nogui, or set KAOPING_SKIP_LIBREOFFICE=1');
      return { soffice, dir };
    });
  });
}
