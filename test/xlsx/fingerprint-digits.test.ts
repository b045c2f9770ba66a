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
