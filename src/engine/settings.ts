/** The settings in force: what the settings sheet says, else the contract's defaults (section 3). */
import { messages, type Findings } from './findings';
import type { RawSettings } from './parse-tables';
import { clean } from './text';
import type { Settings } from './types';

/** The settings when a workbook has no settings sheet and a full score of 100. */
export const DEFAULT_SETTINGS: Settings = {
  fullScore: 100,
  passLine: 60,
  bonusCap: 10,
  bonusThreshold: 60,
  ranking: 'standard',
  topFlags: 3,
  bottomWarnings: 0,
  decimals: 2,
  weighted: false,
  compareAlert: 5,
};

/** Settings with their defaults, once the full score is known (contract section 3, step 3). */
export function resolveSettings(raw: RawSettings, capSum: number, weighted: boolean, sheet: string, findings: Findings): Settings {
  const sumCaps = clean(capSum);
  const fullScore = raw.fullScore ?? (weighted ? 100 : sumCaps > 0 ? sumCaps : 100);
  if (!weighted && raw.fullScore !== undefined && sumCaps > 0 && Math.abs(sumCaps - fullScore) > 1e-9) {
    findings.add('CATEGORY_CAP_MISMATCH', sheet, raw.cells?.fullScore ?? '', messages.capMismatch(sumCaps, fullScore));
  }
  const points = (v: { value: number; percent: boolean } | undefined, dflt: number): number =>
    v === undefined ? dflt : clean(v.percent ? v.value * fullScore : v.value);
  const passLine = points(raw.passLine, clean(0.6 * fullScore));
  return {
    fullScore,
    passLine,
    bonusCap: points(raw.bonusCap, clean(0.1 * fullScore)),
    bonusThreshold: points(raw.bonusThreshold, passLine),
    ranking: raw.ranking ?? 'standard',
    topFlags: raw.topFlags ?? 3,
    bottomWarnings: raw.bottomWarnings ?? 0,
    decimals: raw.decimals ?? 2,
    weighted,
    compareAlert: points(raw.compareAlert, clean(0.05 * fullScore)),
  };
}

