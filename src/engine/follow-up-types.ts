/** What comes after the ranking (contract sections 7 and 8): pay, the reward fund, rectification. */
import type { ItemId, PeriodLabel, UnitName, ZoneName } from './types';

/** One unit's money for a period, or for the composite (period null). Amounts are rounded to 金额小数位. */
export interface PayRow {
  readonly period: PeriodLabel | null;
  readonly unit: UnitName;
  readonly zone: ZoneName;
  /** The total as shown, and whether the unit passed and was vetoed, from the ranking. */
  readonly total: number;
  readonly passed: boolean;
  readonly vetoed: boolean;
  /** The unit's pay base, null without one. */
  readonly base: number | null;
  /** Null without a pay base or without 挂钩比例. */
  readonly fixed: number | null;
  readonly linked: number | null;
  readonly payable: number | null;
  /** Null where the period (or the composite) has no reward fund. */
  readonly fundShare: number | null;
}

export interface PayResult {
  /** 挂钩比例 as a share, null when not set. */
  readonly linkedShare: number | null;
  readonly moneyDecimals: number;
  /** The reward fund of each period that has one, and of the composite (period null); rounded. */
  readonly funds: ReadonlyArray<{ readonly period: PeriodLabel | null; readonly amount: number }>;
  /** Every unit in every period, then every unit for the composite (when there are two or more periods). */
  readonly rows: readonly PayRow[];
}

export type RectificationStatus = 'open' | 'inProgress' | 'done';

/** A recorded deduction, progressive or veto entry that cost something: a problem to put right. */
export interface Problem {
  readonly period: PeriodLabel;
  readonly unit: UnitName;
  readonly id: ItemId;
  readonly item: string;
  readonly reason: string;
  /** Points counted after caps (0 for a veto). */
  readonly counted: number;
  readonly vetoed: boolean;
  readonly responsible: string;
  /** The due date as 2024-03-31, '' when none. */
  readonly due: string;
  readonly status: RectificationStatus;
  readonly overdue: boolean;
  readonly sheet: string;
  readonly cell: string;
}

export interface RectificationCount {
  readonly unit: UnitName;
  readonly zone: ZoneName;
  readonly problems: number;
  readonly done: number;
  readonly inProgress: number;
  readonly open: number;
  readonly overdue: number;
}

export interface RectificationResult {
  /** 评定日期 as 2024-03-31. */
  readonly asOf: string;
  /** A row for every unit, zeros included, in the units' order. */
  readonly counts: readonly RectificationCount[];
  /** Every problem not done, in input order. */
  readonly open: readonly Problem[];
}
