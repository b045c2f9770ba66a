/** The sample workbooks, the default (power-plant) first. */
import { DOUBLE_TEN } from './double-ten';
import { POWER_PLANT } from './power-plant';
import { QUARTERLY } from './quarterly';
import { STAFF_SAMPLE } from './staff';
import type { SampleWorkbook } from './types';
import { VILLAGES_SAMPLE } from './villages';

export type { SampleCell, SampleSheet, SampleValue, SampleWorkbook } from './types';
export { sampleToInput } from './to-input';

export const SAMPLES: readonly SampleWorkbook[] = [POWER_PLANT, DOUBLE_TEN, VILLAGES_SAMPLE, QUARTERLY, STAFF_SAMPLE];

export function sampleByKey(key: string): SampleWorkbook | undefined {
  const k = key.trim().toLowerCase();
  return SAMPLES.find((s) => s.key === k);
}
