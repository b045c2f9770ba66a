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
      const text = error instanceof KaopingError ? error.text[lang] : error instanceof Error ? error.message : String(error);
      await deps.report(lang === 'zh' ? `一键计算未完成：${text}` : `Calculate did not finish: ${text}`);
    } finally {
      running = false;
      event.completed();
    }
  };
}
