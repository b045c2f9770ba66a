/**
 * The pane's state and actions: check on open, calculate, pick sheets, save settings, insert the
 * template, go to a finding's cell. Every workbook call goes through the injected operations; one
 * operation runs at a time, so a double click never writes the results twice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, Finding, Lang, Role, RoleOverrides } from '../../engine/types';
import type { ExtraSettings } from '../../engine/settings-extra';
import { KaopingError, type CalculateOutcome, type OnProgress, type SettingsEdit, type Stage } from '../ops';
import { useOps } from '../OpsContext';
import type { Strings } from '../strings';
import { RESULT_STRINGS } from '../strings-results';

export type Busy = 'checking' | 'calculating' | 'saving' | 'inserting';

export interface ProgressState {
  readonly stage: Stage;
  readonly done: number;
  readonly total: number;
}

export interface Notice {
  readonly intent: 'success' | 'warning' | 'error' | 'info';
  readonly render: (s: Strings, lang: Lang) => string;
}

export interface LastRun {
  readonly kind: 'check' | 'calculate';
  readonly ms: number;
  readonly written: readonly string[];
}

export interface PaneState {
  readonly busy: Busy | null;
  readonly progress: ProgressState | null;
  readonly assessment: Assessment | null;
  /** Findings the engine gives, plus those writing added. */
  readonly findings: readonly Finding[];
  readonly last: LastRun | null;
  readonly overrides: RoleOverrides;
  readonly notice: Notice | null;
  /** The result sheets were written from other settings or data than the workbook holds now. */
  readonly stale: boolean;
  /** A cell is being edited and the operation waits for the clerk to finish it. */
  readonly waiting: boolean;
  /** What the last calculation scored, to tell when the sheets' results are out of date. */
  readonly calculated: string | null;
  /** The settings sheet's words (结果语言, the sheet keys) as last read. */
  readonly words: ExtraSettings | null;
  /**
   * Result sheets the clerk edited by hand that the last calculation wrote beside (each with the
   * sheet it wrote instead): the pane asks whether to keep them or replace them.
   */
  readonly edited: ReadonlyArray<{ readonly sheet: string; readonly beside: string }>;
  /** The clerk asked to replace the edited sheets and the pane asks them to confirm. */
  readonly confirmReplace: boolean;
}

export interface PaneActions {
  calculate(): void;
  recheck(): void;
  /** A sheet name, null for "none", or undefined to detect again. */
  chooseSheet(role: Role, sheet: string | null | undefined): void;
  /** Writes the changed settings; with `recalculate`, then calculates as 一键计算 does. */
  saveSettings(changes: Partial<SettingsEdit>, recalculate?: boolean): void;
  insertTemplate(): void;
  goTo(finding: Finding): void;
  dismissNotice(): void;
  /** Stops waiting for a cell being edited. */
  cancel(): void;
  /** Keeps the edited result sheets as they are (the results stay beside them) and closes the question. */
  keepEdited(): void;
  /** Asks to confirm replacing the edited result sheets. */
  askReplace(): void;
  /** Steps back from the confirmation, to the question. */
  cancelReplace(): void;
  /** Calculates again, overwriting the edited result sheets (after the confirmation). */
  replaceEdited(): void;
}

const INITIAL: PaneState = {
  busy: null,
  progress: null,
  assessment: null,
  findings: [],
  last: null,
  overrides: {},
  notice: null,
  stale: false,
  waiting: false,
  calculated: null,
  words: null,
  edited: [],
  confirmReplace: false,
};

/** The settings-sheet field that keeps a role's sheet (the settings sheet itself is chosen in the pane only). */
const SHEET_FIELD: Partial<Record<Role, keyof SettingsEdit>> = {
  rubric: 'rubricSheet',
  categories: 'categoriesSheet',
  units: 'unitsSheet',
  entries: 'entriesSheet',
  scoreTable: 'scoreTableSheet',
  periods: 'periodsSheet',
};

/** What a calculation scored, as a key: equal keys mean equal results on the sheets. */
export function resultsKey(a: Assessment): string {
  return JSON.stringify([a.settings, a.periods, a.results, a.composite]);
}

/**
 * The message after 一键计算, as honest as the run: success; success with errors (the ranking is for
 * checking only, and how many errors left entries out); or nothing scored (only the checks written).
 */
export function outcomeNotice(a: Assessment, findings: readonly Finding[], written: readonly string[]): Notice {
  if (!a.scored) return { intent: 'error', render: (_s, lang) => RESULT_STRINGS[lang].outcomeNothing(written) };
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) return { intent: 'warning', render: (_s, lang) => RESULT_STRINGS[lang].outcomeErrors(errors, written) };
  return { intent: 'success', render: (_s, lang) => RESULT_STRINGS[lang].outcomeOk(written) };
}

/** Progress updates at most this often (ms), besides every change of stage and every finish. */
const PROGRESS_INTERVAL = 50;

/** A failure as the clerk reads it: Kaoping's own words, never an internal error's text (that goes to the console). */
export function errorNotice(error: unknown): Notice {
  if (error instanceof KaopingError) return { intent: 'error', render: (s, lang) => `${s.failed}: ${error.text[lang]}` };
  return { intent: 'error', render: (s) => `${s.failed}: ${s.unexpected}` };
}

/** The pane's state after 一键计算 (or 保存并重新计算): the outcome, and the question about edited sheets. */
function calculatedState(out: CalculateOutcome): Partial<PaneState> {
  const findings = [...out.assessment.findings, ...out.extra];
  return {
    assessment: out.assessment,
    findings,
    last: { kind: 'calculate', ms: out.ms, written: out.written },
    notice: outcomeNotice(out.assessment, findings, out.written),
    stale: false,
    calculated: resultsKey(out.assessment),
    edited: out.edited,
    confirmReplace: false,
  };
}

export function useKaoping(lang: Lang): [PaneState, PaneActions] {
  const ops = useOps();
  const [state, setState] = useState<PaneState>(INITIAL);
  const inFlight = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const langRef = useRef(lang);
  langRef.current = lang;

  /** Runs one operation at a time; a call while another runs is ignored. */
  const guarded = useCallback((busy: Busy, work: (progress: OnProgress) => Promise<Partial<PaneState>>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    let lastTick = 0;
    let lastStage: Stage | null = null;
    const progress: OnProgress = (stage, done, total) => {
      const now = Date.now();
      if (stage === lastStage && done < total && now - lastTick < PROGRESS_INTERVAL) return;
      lastTick = now;
      lastStage = stage;
      setState((s) => ({ ...s, progress: { stage, done, total } }));
    };
    // A check (also the one when the pane is looked at again) leaves the last message and question up.
    setState((s) => (busy === 'checking' ? { ...s, busy, progress: null } : { ...s, busy, progress: null, notice: null, edited: [], confirmReplace: false }));
    void (async () => {
      let patch: Partial<PaneState>;
      try {
        patch = await work(progress);
      } catch (error) {
        console.error(error);
        patch = { notice: errorNotice(error) };
      } finally {
        inFlight.current = false;
      }
      setState((s) => ({ ...s, ...patch, busy: null, progress: null, waiting: false }));
    })();
  }, []);

  const checkWith = useCallback(
    (overrides: RoleOverrides, busy: Busy = 'checking', before?: (p: OnProgress) => Promise<Notice | null>) =>
      guarded(busy, async (progress) => {
        const notice = before ? await before(progress) : null;
        const out = await ops.check(overrides, progress);
        const calculated = stateRef.current.calculated;
        return {
          assessment: out.assessment,
          findings: out.assessment.findings,
          last: { kind: 'check', ms: out.ms, written: [] },
          overrides,
          // A plain check (also when the pane is looked at again) leaves the last message up.
          ...(before ? { notice } : {}),
          // Out of date as the marker says (the fingerprint of the inputs the results on the sheets came
          // from, whoever wrote them: the pane, the ribbon, the command line); where it cannot say, when
          // the pane's own last calculation scored otherwise than a check does now.
          stale: out.stale ?? (calculated !== null && out.assessment.scored && resultsKey(out.assessment) !== calculated),
          words: out.words ?? null,
        };
      }),
    [guarded, ops],
  );

  useEffect(() => {
    checkWith({});
  }, [checkWith]);

  useEffect(() => ops.onEditWait?.((waiting) => setState((s) => ({ ...s, waiting }))), [ops]);

  // The ribbon's 一键计算 (or the clerk's typing) may have changed the workbook while the pane was
  // not looked at: read it again when the pane comes back into view or focus.
  useEffect(() => {
    let lastLook = Date.now();
    const look = () => {
      if (document.visibilityState !== 'visible' || inFlight.current || Date.now() - lastLook < 1500) return;
      lastLook = Date.now();
      checkWith(stateRef.current.overrides);
    };
    window.addEventListener('focus', look);
    document.addEventListener('visibilitychange', look);
    return () => {
      window.removeEventListener('focus', look);
      document.removeEventListener('visibilitychange', look);
    };
  }, [checkWith]);

  const actions: PaneActions = {
    calculate: () => guarded('calculating', async (progress) => calculatedState(await ops.calculate(stateRef.current.overrides, langRef.current, progress))),
    recheck: () => checkWith(stateRef.current.overrides),
    chooseSheet: (role, sheet) => {
      const current = stateRef.current;
      const field = SHEET_FIELD[role];
      if (!field) {
        // The settings sheet cannot name itself: this choice stays in the pane.
        const next: Record<string, string | null> = { ...current.overrides };
        if (sheet === undefined) delete next[role];
        else next[role] = sheet;
        checkWith(next as RoleOverrides);
        return;
      }
      // Kept in the settings sheet, where the ribbon and the command line read it too.
      const settingsSheet = current.assessment?.roles.find((r) => r.role === 'settings')?.sheets[0] ?? null;
      const { [role]: _dropped, ...others } = current.overrides;
      checkWith(others, 'saving', async () => {
        const saved = await ops.saveSettings(settingsSheet, { [field]: sheet === undefined ? '' : sheet }, langRef.current);
        return { intent: 'success', render: (s) => s.savedSettings(saved) };
      });
    },
    saveSettings: (changes, recalculate = false) => {
      const nothing = Object.keys(changes).length === 0;
      if (nothing && !recalculate) {
        setState((s) => ({ ...s, notice: { intent: 'info', render: (t) => t.nothingChanged } }));
        return;
      }
      const current = stateRef.current;
      const sheet = current.assessment?.roles.find((r) => r.role === 'settings')?.sheets[0] ?? null;
      if (recalculate) {
        guarded('calculating', async (progress) => {
          if (!nothing) await ops.saveSettings(sheet, changes, langRef.current);
          return calculatedState(await ops.calculate(current.overrides, langRef.current, progress));
        });
        return;
      }
      checkWith(current.overrides, 'saving', async () => {
        const saved = await ops.saveSettings(sheet, changes, langRef.current);
        return { intent: 'success', render: (s) => s.savedSettings(saved) };
      });
    },
    insertTemplate: () =>
      checkWith(stateRef.current.overrides, 'inserting', async () => {
        const { sheets, dropdowns } = await ops.insertTemplate(langRef.current);
        if (!dropdowns && sheets.length > 0) return { intent: 'info', render: (s) => s.insertedWithoutDropdowns(sheets) };
        return { intent: 'success', render: (s) => s.insertedTemplate(sheets) };
      }),
    goTo: (finding) => {
      ops.select(finding.sheet, finding.cell).catch((error: unknown) => {
        console.error(error);
        setState((s) => ({ ...s, notice: errorNotice(error) }));
      });
    },
    dismissNotice: () => setState((s) => ({ ...s, notice: null, edited: [], confirmReplace: false })),
    keepEdited: () => setState((s) => ({ ...s, edited: [], confirmReplace: false })),
    askReplace: () => setState((s) => ({ ...s, confirmReplace: true })),
    cancelReplace: () => setState((s) => ({ ...s, confirmReplace: false })),
    replaceEdited: () =>
      guarded('calculating', async (progress) =>
        calculatedState(await ops.calculate(stateRef.current.overrides, langRef.current, progress, { replaceEdited: true })),
      ),
    cancel: () => {
      ops.cancelWait?.();
      setState((s) => ({ ...s, waiting: false }));
    },
  };
  return [state, actions];
}
