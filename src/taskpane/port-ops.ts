/**
 * The pane's operations over a workbook open in a window: the one recalculation (src/app/recalc.ts)
 * for check and 一键计算, and the port's own show, settings and template. Nothing here knows Office.js.
 */
import { recalc } from '../app/recalc';
import { extraSettings } from '../engine';
import type { EditWait } from '../workbook/edit-wait';
import type { LiveWorkbookPort } from '../workbook/port';
import type { KaopingOps } from './ops';

/** Lets the browser paint the progress bar between stages that run without awaiting anything. */
function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function portOps(port: LiveWorkbookPort, wait?: EditWait): KaopingOps {
  return {
    onEditWait: (listener) => wait?.listen(listener) ?? (() => undefined),
    cancelWait: () => wait?.cancel(),
    check: async (roles, progress) => {
      const r = await recalc(port, { lang: 'zh', roles, progress, write: 'never', pause: breathe });
      return { ...r, words: extraSettings(r.input, roles) };
    },
    calculate: (roles, lang, progress, options) =>
      recalc(port, { lang, roles, progress, write: 'always', pause: breathe, keepLanguage: true, replaceEdited: options?.replaceEdited === true }),
    select: (sheet, cell) => port.show(sheet, cell),
    saveSettings: (sheet, changes, lang) => port.saveSettings(sheet, changes, lang),
    insertTemplate: (lang) => port.insertTemplate(lang),
  };
}
