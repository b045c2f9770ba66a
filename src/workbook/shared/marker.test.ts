import type { Cell } from '../../engine/cells';
import { fingerprint } from './fingerprint';
import { markerRows, parseBasis, parseMarker, splitEntries } from './marker';

const grid = (rows: ReadonlyArray<ReadonlyArray<string | number>>): Cell[][] => rows.map((r) => r.map((value) => ({ value })));

describe('the marker', () => {
  it('keeps the inputs’ fingerprint in a row of its own that no reader takes for a sheet', () => {
    const rows = markerRows([{ name: '结果-总分', key: 'totals', fingerprint: 'v2:1' }], 'in1:abc');
    expect(rows[rows.length - 1]).toEqual(['', 'inputs', 'in1:abc']);
    expect(parseMarker(grid(rows))).toEqual([{ name: '结果-总分', key: 'totals', fingerprint: 'v2:1' }]);
    expect(parseBasis(grid(rows))).toBe('in1:abc');
    expect(parseBasis(grid(markerRows([{ name: '结果-总分', key: 'totals', fingerprint: 'v2:1' }])))).toBeUndefined();
  });

  it('tells a listed sheet still as written from one the clerk edited, and forgets one that is gone', () => {
    const written = [['总分'], [90]];
    const print = fingerprint(written);
    const entries = ['结果-总分', '结果-排名', '结果-校验'].map((name) => ({ name, key: name, fingerprint: print }));
    const sheets = new Map<string, Cell[][]>([
      ['结果-总分', grid(written)],
      ['结果-排名', grid([['总分'], [91]])],
    ]);
    const split = splitEntries([...entries, entries[1]], (name) => sheets.get(name), '_kaoping');
    expect(split.owned.map((e) => e.name)).toEqual(['结果-总分']);
    expect(split.edited.map((e) => e.name)).toEqual(['结果-排名']);
  });

  it('takes a sheet listed twice (as it was and as it will be) as Kaoping’s when either fits', () => {
    const now = [['总分'], [90]];
    const entries = [
      { name: '结果-总分', key: 'totals', fingerprint: fingerprint([['总分'], [80]]) },
      { name: '结果-总分', key: 'totals', fingerprint: fingerprint(now) },
    ];
    const split = splitEntries(entries, () => grid(now), '_kaoping');
    expect(split.owned).toHaveLength(1);
    expect(split.edited).toEqual([]);
  });
});
