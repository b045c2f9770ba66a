/**
 * Host profiles: which ExcelApi requirement sets an Excel supports, and the requirement set of each
 * API member the in-memory Excel offers above ExcelApi 1.1. Calling a member the profile lacks fails at
 * sync with ApiNotFound, as Excel does when the Office.js library knows an API the host does not
 * ("The API you are trying to use could not be found. It may be available in a newer version of
 * Excel.", Excel.ErrorCodes.apiNotFound).
 *
 * Sources:
 * - Office 2019 (volume-licensed and retail) supports ExcelApi 1.1-1.7, Office 2021 1.1-1.14 (learn.microsoft.com,
 *   "Specify Office applications and API requirements": "ExcelApi 1.17 isn't supported on
 *   volume-licensed perpetual versions of Office before Office 2024 but ExcelApi 1.14 is supported back to
 *   Office 2021"; "Excel JavaScript API requirement sets", the table of Office versions).
 * - Excel on the web and Microsoft 365 on Windows run the newest set (ExcelApi 1.21 in @types/office-js).
 * - Each member's set is the "[Api set: ExcelApi 1.x]" remark of its declaration in @types/office-js.
 */
import { officeError } from './errors';

export interface HostProfile {
  /** A short id for tests, the preview's ?host= and the command line. */
  readonly id: HostId;
  /** What the clerk calls it. */
  readonly label: { readonly zh: string; readonly en: string };
  /** The highest ExcelApi minor version the host supports (1.minor). */
  readonly excelApi: number;
}

export type HostId = 'web' | 'm365' | 'office2021' | 'office2019';

export const PROFILES: Readonly<Record<HostId, HostProfile>> = {
  web: { id: 'web', label: { zh: 'Excel 网页版', en: 'Excel on the web' }, excelApi: 21 },
  m365: { id: 'm365', label: { zh: 'Microsoft 365 版 Excel（Windows）', en: 'Excel for Microsoft 365 on Windows' }, excelApi: 21 },
  office2021: { id: 'office2021', label: { zh: 'Office 2021 的 Excel', en: 'Excel in Office 2021' }, excelApi: 14 },
  office2019: { id: 'office2019', label: { zh: 'Office 2019 的 Excel', en: 'Excel in Office 2019' }, excelApi: 7 },
};

export const HOST_IDS: readonly HostId[] = ['web', 'm365', 'office2021', 'office2019'];

export function isHostId(s: string): s is HostId {
  return (HOST_IDS as readonly string[]).includes(s);
}

/** Minor version of "1.x"; NaN for anything else. */
function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : NaN;
}

/** Office.context.requirements.isSetSupported for the profile (ExcelApi only; other sets are not offered). */
export function isSetSupported(profile: HostProfile, name: string, version = '1.1'): boolean {
  if (name !== 'ExcelApi') return false;
  const v = minor(version);
  return Number.isInteger(v) && v <= profile.excelApi;
}

/**
 * The ExcelApi minor version of members above 1.1, as "Type.member" (or "Type" for the whole object).
 * Everything not listed is 1.1.
 */
const REQUIREMENTS: Readonly<Record<string, number>> = {
  // Application
  'Application.calculationMode=': 8, // "[Api set: ExcelApi 1.1 for get, 1.8 for set]"
  'Application.suspendApiCalculationUntilNextSync': 6,
  'Application.suspendScreenUpdatingUntilNextSync': 9,
  // Workbook and worksheets
  WorkbookProtection: 7,
  'WorksheetCollection.getItemOrNullObject': 4,
  'Worksheet.getUsedRangeOrNullObject': 4,
  'Worksheet.getRangeByIndexes': 7,
  'Worksheet.visibility=': 1,
  WorksheetProtection: 2,
  WorksheetFreezePanes: 7,
  PageLayout: 9,
  PageBreakCollection: 9,
  // Ranges
  'Range.unmerge': 2,
  'Range.getResizedRange': 7,
  'Range.valuesAsJson': 16,
  'RangeFormat.columnWidth': 2,
  'RangeFormat.autofitColumns': 2,
  DataValidation: 8,
  // Notes (Excel.Note) and threaded comments (Excel.Comment)
  NoteCollection: 18,
  Note: 18,
  CommentCollection: 10,
  Comment: 10,
  'ChartSeries.setXAxisValues': 7,
  'ChartAxis.reversePlotOrder': 7,
};

/** The ExcelApi minor version a member needs: "Range.unmerge", or "Application.calculationMode=" for a set. */
export function requiredMinor(type: string, member: string, set = false): number {
  return REQUIREMENTS[`${type}.${member}${set ? '=' : ''}`] ?? REQUIREMENTS[`${type}.${member}`] ?? REQUIREMENTS[type] ?? 1;
}

/** Throws ApiNotFound when the profile lacks what `Type.member` needs. */
export function requireApi(profile: HostProfile, type: string, member: string, set = false): void {
  const need = requiredMinor(type, member, set);
  if (need > profile.excelApi) {
    throw officeError('ApiNotFound', `${type}.${member}`, `${type}.${member} needs ExcelApi 1.${need}; ${profile.label.en} has ExcelApi 1.${profile.excelApi}.`);
  }
}
