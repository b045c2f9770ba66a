/**
 * Writes the settings the pane edits into the settings sheet (考评设置): a key's row when the sheet has
 * one, else a new row under the last; a new settings sheet when the workbook has none. The header row
 * is found by the engine's own rules, so the pane writes where the engine reads.
 */
import { cell as makeCell, type Cell, type CellValue } from '../../engine/cells';
import { locateHeader, wholeSheet } from '../../engine/find';
import { matchKey } from '../../engine/text';
import type { Lang } from '../../engine/types';
import { KaopingError } from '../errors';
import type { SettingsEdit } from '../port';
import { runClassified, type ExcelRun } from './live-errors';

const KEYS: Readonly<Record<keyof SettingsEdit, { zh: string; en: string }>> = {
  ranking: { zh: '排名方式', en: 'Ranking' },
  topFlags: { zh: '红旗名额', en: 'Top flags' },
  bottomWarnings: { zh: '预警名额', en: 'Bottom warnings' },
  passLine: { zh: '合格线', en: 'Pass line' },
  decimals: { zh: '小数位', en: 'Decimals' },
};

const NEW_SHEET: Readonly<Record<Lang, { name: string; header: [string, string] }>> = {
  zh: { name: '考评设置', header: ['项目', '值'] },
  en: { name: 'Settings', header: ['Key', 'Value'] },
};

function valueFor(key: keyof SettingsEdit, value: SettingsEdit[keyof SettingsEdit], lang: Lang): string | number {
  if (key !== 'ranking') return value as number;
  if (lang === 'zh') return value === 'dense' ? '中国式' : '美式';
  return value as string;
}

/** The language a settings row speaks, from its key text. */
function keyLang(text: string): Lang {
  return /[\u4e00-\u9fff]/u.test(text) ? 'zh' : 'en';
}

/** Cells as the engine sees them, from the values of a used range that starts at (top, left). */
function toRows(values: readonly (readonly unknown[])[], top: number, left: number): Array<Array<Cell | undefined> | undefined> {
  const rows: Array<Array<Cell | undefined> | undefined> = new Array(top);
  for (const line of values) {
    const row: Array<Cell | undefined> = new Array(left);
    for (const v of line) row.push(makeCell(v === '' || v === undefined ? null : (v as CellValue)));
    rows.push(row);
  }
  return rows;
}

export interface PlannedWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

/** Where each changed setting goes in an existing settings sheet (0-based rows and columns). */
export function planSettingsWrites(
  sheet: string,
  rows: Array<Array<Cell | undefined> | undefined>,
  changes: Partial<SettingsEdit>,
  lang: Lang,
): PlannedWrite[] {
  const table = locateHeader(wholeSheet({ name: sheet, rows }), 'settings');
  const keyCol = table.cols.key;
  const valueCol = table.cols.value;
  if (table.headerRow < 0 || keyCol === undefined || valueCol === undefined) {
    throw new KaopingError('SETTINGS_HEADER', {
      zh: `“${sheet}”里没有“项目”和“值”两列的表头，无法写入设置。`,
      en: `"${sheet}" has no header with Key and Value columns, so the settings cannot be written.`,
    });
  }
  const keyRows = new Map<string, { row: number; lang: Lang }>();
  let lastRow = table.headerRow;
  for (let r = table.headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row || row.every((c) => c === undefined || c.value === null || c.value === '')) continue;
    lastRow = r;
    const text = row[keyCol]?.value;
    if (typeof text === 'string' && text.trim() !== '') keyRows.set(matchKey(text), { row: r, lang: keyLang(text) });
  }
  const writes: PlannedWrite[] = [];
  for (const key of Object.keys(changes) as Array<keyof SettingsEdit>) {
    const value = changes[key]!;
    const names = KEYS[key];
    const found = keyRows.get(matchKey(names.zh)) ?? keyRows.get(matchKey(names.en));
    if (found) {
      writes.push({ row: found.row, col: valueCol, value: valueFor(key, value, found.lang) });
    } else {
      lastRow += 1;
      writes.push({ row: lastRow, col: keyCol, value: names[lang] });
      writes.push({ row: lastRow, col: valueCol, value: valueFor(key, value, lang) });
    }
  }
  return writes;
}

/** Writes the changes; returns the settings sheet's name (a new one when `sheet` is null). */
export async function saveSettings(run: ExcelRun, sheet: string | null, changes: Partial<SettingsEdit>, lang: Lang): Promise<string> {
  return runClassified(
    run,
    async (context) => {
      const sheets = context.workbook.worksheets;
      if (sheet === null) {
        const fresh = NEW_SHEET[lang];
        const existing = sheets.getItemOrNullObject(fresh.name);
        await context.sync();
        if (!existing.isNullObject) {
          throw new KaopingError('SETTINGS_NAME_TAKEN', {
            zh: `已有名为“${fresh.name}”的工作表，但没有被识别为设置表：请在“使用的工作表”中选择它。`,
            en: `A sheet named "${fresh.name}" exists but was not taken as the settings sheet: choose it under Sheets used.`,
          });
        }
        const ws = sheets.add(fresh.name);
        const entries = Object.entries(changes) as Array<[keyof SettingsEdit, SettingsEdit[keyof SettingsEdit]]>;
        const values = [fresh.header, ...entries.map(([k, v]) => [KEYS[k][lang], valueFor(k, v, lang)])];
        ws.getRange(`A1:B${values.length}`).values = values;
        ws.getRange('A1:B1').format.font.bold = true;
        await context.sync();
        return fresh.name;
      }
      const ws = sheets.getItem(sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(['values', 'rowIndex', 'columnIndex']);
      await context.sync();
      const rows = used.isNullObject ? [] : toRows(used.values, used.rowIndex, used.columnIndex);
      for (const w of planSettingsWrites(sheet, rows, changes, lang)) {
        ws.getRangeByIndexes(w.row, w.col, 1, 1).values = [[w.value]];
      }
      await context.sync();
      return sheet;
    },
    sheet === null ? undefined : { sheet },
  );
}
