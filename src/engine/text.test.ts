import { displayWidth, fold, isNoValue, readNumberText, readNumberValue, roundHalfAway } from './text';

describe('reading numbers written the way clerks write them', () => {
  it.each([
    ['5', 5],
    ['５', 5],
    ['０．５', 0.5],
    [' 2分 ', 2],
    ['3次', 3],
    ['30%', 0.3],
    ['３０％', 0.3],
    ['-1', -1],
    ['1,000', 1000],
    ['1,234,567.5', 1234567.5],
    ['１，２００', 1200],
    ['-12,000分', -12000],
    ['.5', 0.5],
  ])('%s reads as %d', (text, value) => {
    const r = readNumberText(text);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect(r.value).toBeCloseTo(value, 12);
  });

  // A comma elsewhere than between groups of three digits: a decimal comma (0,5 read as 5 would be
  // ten times the deduction) or a slip.
  it.each(['两分', 'abc', '1.2.3', '5分钟', '--1', 'NaN', 'Infinity', '0,5', '1,5', '1，5', '12,34', ',100', '1,000,00', '1000,000'])('%s is not a number', (text) => {
    expect(readNumberText(text).kind).toBe('bad');
  });

  it.each(['', '  ', '-', '—', '/', '－'])('%j means no value', (text) => {
    expect(readNumberText(text).kind).toBe('none');
    expect(isNoValue(text)).toBe(true);
  });

  it('an error value is reported as such, not as a bad number', () => {
    expect(readNumberValue({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });

  it('a percent is marked so settings can read it as a share of the full score', () => {
    expect(readNumberText('60%')).toEqual({ kind: 'number', value: 0.6, percent: true });
  });
});

describe('rounding half away from zero', () => {
  it.each([
    [2.675, 2, 2.68],
    [2.665, 2, 2.67],
    [-2.675, 2, -2.68],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.005, 2, 1.01],
    [93.125, 2, 93.13],
    [94.4999, 0, 94],
  ])('%d to %d places is %d', (x, d, want) => {
    expect(roundHalfAway(x, d)).toBe(want);
  });
});

describe('folding', () => {
  it('folds full-width letters, digits and spaces and trims', () => {
    expect(fold('　ＡＢ１．１０　')).toBe('AB1.10');
  });
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('一支部A')).toBe(7);
  });
});
