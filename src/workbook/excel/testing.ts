/**
 * Test helpers: sample workbooks straight into the in-memory Excel (without an .xlsx in between, so
 * large ones build fast), a sample grown to any number of entries, and a snapshot of a sheet's cells.
 */
import type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from '../../../seeds/types';
import { parseA1 } from '../../engine/cells';
import { FakeExcel, type SheetModel } from '../fake-excel';
import { BookModel } from '../fake-excel/model';

function asCell(v: SampleValue): SampleCell {
  return v !== null && typeof v === 'object' ? v : { v };
}

export function fakeFromSample(sample: SampleWorkbook): FakeExcel {
  const book = new BookModel();
  for (const s of sample.sheets) {
    const sheet = book.add(s.name, 'test');
    s.rows.forEach((row, r) =>
      row.forEach((raw, c) => {
        const v = asCell(raw);
        if (v.note !== undefined) sheet.notes.set(r * 16_384 + c, { content: v.note, author: '', threaded: false });
        if ((v.v === null || v.v === '') && v.error === undefined && v.numFmt === undefined) return;
        const cell = sheet.ensure(r, c);
        cell.v = v.error !== undefined ? { error: v.error } : v.v === '' ? null : v.v;
        if (v.numFmt !== undefined) cell.nf = v.numFmt;
      }),
    );
    for (const m of s.merges ?? []) {
      const [a, b] = m.split(':').map(parseA1);
      if (a && b) sheet.merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  return new FakeExcel({ book });
}

/** The sample with its entries sheet grown (its own rows repeated) to `n` entries. */
export function withEntries(sample: SampleWorkbook, sheetName: string, n: number, edit?: (row: SampleValue[], i: number) => void): SampleWorkbook {
  const sheets = sample.sheets.map((s): SampleSheet => {
    if (s.name !== sheetName) return s;
    const [header, ...body] = s.rows;
    const rows: SampleValue[][] = [];
    for (let i = 0; i < n; i++) {
      const row = [...body[i % body.length]];
      edit?.(row, i);
      rows.push(row);
    }
    return { ...s, rows: [header, ...rows] };
  });
  return { ...sample, sheets };
}

/** Everything a clerk could see of a sheet, as plain data to compare. */
export function snapshot(sheet: SheetModel): unknown {
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      visibility: sheet.visibility,
      rows: sheet.rows,
      notes: [...sheet.notes],
      merges: sheet.merges,
      widths: [...sheet.widths],
      freeze: sheet.freezeRows,
    }),
  );
}
