import { withoutMidnight } from './dates';

describe('a date shown with the time of day', () => {
  it.each([
    ['pandas’s date at midnight', '2021-03-31 00:00:00', 44286, '2021-03-31'],
    ['without seconds', '2021/3/31 0:00', 44286, '2021/3/31'],
    ['with fractions of a second', '2021-03-31 00:00:00.000', 44286, '2021-03-31'],
    ['a real time of day', '2021-03-31 09:30:00', 44286.3958333, '2021-03-31 09:30:00'],
    ['a time shown but the serial not a whole day', '2021-03-31 00:00:00', 44286.0001, '2021-03-31 00:00:00'],
    ['a date alone', '2021-03-31', 44286, '2021-03-31'],
  ])('%s', (_, text, value, shown) => {
    expect(withoutMidnight(text, { value, text })).toBe(shown);
  });

  it('leaves text typed with a time as the clerk typed it', () => {
    expect(withoutMidnight('2021-03-31 00:00:00', { value: '2021-03-31 00:00:00' })).toBe('2021-03-31 00:00:00');
    expect(withoutMidnight('', undefined)).toBe('');
  });
});
