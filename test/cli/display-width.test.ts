import { alignedTable, displayWidth, pad } from '../../src/cli/display-width';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['运行一支部', 10],
    ['Ａ１，', 6],
    ['1.10分', 6],
    ['e\u0301', 1],
    ['🚩', 2],
    ['“民法典”…', 9],
    ['a\ud83d', 2],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('counts curly quotes, the ellipsis, the dash and the middle dot wide when printed in a Chinese font', () => {
    expect(displayWidth('“民法典”…—·※', true)).toBe(18);
    expect(displayWidth('abc 一', true)).toBe(6);
  });

  it('pads and aligns mixed CJK and Latin text into straight columns', () => {
    expect(pad('一区', 6)).toBe('一区  ');
    expect(pad('9.5', 6, 'right')).toBe('   9.5');
    const lines = alignedTable(
      [
        ['名次', '单位', '总分'],
        ['1', '运行二支部', '103.00'],
        ['10', 'Unit A', '9.00'],
      ],
      new Set([0, 2]),
    );
    const ends = lines.map((l) => displayWidth(l));
    expect(new Set(ends).size).toBe(1);
    expect(lines[1]).toBe('   1  运行二支部  103.00');
  });
});
