/** The units, periods and settings sheets. */
import { a1 } from './cells';
import { isExtraSettingKey } from './settings-extra';
import type { GridView } from './find';
import { messages, type Findings } from './findings';
import { columnName, requireTable, rowIsBlank, TableReader } from './read';
import { readDate } from './dates';
import { isAmount } from './money';
import { matchKey, readNumber } from './text';
import type { PeriodLabel, RankingStyle, Unit, UnitName, ZoneName } from './types';

export const ZONE_ALL = '全部' as ZoneName;
export const ZONE_NONE = '未分区' as ZoneName;
export const PERIOD_ALL = '全年' as PeriodLabel;

export interface UnitRow extends Unit {
  readonly sheet: string;
  readonly cell: string;
  /** 挂钩基数 / 工资总额 (section 7), when given. */
  readonly payBase?: number;
}

/** The units sheet, in its order; undefined when it cannot be used (no unit column). */
export function parseUnits(view: GridView, findings: Findings): UnitRow[] | undefined {
  const table = requireTable(view, 'units', findings);
  if (!table) return undefined;
  const rd = new TableReader(table, findings);
  const hasZone = rd.has('zone');
  const units: UnitRow[] = [];
  const firstAt = new Map<string, string>();
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    const name = rd.text(r, 'unit');
    if (name === '') continue;
    const at = rd.address(r, 'unit');
    const first = firstAt.get(name);
    if (first !== undefined) {
      findings.add('DUPLICATE_UNIT', view.sheet, at, messages.duplicateUnit(name, first));
      continue;
    }
    firstAt.set(name, at);
    let zone = ZONE_ALL;
    if (hasZone) {
      const z = rd.text(r, 'zone');
      if (z === '') {
        zone = ZONE_NONE;
        findings.add('UNZONED_UNIT', view.sheet, rd.address(r, 'zone'), messages.unzoned(name));
      } else zone = z as ZoneName;
    }
    const k = rd.number(r, 'coefficient', columnName('units', 'coefficient'));
    let coefficient = 1;
    let hasCoefficient = false;
    if (k.kind === 'number') {
      if (k.value > 0) {
        coefficient = k.value;
        hasCoefficient = true;
      } else {
        findings.add('BAD_NUMBER', view.sheet, rd.address(r, 'coefficient'), messages.badNumber(columnName('units', 'coefficient'), String(k.value)), { unit: name });
      }
    }
    const base = rd.number(r, 'payBase', columnName('units', 'payBase'), true);
    const goodBase = base.kind === 'number' && !base.percent && isAmount(base.value);
    if (base.kind === 'number' && !goodBase) {
      findings.add('BAD_NUMBER', view.sheet, rd.address(r, 'payBase'), messages.badAmount(columnName('units', 'payBase'), rd.peek(r, 'payBase')), { unit: name });
    }
    units.push({ name: name as UnitName, zone, coefficient, hasCoefficient, sheet: view.sheet, cell: at, ...(goodBase ? { payBase: base.value } : {}) });
  }
  return units;
}

export interface PeriodRow {
  readonly label: PeriodLabel;
  readonly weight?: number;
  readonly weightBad: boolean;
  readonly cell: string;
  /** 奖励资金 for the period (section 7), when given. */
  readonly fund?: number;
}

export function parsePeriods(view: GridView, findings: Findings): PeriodRow[] | undefined {
  const table = requireTable(view, 'periods', findings);
  if (!table) return undefined;
  const rd = new TableReader(table, findings);
  const out: PeriodRow[] = [];
  const seen = new Set<string>();
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    const label = rd.text(r, 'period');
    if (label === '') continue;
    if (seen.has(label)) {
      findings.add('DUPLICATE_PERIOD', view.sheet, rd.address(r, 'period'), messages.duplicatePeriod(label));
      continue;
    }
    seen.add(label);
    const w = rd.number(r, 'weight', columnName('periods', 'weight'));
    const fund = rd.number(r, 'fund', columnName('periods', 'fund'), true);
    const goodFund = fund.kind === 'number' && !fund.percent && isAmount(fund.value);
    if (fund.kind === 'number' && !goodFund) {
      findings.add('BAD_NUMBER', view.sheet, rd.address(r, 'fund'), messages.badAmount(columnName('periods', 'fund'), rd.peek(r, 'fund')));
    }
    out.push({
      ...(goodFund ? { fund: fund.value } : {}),
      label: label as PeriodLabel,
      ...(w.kind === 'number' ? { weight: w.value } : {}),
      weightBad: w.kind === 'invalid',
      cell: rd.address(r, 'period'),
    });
  }
  return out;
}

/** Settings as the clerk wrote them; defaults are applied once the full score is known. */
export interface RawSettings {
  fullScore?: number;
  passLine?: { value: number; percent: boolean };
  bonusCap?: { value: number; percent: boolean };
  bonusThreshold?: { value: number; percent: boolean };
  ranking?: RankingStyle;
  topFlags?: number;
  bottomWarnings?: number;
  decimals?: number;
  compareAlert?: { value: number; percent: boolean };
  /** 挂钩比例 as a share (0.2), 奖励资金, 金额小数位 and 评定日期 (an Excel day number): section 7 and 8. */
  linkedShare?: number;
  rewardFund?: number;
  moneyDecimals?: number;
  asOf?: number;
  /** Where each accepted setting's value stands. */
  cells?: Partial<Record<Exclude<keyof RawSettings, 'cells'>, string>>;
}

type SettingKey = Exclude<keyof RawSettings, 'cells'>;
const SETTING_KEYS: ReadonlyArray<[SettingKey, readonly string[]]> = [
  ['fullScore', ['满分', 'Full score']],
  ['passLine', ['合格线', 'Pass line']],
  ['bonusCap', ['加分上限', 'Bonus cap']],
  ['bonusThreshold', ['加分门槛', 'Bonus threshold']],
  ['ranking', ['排名方式', 'Ranking']],
  ['topFlags', ['红旗名额', 'Top flags']],
  ['bottomWarnings', ['预警名额', 'Bottom warnings']],
  ['decimals', ['小数位', 'Decimals']],
  ['compareAlert', ['偏差提示', 'Compare alert']],
  ['linkedShare', ['挂钩比例', 'Linked share']],
  ['rewardFund', ['奖励资金', 'Reward fund']],
  ['moneyDecimals', ['金额小数位', 'Money decimals']],
  ['asOf', ['评定日期', 'As of']],
];
const KEY_INDEX = new Map<string, SettingKey>();
for (const [k, names] of SETTING_KEYS) for (const n of names) KEY_INDEX.set(matchKey(n), k);

const RANKING = new Map<string, RankingStyle>([
  [matchKey('美式'), 'standard'],
  ['standard', 'standard'],
  [matchKey('中国式'), 'dense'],
  ['dense', 'dense'],
]);

const EXPECT = {
  number: { zh: '非负数字', en: 'a number, zero or more' },
  positive: { zh: '正数', en: 'a positive number' },
  whole: { zh: '非负整数', en: 'a whole number, zero or more' },
  decimals: { zh: '0 到 6 的整数', en: 'a whole number from 0 to 6' },
  ranking: { zh: '美式 或 中国式', en: 'standard or dense' },
  share: { zh: '0 到 100% 之间的比例，如 20%', en: 'a share from 0 to 100%, such as 20%' },
  amount: { zh: '0 到 1 万亿之间的金额（元）', en: 'an amount from 0 to 1,000,000,000,000 (yuan)' },
  moneyDecimals: { zh: '0 到 2 的整数', en: 'a whole number from 0 to 2' },
  date: { zh: '日期，如 2024-03-31', en: 'a date such as 2024-03-31' },
};

export function parseSettings(view: GridView, findings: Findings): RawSettings {
  const out: RawSettings = { cells: {} };
  const table = requireTable(view, 'settings', findings);
  if (!table) return out;
  const rd = new TableReader(table, findings);
  const valueCol = table.cols.value!; // a needed column: requireTable made sure of it
  for (let r = table.headerRow + 1; r <= view.bottom; r++) {
    if (rowIsBlank(view, r)) continue;
    const keyText = rd.text(r, 'key');
    if (keyText === '') continue;
    const key = KEY_INDEX.get(matchKey(keyText));
    const at = a1(r, valueCol);
    const valueText = rd.text(r, 'value');
    if (!key) {
      if (isExtraSettingKey(keyText)) continue; // read by settings-extra.ts
      findings.add('BAD_SETTING', view.sheet, rd.address(r, 'key'), messages.unknownSetting(keyText));
      continue;
    }
    if (valueText === '') continue;
    out.cells![key] = at;
    const bad = (expect: { zh: string; en: string }): void =>
      findings.add('BAD_SETTING', view.sheet, at, messages.badSetting(keyText, valueText, expect));
    if (key === 'ranking') {
      const style = RANKING.get(matchKey(valueText));
      if (style) out.ranking = style;
      else bad(EXPECT.ranking);
      continue;
    }
    if (key === 'asOf') {
      const day = readDate(view.rows[r]?.[valueCol]);
      if (day !== undefined) out.asOf = day;
      else bad(EXPECT.date);
      continue;
    }
    const n = readNumber(view.rows[r]?.[valueCol]);
    if (n.kind !== 'number') {
      bad(key === 'decimals' ? EXPECT.decimals : key === 'topFlags' || key === 'bottomWarnings' ? EXPECT.whole : EXPECT.number);
      continue;
    }
    switch (key) {
      case 'fullScore':
        if (n.value > 0 && !n.percent) out.fullScore = n.value;
        else bad(EXPECT.positive);
        break;
      case 'passLine':
      case 'bonusCap':
      case 'bonusThreshold':
      case 'compareAlert':
        if (n.value >= 0) out[key] = { value: n.value, percent: n.percent };
        else bad(EXPECT.number);
        break;
      case 'topFlags':
      case 'bottomWarnings':
        if (Number.isInteger(n.value) && n.value >= 0 && !n.percent) out[key] = n.value;
        else bad(EXPECT.whole);
        break;
      case 'decimals':
        if (Number.isInteger(n.value) && n.value >= 0 && n.value <= 6 && !n.percent) out.decimals = n.value;
        else bad(EXPECT.decimals);
        break;
      case 'linkedShare': {
        const share = n.percent || n.value <= 1 ? n.value : n.value / 100;
        if (share >= 0 && share <= 1) out.linkedShare = share;
        else bad(EXPECT.share);
        break;
      }
      case 'rewardFund':
        if (isAmount(n.value) && !n.percent) out.rewardFund = n.value;
        else bad(EXPECT.amount);
        break;
      case 'moneyDecimals':
        if (Number.isInteger(n.value) && n.value >= 0 && n.value <= 2 && !n.percent) out.moneyDecimals = n.value;
        else bad(EXPECT.moneyDecimals);
        break;
    }
  }
  return out;
}
