/**
 * The assessment's name, for the titles of the printed notices: the text above the rubric's header
 * row (动力厂党委2023年度党建工作目标责任制考评细则), with the word for a rubric taken off its end.
 * A rubric without a title line gives '' and the notices carry their own title alone.
 */
import { cellText, type WorkbookInput } from './cells';
import { locateHeader, wholeSheet } from './find';
import type { Assessment } from './types';

/** 考评细则 reads 考评, 考核细则（月度） reads 考核（月度）: the word for a rubric goes, the rest stays. */
const RUBRIC_WORDS = /细则|\s*\brubric\b/gi;

export function assessmentTitle(a: Assessment, input: WorkbookInput): string {
  const name = a.roles.find((r) => r.role === 'rubric')?.sheets[0];
  const sheet = name === undefined ? undefined : input.sheets.find((s) => s.name === name && !s.owned);
  if (!sheet) return '';
  const view = wholeSheet(sheet);
  const header = locateHeader(view, 'rubric').headerRow;
  for (let r = 0; r < header; r++) {
    for (const cell of sheet.rows[r] ?? []) {
      const text = cellText(cell).trim();
      if (text !== '') return text.replace(RUBRIC_WORDS, '').trim().slice(0, 60);
    }
  }
  return '';
}
