/**
 * The lowest ExcelApi requirement set the add-in needs; manifest.xml's Requirements names the same.
 * 1.7 is what Office 2019 has, volume-licensed too (many state enterprises run it); Office 2021 has
 * 1.14, Excel on the web and Microsoft 365 the newest. Everything the pane and the write path must
 * have is in 1.7 (getRangeByIndexes and freeze panes 1.7, getUsedRangeOrNullObject 1.4,
 * suspendApiCalculationUntilNextSync 1.6, activate/select 1.1). What needs more is asked of
 * Office.context.requirements.isSetSupported at run time and left out with a note on the checks sheet
 * where the host lacks it: page layout, page breaks and suspending screen updates (1.9), threaded
 * comments (1.10), notes (1.18).
 */
export const REQUIRED_EXCEL_API = '1.7';
