/** The Office.js adapter: the workbook port over Excel.run (or the in-memory Excel's run). */
export { ExcelPort, type ExcelPortOptions } from './port';
export { ExcelLivePort, connectExcel } from './live-port';
export { ExcelHostError } from './errors';
