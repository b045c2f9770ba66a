/**
 * The lowest ExcelApi requirement set the add-in uses (manifest.xml's Requirements names the same).
 * Set by the highest API it calls: see the list in README, section "Add-in".
 */
export const REQUIRED_EXCEL_API = '1.10';
