/**
 * Excel's failures, classified at the edge. Office.js rejects a sync with an OfficeExtension.Error
 * whose `code` is one of Excel.ErrorCodes' strings; the adapter looks at that code only (so the
 * in-memory Excel's errors classify the same) and turns it into a message the clerk can act on.
 */
import { KaopingError, type Bilingual } from '../errors';

export type { Bilingual };

/** An Excel failure with what it means to the clerk. `code` is Excel's, or the adapter's own. */
export class ExcelHostError extends KaopingError {
  constructor(code: string, text: Bilingual, options?: { cause?: unknown }) {
    super(code, text, options);
    this.name = 'ExcelHostError';
  }
}

/** Excel's error code of a failure, if it is an Office.js error. */
export function officeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  const name = (error as { name?: unknown }).name;
  if (typeof code !== 'string') return undefined;
  const office = typeof OfficeExtension !== 'undefined' && error instanceof OfficeExtension.Error;
  return office || name === 'RichApi.Error' || name === 'OfficeExtension.Error' ? code : undefined;
}

export const isEditMode = (e: unknown): boolean => officeCode(e) === 'InvalidOperationInCellEditMode';

/** Too much in one request or answer: the same work in smaller blocks will go through. */
export function isTooLarge(e: unknown): boolean {
  const code = officeCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

const MESSAGES: Readonly<Record<string, Bilingual>> = {
  AccessDenied: {
    zh: '工作簿或工作表受保护，考评助手无法写入结果：请在“审阅”中撤销保护后再试。',
    en: 'The workbook or a sheet is protected, so the results cannot be written: unprotect it (Review tab) and try again.',
  },
  InvalidOperationInCellEditMode: {
    zh: 'Excel 正在编辑单元格：按 Enter 或 Esc 结束编辑后再试。',
    en: 'Excel is editing a cell: press Enter or Esc to finish, then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    zh: '要写入的数据即使分块也超过了 Excel 网页版单次 5 MB 的上限。',
    en: 'The data to write is over the 5 MB limit of Excel on the web, even in small blocks.',
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: '要读取的数据即使分块也超过了 Excel 网页版单次 5 MB 的上限。',
    en: 'The data to read is over the 5 MB limit of Excel on the web, even in small blocks.',
  },
  RangeExceedsLimit: {
    zh: '工作表的已用区域太大（超过 500 万个单元格），无法读取。',
    en: 'A sheet’s used range is too large to read (over five million cells).',
  },
  ConnectionFailure: {
    zh: '与 Excel 的连接中断了：结果可能未写完，请稍后再计算一次。',
    en: 'The connection to Excel was lost: the results may be incomplete; calculate again in a moment.',
  },
  GeneralException: {
    zh: 'Excel 内部出错，操作未完成：请稍后再试。',
    en: 'Excel hit an internal error and did not finish: try again in a moment.',
  },
  ItemNotFound: {
    zh: '工作表在计算过程中被改名或删除了：请重新计算。',
    en: 'A sheet was renamed or deleted while Kaoping worked: calculate again.',
  },
  ApiNotFound: {
    zh: '此版本的 Excel 不支持考评助手需要的功能：请更新 Office 或使用 Excel 网页版。',
    en: 'This version of Excel lacks a feature Kaoping needs: update Office or use Excel on the web.',
  },
};

export const workbookProtected = (): ExcelHostError =>
  new ExcelHostError('WorkbookProtected', {
    zh: '工作簿结构受保护，考评助手无法添加结果表：请在“审阅 → 保护工作簿”中撤销保护后再试。',
    en: 'The workbook structure is protected, so result sheets cannot be added: turn off Review → Protect Workbook and try again.',
  });

export const nameTaken = (sheet: string): ExcelHostError =>
  new ExcelHostError('NameTaken', {
    zh: `工作表“${sheet}”不是考评助手生成的（或已被修改），不会被覆盖：请先读取工作簿再计算，结果会写到新名称下。`,
    en: `The sheet "${sheet}" was not written by Kaoping (or was edited since), so it is never replaced: read the workbook again and the results go under a free name.`,
  });

/** A failure as the clerk reads it; ExcelHostErrors pass through, unknown ones keep Excel's message. */
export function classify(error: unknown): Error {
  if (error instanceof ExcelHostError) return error;
  const code = officeCode(error);
  const known = code ? MESSAGES[code] : undefined;
  if (code && known) return new ExcelHostError(code, known, { cause: error });
  if (code) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ExcelHostError(code, { zh: `Excel 报告错误（${code}）：${detail}`, en: `Excel reported an error (${code}): ${detail}` }, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
