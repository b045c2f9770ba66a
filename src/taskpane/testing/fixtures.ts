/**
 * Typed fake assessments and operations for the pane's component tests: the pane is exercised
 * without Excel and without the engine.
 */
import type {
  Assessment,
  Finding,
  PeriodLabel,
  Role,
  RoleChoice,
  Unit,
  UnitName,
  ZoneName,
} from '../../engine/types';
import { makeFinding, messages } from '../../engine';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { ROLES } from '../../engine/types';
import type { CalculateOutcome, CheckOutcome, KaopingOps } from '../ops';

export { DEFAULT_SETTINGS };

const FOUND: Partial<Record<Role, string>> = {
  rubric: '考评细则',
  units: '考评单位',
  entries: '扣分记录',
  settings: '考评设置',
};

export function roleChoices(found: Partial<Record<Role, string>> = FOUND): RoleChoice[] {
  const sheets = Object.values(found);
  return ROLES.map((role) => {
    const sheet = found[role];
    return { role, sheets: sheet ? [sheet] : [], candidates: sheets, how: sheet ? 'name' : 'none' };
  });
}

export function finding(
  severity: Finding['severity'],
  code: Finding['code'],
  sheet: string,
  cell: string,
  zh: string,
  en = zh,
): Finding {
  return makeFinding(code, sheet, cell, messages.text(zh, en), {}, severity);
}

function units(names: readonly string[]): Unit[] {
  return names.map((name) => ({
    name: name as UnitName,
    zone: '一区' as ZoneName,
    coefficient: 1,
    hasCoefficient: false,
  }));
}

export function fakeAssessment(over: Partial<Assessment> = {}): Assessment {
  return {
    scored: true,
    roles: roleChoices(),
    items: [],
    categories: [],
    units: units(['一支部', '二支部', '三支部']),
    periods: ['2023-Q1', '2023-Q2'] as PeriodLabel[],
    settings: DEFAULT_SETTINGS,
    results: [],
    composite: [],
    lines: [],
    findings: [],
    entryCount: 12,
    ...over,
  };
}

export const NO_RUBRIC: Assessment = fakeAssessment({
  scored: false,
  roles: roleChoices({ entries: '扣分记录' }),
  units: [],
  periods: [],
  findings: [finding('error', 'MISSING_SHEET', '', '', '没有找到考评细则表。', 'No rubric sheet was found.')],
});

export const WITH_ERRORS: Assessment = fakeAssessment({
  findings: [
    finding('error', 'UNKNOWN_ITEM', '扣分记录', 'C7', '编号 9.9 不在细则中。', 'Id 9.9 is not in the rubric.'),
    finding('error', 'BAD_NUMBER', '扣分记录', 'D9', '“两分”不是数字。', '"两分" is not a number.'),
    finding('warning', 'MISSING_REASON', '扣分记录', 'E4', '扣分没有写原因。', 'The deduction gives no reason.'),
    finding('info', 'BONUS_BELOW_THRESHOLD', '考评细则', '', '加分未计入。', 'Bonus not counted.'),
  ],
});

export const RESULT_SHEETS = ['结果-总分', '结果-排名', '结果-扣分明细', '结果-校验'];

/** A promise with its resolve and reject, for holding an operation in flight. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

type Present<T> = { [K in keyof T]-?: NonNullable<T[K]> };
export type FakeOps = { [K in keyof KaopingOps]-?: jest.Mock<ReturnType<Present<KaopingOps>[K]>, Parameters<Present<KaopingOps>[K]>> } & {
  /** Tells the pane a wait for a cell being edited started (true) or ended (false). */
  editWait(waiting: boolean): void;
};

export function fakeOps(assessment: Assessment = fakeAssessment(), over: Partial<KaopingOps> = {}): FakeOps {
  const checked: CheckOutcome = { assessment, ms: 230 };
  const calculated: CalculateOutcome = { input: { sheets: [] }, assessment, ms: 1500, written: RESULT_SHEETS, extra: [], shown: '结果-排名', stale: false, edited: [] };
  const listeners = new Set<(waiting: boolean) => void>();
  return {
    editWait: (waiting) => listeners.forEach((l) => l(waiting)),
    onEditWait: jest.fn((listener: (waiting: boolean) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    cancelWait: jest.fn(() => listeners.forEach((l) => l(false))),
    check: jest.fn(over.check ?? (async () => checked)),
    calculate: jest.fn(over.calculate ?? (async () => calculated)),
    select: jest.fn(over.select ?? (async () => undefined)),
    saveSettings: jest.fn(over.saveSettings ?? (async () => '考评设置')),
    insertTemplate: jest.fn(over.insertTemplate ?? (async () => ({ sheets: ['考评细则', '考评单位'], dropdowns: true }))),
  };
}
