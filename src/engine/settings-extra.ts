/**
 * The settings that are words rather than numbers (contract section 3): 公示单位 and 公示期 printed
 * under the rankings, 结果语言 for the result sheets' language, and the sheet keys that keep the
 * clerk's choice of sheet for each role. Read from the settings sheet as it stands.
 */
import { a1, cellText, type WorkbookInput } from './cells';
import { cellAt, locateHeader, wholeSheet, type GridView } from './find';
import { matchKey } from './text';
import type { Lang, Role, RoleOverrides } from './types';

export type SheetKeyRole = Exclude<Role, 'settings'> | 'sources';

/** The settings-sheet key of each role's sheet, Chinese and English. */
export const SHEET_KEYS: ReadonlyArray<readonly [SheetKeyRole, string, string]> = [
  ['rubric', '细则表', 'Rubric sheet'],
  ['categories', '栏目表', 'Categories sheet'],
  ['units', '单位表', 'Units sheet'],
  ['entries', '记录表', 'Entries sheet'],
  ['scoreTable', '扣分表', 'Score table sheet'],
  ['periods', '期间表', 'Periods sheet'],
  ['sources', '来源表', 'Sources sheet'],
];

/** The value that says a role has no sheet. */
export const NO_SHEET = { zh: '不使用', en: 'none' } as const;

export const TEXT_KEYS = {
  issuedBy: ['公示单位', 'Issued by'],
  noticePeriod: ['公示期', 'Notice period'],
  resultLang: ['结果语言', 'Result language'],
} as const;

const LANG_VALUES = new Map<string, Lang>([
  [matchKey('中文'), 'zh'],
  [matchKey('汉语'), 'zh'],
  ['chinese', 'zh'],
  ['zh', 'zh'],
  [matchKey('英文'), 'en'],
  ['english', 'en'],
  ['en', 'en'],
]);

const NONE_VALUES = new Set([matchKey(NO_SHEET.zh), matchKey('无'), 'none', matchKey('不用')]);

type TextKey = keyof typeof TEXT_KEYS;
const KEYS = new Map<string, { text: TextKey } | { role: SheetKeyRole }>();
for (const [k, names] of Object.entries(TEXT_KEYS) as Array<[TextKey, readonly string[]]>) for (const n of names) KEYS.set(matchKey(n), { text: k });
for (const [role, zh, en] of SHEET_KEYS) {
  KEYS.set(matchKey(zh), { role });
  KEYS.set(matchKey(en), { role });
}

/** True for a key this module reads, so the numeric settings reader leaves it alone. */
export function isExtraSettingKey(keyText: string): boolean {
  return KEYS.has(matchKey(keyText));
}

export interface ExtraSettings {
  readonly issuedBy?: string;
  readonly noticePeriod?: string;
  /** Set only when the value is a language Kaoping writes. */
  readonly resultLang?: Lang;
  /** The text of 结果语言 when it names no language Kaoping knows (reported by the caller). */
  readonly badResultLang?: { readonly text: string; readonly cell: string };
  /** The sheet keys: a sheet's name, or null for 不使用. */
  readonly sheets: Partial<Record<SheetKeyRole, string | null>>;
  /** Where each key's value stands (A1), to point a finding or the pane at it. */
  readonly cells: Readonly<Record<string, string>>;
}

export function readExtraSettings(view: GridView): ExtraSettings {
  const t = locateHeader(view, 'settings');
  const out: { -readonly [K in keyof ExtraSettings]: ExtraSettings[K] } = { sheets: {}, cells: {} };
  const keyCol = t.cols.key;
  const valueCol = t.cols.value;
  if (t.headerRow < 0 || keyCol === undefined || valueCol === undefined) return out;
  const cells: Record<string, string> = {};
  for (let r = t.headerRow + 1; r <= view.bottom; r++) {
    const hit = KEYS.get(matchKey(cellText(cellAt(view, r, keyCol))));
    const value = cellText(cellAt(view, r, valueCol)).trim();
    if (!hit || value === '') continue;
    const at = a1(r, valueCol);
    if ('role' in hit) {
      out.sheets[hit.role] = NONE_VALUES.has(matchKey(value)) ? null : value;
      cells[hit.role] = at;
    } else if (hit.text === 'resultLang') {
      const lang = LANG_VALUES.get(matchKey(value));
      if (lang) out.resultLang = lang;
      else out.badResultLang = { text: value, cell: at };
      cells.resultLang = at;
    } else {
      out[hit.text] = value;
      cells[hit.text] = at;
    }
  }
  out.cells = cells;
  return out;
}

/** The settings sheet's words, found as the settings role is (by name, else none). */
export function extraSettingsOf(input: WorkbookInput, settingsSheet: string | undefined): ExtraSettings {
  const sheet = settingsSheet === undefined ? undefined : input.sheets.find((s) => s.name === settingsSheet && !s.owned);
  return sheet ? readExtraSettings(wholeSheet(sheet)) : { sheets: {}, cells: {} };
}

/** The sheet keys as role overrides for finding the sheets (sources aside: no such role here). */
export function sheetKeyOverrides(extra: ExtraSettings): RoleOverrides {
  const out: RoleOverrides = {};
  for (const [role, name] of Object.entries(extra.sheets) as Array<[SheetKeyRole, string | null]>) {
    if (role !== 'sources') out[role] = name;
  }
  return out;
}
