/** The pane's operations over a workbook port and an Excel.run (real Excel, or the in-memory one). */
import type { KaopingOps } from '../ops';
import { selectCell } from './navigate';
import { calculate, check, type PipelineDeps } from './pipeline';
import { saveSettings } from './settingsSheet';
import { insertTemplate } from './template';

export function createExcelOps(deps: PipelineDeps): KaopingOps {
  return {
    check: (roles, progress) => check(deps, roles, progress),
    calculate: (roles, lang, progress) => calculate(deps, roles, lang, progress),
    select: (sheet, cell) => selectCell(deps.run, sheet, cell),
    saveSettings: (sheet, changes, lang) => saveSettings(deps.run, sheet, changes, lang),
    insertTemplate: (lang) => insertTemplate(deps.run, lang),
  };
}
