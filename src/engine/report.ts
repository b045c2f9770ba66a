import type { WorkbookInput } from './cells';
import type { Assessment, Lang, Report } from './types';

/** Lays out the four result sheets. Names taken by a clerk's own sheets are avoided (with a finding). */
export function buildReport(_a: Assessment, _input: WorkbookInput, _lang: Lang): Report {
  throw new Error('engine under construction');
}
