/**
 * Test helpers: sample workbooks straight into the in-memory Excel (without an .xlsx in between, so
 * large ones build fast), a sample grown to any number of entries, and a snapshot of a sheet's cells.
 */
import type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from '../../../seeds/types';
import { parseA1 } from '../../engine/cells';
import { ApplicationModel, FakeExcel, SheetModel } from '../fake-excel';
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

/** A separate copy of an in-memory Excel's workbook, to start many tests from one state cheaply. */
export function cloneFake(fake: FakeExcel): FakeExcel {
  const book = new BookModel();
  book.structureProtected = fake.book.structureProtected;
  book.cellEditMode = fake.book.cellEditMode;
  book.date1904 = fake.book.date1904;
  book.sheets = fake.book.sheets.map((s) => {
    const c = new SheetModel(s.name);
    c.visibility = s.visibility;
    c.protected = s.protected;
    c.rows = s.rows.map((row) => row?.map((cell) => (cell ? { ...cell } : undefined)));
    for (const [k, v] of s.widths) c.widths.set(k, v);
    for (const r of s.hiddenRows) c.hiddenRows.add(r);
    c.merges = s.merges.map((m) => ({ ...m }));
    for (const [k, v] of s.notes) c.notes.set(k, { ...v });
    c.tables = s.tables.map((t) => ({ ...t, rect: { ...t.rect } }));
    c.freezeRows = s.freezeRows;
    c.orientation = s.orientation;
    c.printTitleRows = s.printTitleRows;
    c.pageBreaks = [...s.pageBreaks];
    return c;
  });
  book.references = fake.book.references.map((r) => ({ ...r }));
  const active = fake.book.active();
  const index = active ? fake.book.sheets.indexOf(active) : -1;
  if (index >= 0) book.activate(book.sheets[index], 'test');
  const application = new ApplicationModel();
  application.calculationMode = fake.application.calculationMode;
  return new FakeExcel({ book, limits: fake.limits, application, profile: fake.profile });
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
