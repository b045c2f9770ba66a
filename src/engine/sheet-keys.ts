/**
 * The clerk's choice of sheet for each role, kept in the settings sheet (contract section 3, the sheet
 * keys), and the language of the result sheets (结果语言). The pane, the ribbon and the command line
 * all come through here, so they find the same sheets and write in the same language; a role given
 * by the caller (the command line's --sheet) wins over the settings sheet.
 */
import type { WorkbookInput } from './cells';
import { findRoles } from './find';
import { messages, type Findings } from './findings';
import { SHEET_NAMES } from './labels';
import { extraSettingsOf, SHEET_KEYS, sheetKeyOverrides, TEXT_KEYS, type ExtraSettings } from './settings-extra';
import type { Lang, RoleOverrides } from './types';

const EXPECT_SHEET = { zh: '本工作簿中的工作表名称，或 不使用', en: "the name of a sheet in this workbook, or none" };
const EXPECT_LANG = { zh: '中文 或 English', en: 'Chinese (中文) or English' };

/** The settings sheet's words, where the settings sheet is found with the caller's choices. */
export function extraSettings(input: WorkbookInput, explicit: RoleOverrides = {}): ExtraSettings {
  const settings = findRoles(input, explicit).choices.find((c) => c.role === 'settings')?.sheets[0];
  return extraSettingsOf(input, settings);
}

/**
 * The roles to find the sheets with: the settings sheet's sheet keys, overridden by `explicit`. A key
 * naming a sheet the workbook does not have is a BAD_SETTING at its cell, and the role is found as
 * if no key were there.
 */
export function rolesWithSheetKeys(input: WorkbookInput, explicit: RoleOverrides = {}, findings?: Findings): RoleOverrides {
  const settingsSheet = findRoles(input, explicit).choices.find((c) => c.role === 'settings')?.sheets[0] ?? '';
  const extra = extraSettingsOf(input, settingsSheet);
  const names = new Set(input.sheets.filter((s) => !s.owned).map((s) => s.name));
  const keys = sheetKeyOverrides(extra);
  for (const [role, name] of Object.entries(keys) as Array<[keyof RoleOverrides, string | null]>) {
    if (name === null || names.has(name)) continue;
    delete keys[role];
    const key = SHEET_KEYS.find(([r]) => r === role)?.[1] ?? role;
    findings?.add('BAD_SETTING', settingsSheet, extra.cells[role] ?? '', messages.badSetting(key, name, EXPECT_SHEET));
  }
  if (extra.badResultLang) findings?.add('BAD_SETTING', settingsSheet, extra.badResultLang.cell, messages.badSetting(TEXT_KEYS.resultLang[0], extra.badResultLang.text, EXPECT_LANG));
  return { ...keys, ...explicit };
}

/**
 * The language of the result sheets: the setting 结果语言; else the language of Kaoping's result
 * sheets already in the workbook (so a run from a pane in English does not rename a Chinese
 * workbook's results); else the clerk's own.
 */
export function resultLanguage(input: WorkbookInput, clerk: Lang, explicit: RoleOverrides = {}): Lang {
  const set = extraSettings(input, explicit).resultLang;
  if (set) return set;
  const owned = input.sheets.filter((s) => s.owned).map((s) => s.name);
  const has = (lang: Lang): boolean => (Object.values(SHEET_NAMES[lang]) as string[]).some((n) => owned.some((o) => o === n || o.startsWith(`${n} (`)));
  if (has('zh') && !has('en')) return 'zh';
  if (has('en') && !has('zh')) return 'en';
  return clerk;
}

