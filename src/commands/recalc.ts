/**
 * The ribbon's 一键计算: calculates without opening the pane, then shows the rankings sheet (or the
 * checks sheet when there are errors). A second click while one runs does nothing.
 */
import type { Lang, RoleOverrides } from '../engine/types';
import { KaopingError } from '../workbook/errors';
import type { Progress } from '../workbook/port';

export interface CommandEvent {
  completed(): void;
}

export interface RecalcDeps {
  /** The one recalculation over the open workbook (src/app/recalc.ts). */
  readonly ops: { calculate(roles: RoleOverrides, lang: Lang, progress: Progress): Promise<unknown> };
  readonly lang: () => Lang;
  /** Tells the clerk that the calculation failed (a dialog in Excel). */
  readonly report: (message: string) => void | Promise<void>;
}

const UNEXPECTED: Record<Lang, string> = {
  zh: '出现了意外的问题。请再试一次；如仍出现，请打开考评助手窗格计算，或联系维护人员。',
  en: 'something unexpected went wrong. Try again; if it happens again, calculate from the Kaoping pane or contact whoever looks after Kaoping.',
};

export function makeRecalc(deps: RecalcDeps): (event: CommandEvent) => Promise<void> {
  let running = false;
  return async (event) => {
    if (running) {
      event.completed();
      return;
    }
    running = true;
    const lang = deps.lang();
    try {
      await deps.ops.calculate({}, lang, () => undefined);
    } catch (error) {
      console.error(error);
      // Kaoping's own words for a failure it knows; never an internal error's text (that goes to the console).
      const text = error instanceof KaopingError ? error.text[lang] : UNEXPECTED[lang];
      await deps.report(lang === 'zh' ? `一键计算未完成：${text}` : `Calculate did not finish: ${text}`);
    } finally {
      running = false;
      event.completed();
    }
  };
}
