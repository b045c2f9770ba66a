import { fingerprint } from './fingerprint';

test('a number fingerprints as Excel keeps it: 15 significant digits, large integers included', () => {
  // 9007199254740991 × 2, as a deduction of that many occurrences records it; Excel keeps 18014398509482000.
  expect(fingerprint([[18014398509481982]])).toBe(fingerprint([[18014398509482000]]));
  expect(fingerprint([[100 / 3]])).toBe(fingerprint([[33.3333333333333]]));
  // Below 10^15 an integer is exact, and a change to it is an edit.
  expect(fingerprint([[999999999999999]])).not.toBe(fingerprint([[999999999999998]]));
});
