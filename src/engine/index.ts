/** The scoring engine: pure, host-free. Grids in; findings, results and result sheets out. */
export * from './cells';
export * from './types';
export { assess } from './assess';
export { buildReport } from './report';
export { toJson } from './json';
export { extraSettings, resultLanguage } from './sheet-keys';
export { makeFinding, messages } from './findings';
export { inputFingerprint, resultsOutOfDate } from './input-basis';
