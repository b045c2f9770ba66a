/** The xlsx adapter: ExcelJS workbooks from and to buffers. */
export { XlsxWorkbook, XlsxReadError, checkXlsx, excelJsLoadError, pictureCellsOf, readXlsx, writeXlsx } from './workbook';
export type { SizeProblem } from './size';
export { ForeignSheetError } from './write';
export { workbookExtension } from './kind';
export { sampleToXlsx } from './sample';
export { templateXlsx } from './template';
