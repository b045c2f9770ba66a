/** The engine's public types: what it finds, what it computes, and the result sheets it lays out. */
import type { FindingParams } from './findings';
import type { PayResult, RectificationResult } from './follow-up-types';

declare const brand: unique symbol;
/** A string that only the parser mints, so an item id is never passed where a unit name is meant. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
export type ItemId = Brand<string, 'ItemId'>;
export type UnitName = Brand<string, 'UnitName'>;
export type PeriodLabel = Brand<string, 'PeriodLabel'>;
export type ZoneName = Brand<string, 'ZoneName'>;

export type Lang = 'zh' | 'en';
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'MISSING_SHEET'
  | 'MISSING_COLUMN'
  | 'MISSING_ID'
  | 'DUPLICATE_ITEM_ID'
  | 'DUPLICATE_UNIT'
  | 'DUPLICATE_PERIOD'
  | 'BAD_NUMBER'
  | 'NEGATIVE_POINTS'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_ITEM'
  | 'UNKNOWN_PERIOD'
  | 'UNKNOWN_CATEGORY'
  | 'IGNORED_COLUMN'
  | 'OVER_CAP'
  | 'MISSING_REASON'
  | 'MISSING_SCORE'
  | 'CATEGORY_CAP_MISMATCH'
  | 'WEIGHTS_NOT_100'
  | 'BONUS_BELOW_THRESHOLD'
  | 'UNZONED_UNIT'
  | 'FORMULA_ERROR'
  | 'BAD_SETTING'
  | 'NO_UNITS'
  | 'OUTPUT_NAME_TAKEN'
  | 'EDITED_RESULT'
  | 'EDITED_REPLACED'
  | 'UNKNOWN_SOURCE'
  | 'UNKNOWN_STATUS'
  | 'RECTIFICATION_OVERDUE'
  | 'BAD_DATE'
  | 'PICTURE_IN_CELL';

export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** The sheet's name, or '' for the workbook as a whole. */
  readonly sheet: string;
  /** A1 address, or '' for the sheet alone. */
  readonly cell: string;
  /** The unit, rubric item id, period and category the finding concerns, where known. */
  readonly unit?: string;
  readonly item?: string;
  readonly period?: string;
  readonly category?: string;
  /** The message's key and its values (caps, amounts, names): what the message is made from. */
  readonly params: FindingParams;
  /** The message made from `params` (findings.ts), kept so every face can show it as it is. */
  readonly message: { readonly zh: string; readonly en: string };
}

export type Role = 'rubric' | 'categories' | 'units' | 'entries' | 'scoreTable' | 'periods' | 'sources' | 'settings';
export const ROLES: readonly Role[] = ['rubric', 'categories', 'units', 'entries', 'scoreTable', 'periods', 'sources', 'settings'];

export interface RoleChoice {
  readonly role: Role;
  /** The sheets taken for the role (several only for score tables); empty when none. */
  readonly sheets: readonly string[];
  /** Every input sheet the clerk may pick instead. */
  readonly candidates: readonly string[];
  readonly how: 'name' | 'table' | 'header' | 'chosen' | 'none';
}

/** The clerk's own choice of sheet per role: a sheet name, or null for "none". */
export type RoleOverrides = Partial<Record<Role, string | null>>;

export type ItemKind = 'deduct' | 'progressive' | 'score' | 'bonus' | 'veto' | 'scaled' | 'rate';

export interface Item {
  readonly id: ItemId;
  readonly category: string;
  readonly text: string;
  readonly kind: ItemKind;
  /** The item's cap (分值): the most it can lose, score or add. */
  readonly cap: number;
  readonly per?: number;
  /** 折合 items: the raw scale S an entry is scored on (折合基数, default 100). */
  readonly scale?: number;
  /** 达标率 items: the target rate T in percentage points (达标值). */
  readonly target?: number;
  readonly standard: string;
  readonly method: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface Category {
  readonly name: string;
  readonly cap: number;
  /** Weight as a fraction, when the scoring is weighted. */
  readonly weight?: number;
  readonly items: readonly Item[];
}

export interface Unit {
  readonly name: UnitName;
  readonly zone: ZoneName;
  readonly coefficient: number;
  readonly hasCoefficient: boolean;
}

export type RankingStyle = 'standard' | 'dense';

export interface Settings {
  readonly fullScore: number;
  readonly passLine: number;
  readonly bonusCap: number;
  readonly bonusThreshold: number;
  readonly ranking: RankingStyle;
  readonly topFlags: number;
  readonly bottomWarnings: number;
  readonly decimals: number;
  readonly weighted: boolean;
  /** 偏差提示: a compare total at least this far above the official one is flagged (section 6). */
  readonly compareAlert: number;
}

export type Flag = 'red' | 'warning' | null;

export interface Ranked {
  readonly rankInZone: number;
  readonly rankOverall: number;
  readonly flag: Flag;
}

export interface PeriodResult extends Ranked {
  readonly period: PeriodLabel;
  readonly unit: UnitName;
  readonly zone: ZoneName;
  /** Category name -> score, rounded, in rubric order. */
  readonly categories: Readonly<Record<string, number>>;
  readonly base: number;
  readonly bonus: number;
  readonly total: number;
  readonly coefficient: number;
  readonly rankScore: number;
  readonly vetoed: boolean;
  readonly passed: boolean;
  /** Zone rank in the previous period minus zone rank now (2 = up two places); null in the first period. */
  readonly rankChange: number | null;
}

export interface CompositeResult extends Ranked {
  readonly unit: UnitName;
  readonly zone: ZoneName;
  readonly total: number;
  readonly coefficient: number;
  readonly rankScore: number;
  readonly vetoed: boolean;
  readonly passed: boolean;
}

/** One recorded entry as it shows in the deduction summary of its unit. */
export interface DeductionLine {
  readonly period: PeriodLabel;
  readonly unit: UnitName;
  readonly id: ItemId;
  readonly category: string;
  readonly item: string;
  readonly kind: ItemKind;
  /** What the clerk recorded (points, score, or occurrences for a progressive item). */
  readonly recorded: number;
  /** What it counted for after caps: points lost, the score, or bonus points added. */
  readonly counted: number;
  /**
   * Set when a cap cut the entry: the item's cap, the category's pool, the bonus cap, or 'once' for
   * a bonus the same matter already earned at a higher value; and how many points it cut.
   */
  readonly capCut?: { readonly by: 'item' | 'category' | 'bonus' | 'once'; readonly points: number };
  readonly reason: string;
  readonly inspector: string;
  readonly date: string;
  readonly source: string;
  readonly sheet: string;
  readonly cell: string;
}

/** A unit's total by a compare source (对照) beside its official total, for one period (section 6). */
export interface CompareRow {
  readonly source: string;
  readonly period: PeriodLabel;
  readonly unit: UnitName;
  readonly zone: ZoneName;
  readonly official: number;
  readonly total: number;
  /** Compare total minus official total, both as shown. */
  readonly difference: number;
  /** 'high' when the difference is at least the 偏差提示 setting. */
  readonly flag: 'high' | null;
}

/** An item the scored sources found a loss on and the compare source did not (自查未发现). */
export interface MissedItem {
  readonly source: string;
  readonly period: PeriodLabel;
  readonly unit: UnitName;
  readonly id: ItemId;
  readonly item: string;
  /** The loss the scored sources counted, rounded. */
  readonly loss: number;
}

export interface CompareOutcome {
  /** The compare sources, in the sources sheet's order. */
  readonly sources: readonly string[];
  readonly rows: readonly CompareRow[];
  readonly missed: readonly MissedItem[];
}

export interface Assessment {
  /** False when nothing could be scored (no usable rubric, or no entries and no score table). */
  readonly scored: boolean;
  readonly roles: readonly RoleChoice[];
  readonly items: readonly Item[];
  /** Scored categories in rubric order. */
  readonly categories: readonly Category[];
  readonly units: readonly Unit[];
  readonly periods: readonly PeriodLabel[];
  readonly settings: Settings;
  readonly results: readonly PeriodResult[];
  readonly composite: readonly CompositeResult[];
  readonly lines: readonly DeductionLine[];
  readonly findings: readonly Finding[];
  readonly entryCount: number;
  /** Present when the sources sheet lists a compare source (对照). */
  readonly compare?: CompareOutcome;
  /** Pay and reward fund (section 7): only when 挂钩比例 or 奖励资金 is set. */
  readonly pay?: PayResult;
  /** Rectification (section 8): only when the entries have a 整改状态 or 整改期限 column. */
  readonly rectification?: RectificationResult;
}

/** How a result cell should look; the adapters map these to their own formats. */
export type CellStyle =
  | 'title'
  | 'header'
  | 'text'
  | 'number'
  | 'integer'
  | 'flagRed'
  | 'flagWarning'
  | 'vetoed'
  | 'subtotal'
  | 'capNote'
  | 'heading'
  | 'wrap'
  | 'center'
  | 'failed'
  | 'link'
  | 'strong'
  | 'rank'
  | 'error'
  | 'warning'
  | 'info'
  /** Money in 金额小数位 (section 7), its foot sums, and a rate shown as a percent. */
  | 'money'
  | 'moneyTotal'
  | 'percent';

export interface ReportCell {
  /** Text is always written as text, never as a formula. */
  readonly value: string | number | null;
  readonly style?: CellStyle;
  /** A link to a cell of the workbook (a finding's cell on the checks sheet). */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export type ReportKey = 'totals' | 'rankings' | 'deductions' | 'checks' | 'compare' | 'pay' | 'rectification' | 'trends';

export interface ReportSheet {
  readonly key: ReportKey;
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<ReportCell>>;
  /** Column widths in Excel character units. */
  readonly widths: readonly number[];
  /** Rows frozen at the top (the header row). */
  readonly freezeRows: number;
  /** 1-based rows repeated at the top of every printed page. */
  readonly printTitleRows: readonly [number, number];
  /** 1-based rows a printed page breaks before (one block per unit in the deductions sheet). */
  readonly pageBreaksBefore: readonly number[];
  /** Landscape for the wide tables; portrait for the notices (deductions, rankings) handed out or posted. */
  readonly landscape: boolean;
  /**
   * False when the table is too wide for its page at a readable size: it then prints across pages at
   * 100%, its first `printTitleColumns` columns repeated on each. Absent or true: fitted to the width.
   */
  readonly fitToWidth?: boolean;
  readonly printTitleColumns?: number;
  /**
   * Centred between the page's side margins when printed: every sheet one page wide (the notices and
   * the ranking fill about 60% of a portrait page, the pay tables a third of a landscape one). Not a
   * table printed across pages (`fitToWidth` false with `printTitleColumns`), whose pages would each
   * sit at a different place.
   */
  readonly centerHorizontally: boolean;
  /**
   * Each row's height in points, set so that wrapped text and Chinese characters show whole in every
   * program (LibreOffice and Excel do not grow a row for wrapped text written into a file).
   */
  readonly rowHeights?: readonly number[];
  /** Number format for 'number' cells, from the decimals setting: "0.00". */
  readonly numberFormat: string;
  /** Number format for 'money' cells, from 金额小数位: "0" or "0.00" (the pay sheet). */
  readonly moneyFormat?: string;
  /** Native charts over this sheet's cells (the trends sheet). */
  readonly charts?: readonly ReportChart[];
}

/**
 * A native chart over a block of the sheet's own cells (1-based rows, 0-based columns): categories
 * down one column, one series per value column (column chart) or one series per row (line chart).
 */
export interface ReportChart {
  /** A clustered bar chart (bars across, categories down the side) or a line chart with markers. */
  readonly kind: 'bar' | 'line';
  readonly title: string;
  /** Series run down columns (each value column a series) or across rows (each row a series). */
  readonly seriesIn: 'columns' | 'rows';
  /** The header row holding series names (columns) or category names (rows). */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** The column of category labels (columns) or series names (rows). */
  readonly labelCol: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** Where it is placed: top-left cell (0-based) and the cells it covers (rows × cols from there). */
  readonly anchor: { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };
}

export interface Report {
  readonly sheets: readonly ReportSheet[];
  /** The finding about an output name already taken by a clerk's sheet, if any (also on the checks sheet). */
  readonly renamed: readonly Finding[];
  /**
   * Result sheets this run does not write (结果-对照 without a compare source, 结果-兑现 once 挂钩比例
   * and 奖励资金 are gone, 结果-整改 without a status or due column): Kaoping's own earlier sheets for
   * these keys are stale and go, as earlier sheets for the keys it writes do, so no stale amounts stay.
   */
  readonly retired?: readonly ReportKey[];
  /**
   * Result sheets of Kaoping's that the clerk has edited and chose to have replaced (the pane's 替换,
   * the command line's --replace-edited): the adapters overwrite these as their own. Never a sheet
   * Kaoping did not write.
   */
  readonly overwrite?: readonly string[];
}

/** The --json shape of the contract's section 5. */
export interface JsonOutput {
  periods: string[];
  results: Array<{
    period: string;
    unit: string;
    zone: string;
    categories: Record<string, number>;
    base: number;
    bonus: number;
    total: number;
    coefficient: number;
    rankScore: number;
    vetoed: boolean;
    passed: boolean;
    rankInZone: number;
    rankOverall: number;
    flag: Flag;
    rankChange: number | null;
  }>;
  composite: Array<{
    unit: string;
    zone: string;
    total: number;
    rankScore: number;
    vetoed: boolean;
    passed: boolean;
    rankInZone: number;
    rankOverall: number;
    flag: Flag;
    rankChange: null;
  }>;
  issues: Array<{ severity: Severity; code: FindingCode; sheet: string; cell: string; message: string }>;
  /** Section 6: a row per compare source, period and unit with a compare total; empty without one. */
  compare: Array<{ source: string; period: string; unit: string; official: number; total: number; difference: number; flag: 'high' | null }>;
  pay: Array<{ period: string | null; unit: string; base: number | null; fixed: number | null; linked: number | null; payable: number | null; fundShare: number | null }>;
  rectification: Array<{ unit: string; problems: number; done: number; inProgress: number; open: number; overdue: number }>;
}
