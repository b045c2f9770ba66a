/** What both adapters agree on, tested once, and the Office.js adapter rendering the shared looks. */
import { POWER_PLANT } from '../../../seeds/power-plant';
import { assess, buildReport } from '../../engine';
import { cell } from '../../engine/cells';
import { ExcelPort } from '../excel/port';
import { fakeFromSample } from '../excel/testing';
import { fakeRun } from '../fake-excel/fake-run';
import { LOOKS } from './looks';
import { entryFor, markerRows, parseMarker, stillOwned } from './marker';
import { displayedNumber } from './number-format';
import { sheetNameKey } from './sheet-names';
import { charsToPoints, pointsToChars, STANDARD_WIDTH } from './width';

test('sheet names are the same name whatever their case, either fold joining them', () => {
  expect(sheetNameKey('Results-Totals')).toBe(sheetNameKey('RESULTS-totals'));
  expect(sheetNameKey('Straße')).toBe(sheetNameKey('STRASSE'));
  expect(sheetNameKey('结果-总分')).not.toBe(sheetNameKey('结果-总分 (2)'));
});

test('the marker lists what it is given, and knows its sheets until a value changes', () => {
  const input = { sheets: [] };
  const report = buildReport(assess(input), input, 'zh');
  const entries = report.sheets.map(entryFor);
  const grid = markerRows(entries).map((row) => row.map((v) => cell(v)));
  expect(parseMarker(grid)).toEqual(entries);
  const checks = report.sheets.find((s) => s.key === 'checks')!;
  const asRead = checks.rows.map((row) => row.map((c) => cell(c.value === '' ? null : c.value)));
  const entry = entries.find((e) => e.key === 'checks')!;
  expect(stillOwned(entry, asRead)).toBe(true);
  const edited = asRead.map((row, r) => (r === asRead.length - 1 ? [cell('改过'), ...row.slice(1)] : row));
  expect(stillOwned(entry, edited)).toBe(false);
  expect(stillOwned(entry, undefined)).toBe(false);
});

test('column widths in characters become points as Excel draws them (7 px a character, 5 px padding)', () => {
  expect(charsToPoints(10)).toBe(56.25);
  expect(charsToPoints(0)).toBe(3.75);
  // Back again for a file: Excel's default 48 pt is its 8.43 characters; nothing is narrower than 0.
  expect(pointsToChars(56.25)).toBe(10);
  expect(pointsToChars(STANDARD_WIDTH)).toBe(8.43);
  expect(pointsToChars(0)).toBe(0);
});

test('a number shows as its number format says, built-in dates as a Chinese Excel shows them', () => {
  expect(displayedNumber(1.1, '0.00')).toBe('1.10');
  expect(displayedNumber(45306, 'mm-dd-yy')).toBe('2024/1/15');
  expect(displayedNumber(42, undefined)).toBeUndefined();
});

test('the Office.js adapter renders the shared looks: the title at its size, headers filled, flags', async () => {
  const fake = fakeFromSample(POWER_PLANT);
  const port = new ExcelPort(fakeRun(fake), { sleep: () => Promise.resolve() });
  const input = await port.read();
  const report = buildReport(assess(input), input, 'zh');
  await port.write(report);
  const seen = new Set<string>();
  for (const sheet of report.sheets) {
    const model = fake.book.find(sheet.name)!;
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c.style) return;
        const look = LOOKS[c.style];
        seen.add(c.style);
        const fmt = model.cell(r, col)?.fmt ?? {};
        expect({ at: `${sheet.name}!${r},${col}`, bold: fmt.bold ?? false, size: fmt.size, fill: fmt.fill, color: fmt.color }).toEqual({
          at: `${sheet.name}!${r},${col}`,
          bold: look.bold ?? false,
          size: look.size,
          fill: look.fill && `#${look.fill}`,
          color: look.color && `#${look.color}`,
        });
      }),
    );
  }
  expect([...seen]).toEqual(expect.arrayContaining(['title', 'header', 'flagRed', 'subtotal']));
});
