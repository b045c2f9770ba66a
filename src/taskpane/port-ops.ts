/**
 * The pane's operations over a workbook open in a window: the one recalculation (src/app/recalc.ts)
 * for check and 一键计算, and the port's own show, settings and template. Nothing here knows Office.js.
 */
import { recalc } from '../app/recalc';
import type { LiveWorkbookPort } from '../workbook/port';
import type { KaopingOps } from './ops';

/** Lets the browser paint the progress bar between stages that run without awaiting anything. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function portOps(port: LiveWorkbookPort): KaopingOps {
  return {
    check: (roles, progress) => recalc(port, { lang: 'zh', roles, progress, write: 'never', pause: breathe }),
    calculate: (roles, lang, progress) => recalc(port, { lang, roles, progress, write: 'always', pause: breathe }),
    select: (sheet, cell) => port.show(sheet, cell),
    saveSettings: (sheet, changes, lang) => port.saveSettings(sheet, changes, lang),
    insertTemplate: (lang) => port.insertTemplate(lang),
  };
}
