/** The xlsx adapter: ExcelJS workbooks from and to buffers. */
export { XlsxWorkbook, XlsxReadError, checkXlsx, excelJsLoadError, readXlsx, sniffXlsx, writeXlsx } from './workbook';
export type { SizeProblem } from './size';
export type { XlsxProblem, ReadStats } from './workbook';
export { ForeignSheetError } from './write';
export { workbookExtension } from './kind';
export { fingerprint } from './fingerprint';
export { encodeXlsxText } from './safe-text';
export { sampleToXlsx, sampleWorkbook } from './sample';
export { templateXlsx, addDropdowns } from './template';
export { TEMPLATE, KINDS } from './template-layout';
