/** The Office.js adapter: the workbook port over Excel.run (or the in-memory Excel's run). */
export { ExcelPort } from './port';
export { connectExcel } from './live-port';
export { ExcelHostError } from './errors';
export { displayLanguage, officeLoaded, officeReady, registerFunction, showDialogMessage, supportsExcelApi } from './office';
