/** Fingerprints survive Excel's 15 significant digits, and markers written before still match. */
import { fingerprint, matchesFingerprint } from '../../src/workbook/shared/fingerprint';

const written = [['单位', '总分'], ['一支部', 100 / 3], ['二支部', 95]];
// What Excel hands back: the same numbers at 15 significant digits.
const readBack = [['单位', '总分'], ['一支部', 33.3333333333333], ['二支部', 95]];

test('a sheet written with long numbers and read back from Excel has the same fingerprint', () => {
  expect(fingerprint(readBack)).toBe(fingerprint(written));
  expect(matchesFingerprint(readBack, fingerprint(written))).toBe(true);
});

test('a changed value still changes it', () => {
  expect(matchesFingerprint([['单位', '总分'], ['一支部', 33.3333333333334], ['二支部', 95]], fingerprint(written))).toBe(false);
});

test('an entry in the earlier scheme (v1) is checked the way it was made', () => {
  const v1 = fingerprint(written, 'v1');
  expect(v1.startsWith('v1:')).toBe(true);
  expect(fingerprint(written).startsWith('v2:')).toBe(true);
  expect(matchesFingerprint(written, v1)).toBe(true);
  expect(matchesFingerprint(readBack, v1)).toBe(false);
});

test('a whole number past 15 digits, read back from Excel at 15, has the same fingerprint', () => {
  const huge = [['单位', '总分'], ['一支部', Number.MAX_SAFE_INTEGER]];
  expect(matchesFingerprint([['单位', '总分'], ['一支部', 9007199254740990]], fingerprint(huge))).toBe(true);
  expect(matchesFingerprint([['单位', '总分'], ['一支部', 9007199254740000]], fingerprint(huge))).toBe(false);
  // Below 1e15 a whole number has 15 digits or fewer, and stays as it is.
  expect(matchesFingerprint([['单位', '总分'], ['一支部', 999999999999998]], fingerprint([['单位', '总分'], ['一支部', 999999999999999]]))).toBe(false);
});

test('an entry written before v2 rounded whole numbers still matches the values it was taken of', () => {
  // The v2 fingerprint of this grid when whole numbers were written as String(n).
  const huge = [['单位', '总分'], ['一支部', Number.MAX_SAFE_INTEGER]];
  const earlier = 'v2:3c2752083f2ea132';
  expect(matchesFingerprint(huge, earlier)).toBe(true);
  expect(matchesFingerprint([['单位', '总分'], ['一支部', 9007199254740990]], earlier)).toBe(false);
});
