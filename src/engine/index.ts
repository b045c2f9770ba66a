/** The scoring engine: pure, host-free. Grids in; findings, results and result sheets out. */
export * from './cells';
export * from './types';
export { assess } from './assess';
export { buildReport } from './report';
export { toJson } from './json';
export { makeFinding, messages } from './findings';
