/**
 * The pane's state and actions: check on open, calculate, pick sheets, save settings, insert the
 * template, go to a finding's cell. Every workbook call goes through the injected operations; one
 * operation runs at a time, so a double click never writes the results twice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, Finding, Lang, Role, RoleOverrides } from '../../engine/types';
import { KaopingError, type OnProgress, type SettingsEdit, type Stage } from '../ops';
import { useOps } from '../OpsContext';
import type { Strings } from '../strings';

export type Busy = 'checking' | 'calculating' | 'saving' | 'inserting';

export interface ProgressState {
  readonly stage: Stage;
  readonly done: number;
  readonly total: number;
}

export interface Notice {
  readonly intent: 'success' | 'error' | 'info';
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
}

export interface PaneActions {
  calculate(): void;
  recheck(): void;
  /** A sheet name, null for "none", or undefined to detect again. */
  chooseSheet(role: Role, sheet: string | null | undefined): void;
  saveSettings(changes: Partial<SettingsEdit>): void;
  insertTemplate(): void;
  goTo(finding: Finding): void;
  dismissNotice(): void;
}

const INITIAL: PaneState = {
  busy: null,
  progress: null,
  assessment: null,
  findings: [],
  last: null,
  overrides: {},
  notice: null,
};

/** Progress updates at most this often (ms), besides every change of stage and every finish. */
const PROGRESS_INTERVAL = 50;

export function errorNotice(error: unknown): Notice {
  if (error instanceof KaopingError) return { intent: 'error', render: (s, lang) => `${s.failed}: ${error.text[lang]}` };
  const message = error instanceof Error ? error.message : String(error);
  return { intent: 'error', render: (s) => `${s.failed}: ${message}` };
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
    setState((s) => ({ ...s, busy, progress: null, notice: null }));
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
      setState((s) => ({ ...s, ...patch, busy: null, progress: null }));
    })();
  }, []);

  const checkWith = useCallback(
    (overrides: RoleOverrides, busy: Busy = 'checking', before?: (p: OnProgress) => Promise<Notice | null>) =>
      guarded(busy, async (progress) => {
        const notice = before ? await before(progress) : null;
        const out = await ops.check(overrides, progress);
        return {
          assessment: out.assessment,
          findings: out.assessment.findings,
          last: { kind: 'check', ms: out.ms, written: [] },
          overrides,
          notice,
        };
      }),
    [guarded, ops],
  );

  useEffect(() => {
    checkWith({});
  }, [checkWith]);

  const actions: PaneActions = {
    calculate: () =>
      guarded('calculating', async (progress) => {
        const out = await ops.calculate(stateRef.current.overrides, langRef.current, progress);
        const written = out.written;
        return {
          assessment: out.assessment,
          findings: [...out.assessment.findings, ...out.extra],
          last: { kind: 'calculate', ms: out.ms, written },
          notice: { intent: 'success', render: (s) => s.written(written) },
        };
      }),
    recheck: () => checkWith(stateRef.current.overrides),
    chooseSheet: (role, sheet) => {
      const next: Record<string, string | null> = { ...stateRef.current.overrides };
      if (sheet === undefined) delete next[role];
      else next[role] = sheet;
      checkWith(next as RoleOverrides);
    },
    saveSettings: (changes) => {
      if (Object.keys(changes).length === 0) {
        setState((s) => ({ ...s, notice: { intent: 'info', render: (t) => t.nothingChanged } }));
        return;
      }
      const current = stateRef.current;
      const sheet = current.assessment?.roles.find((r) => r.role === 'settings')?.sheets[0] ?? null;
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
    dismissNotice: () => setState((s) => ({ ...s, notice: null })),
  };
  return [state, actions];
}
