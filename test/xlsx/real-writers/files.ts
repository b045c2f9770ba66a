/**
 * The workbooks other programs wrote (generate.py): which program and which sample each file is, and
 * the sample as a pandas script holds it, which is what its export can be expected to read as.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sampleByKey, type SampleSheet, type SampleValue, type SampleWorkbook } from '../../../seeds';

export const DIR = __dirname;

export const WRITERS = ['openpyxl', 'openpyxl-text', 'xlsxwriter', 'pandas-index', 'pandas-noindex', 'pandas-xlsxwriter', 'gnumeric', 'libreoffice'] as const;
export type Writer = (typeof WRITERS)[number];

/** For a file pandas wrote, whether it wrote its index column first; undefined for the other programs. */
export function pandasIndex(writer: Writer): boolean | undefined {
  if (writer === 'pandas-index' || writer === 'pandas-xlsxwriter') return true;
  return writer === 'pandas-noindex' ? false : undefined;
}

export interface WrittenFile {
  readonly file: string;
  readonly writer: Writer;
  readonly sample: SampleWorkbook;
}

/** Every committed file, its writer and its sample read from its name (`<writer>-<sample>.xlsx`). */
export function writtenFiles(): WrittenFile[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((file) => {
      // The longest writer name first: pandas-index-… is not a sample called index-….
      const writer = [...WRITERS].sort((a, b) => b.length - a.length).find((w) => file.startsWith(`${w}-`));
      if (!writer) throw new Error(`${file}: the name does not start with the program that wrote it (${WRITERS.join(', ')})`);
      const key = file.slice(writer.length + 1, -'.xlsx'.length);
      const sample = sampleByKey(key);
      if (!sample) throw new Error(`${file}: no sample called ${key}`);
      return { file: path.join(DIR, file), writer, sample };
    });
}

/** The files versions.txt says generate.py wrote. */
export function listedFiles(): string[] {
  const text = fs.readFileSync(path.join(DIR, 'versions.txt'), 'utf8');
  return [...text.matchAll(/^\s+(\S+\.xlsx)$/gm)].map((m) => m[1]).sort();
}

const plain = (v: SampleValue): string | number | null => (typeof v === 'object' && v !== null ? (v.error ?? v.v) : v);

/** The row a pandas user takes as the header: the first with two or more cells (a title line above has one). */
function headerIndex(rows: SampleSheet['rows']): number {
  const i = rows.findIndex((row) => row.filter((c) => plain(c) !== null && plain(c) !== '').length >= 2);
  return Math.max(i, 0);
}

/**
 * A sample sheet as a DataFrame holds it: the header row and the rows under it, values only (no notes,
 * number formats, merges or title line), and with `index`, pandas's unnamed row-number column first.
 */
function asFrame(sheet: SampleSheet, index: boolean, reversed: boolean): SampleSheet {
  const [head, ...rows] = sheet.rows.slice(headerIndex(sheet.rows));
  const width = Math.max(head.length, ...rows.map((r) => r.length));
  const pad = (row: ReadonlyArray<SampleValue>) => Array.from({ length: width }, (_, c) => plain(row[c] ?? null));
  // Each row keeps its index (its place in the frame as built), also when the rows are written backwards.
  const body = rows.map((row, i) => (index ? [i, ...pad(row)] : pad(row)));
  if (reversed) body.reverse();
  return { name: sheet.name, rows: [index ? [null, ...pad(head)] : pad(head), ...body] };
}

/** The files whose score tables generate.py wrote last row first (df.iloc[::-1]). */
const TABLES_REVERSED = new Set(['pandas-index-double-ten.xlsx']);

export function asPandasFrames(file: WrittenFile, index: boolean): SampleWorkbook {
  const reversed = TABLES_REVERSED.has(path.basename(file.file));
  return { ...file.sample, sheets: file.sample.sheets.map((s) => asFrame(s, index, reversed && /扣分表|得分表/.test(s.name))) };
}
