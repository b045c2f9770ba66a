/**
 * Excel's failures, classified at the edge. Office.js rejects a sync with an OfficeExtension.Error
 * whose `code` is one of Excel.ErrorCodes' strings; the adapter looks at that code only (so the
 * in-memory Excel's errors classify the same) and turns it into a message the clerk can act on.
 */
import { KaopingError, type Bilingual } from '../errors';

export type { Bilingual };
import { OFFICE_MESSAGES, TRANSIENT_CODES } from './error-messages';

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

/** Passing failures (error-messages.ts): worth one more try for a batch that only reads. */
export const isTransient = (e: unknown): boolean => {
  const code = officeCode(e);
  return code !== undefined && TRANSIENT_CODES.has(code);
};

export const workbookProtected = (): ExcelHostError =>
  new ExcelHostError('WorkbookProtected', {
    zh: '工作簿结构受保护，考评助手无法添加结果表：请在“审阅 → 保护工作簿”中撤销保护后再试。',
    en: 'The workbook structure is protected, so result sheets cannot be added: turn off Review → Protect Workbook and try again.',
  });

/**
 * A sheet with a result sheet's name that Kaoping does not own, met at the write: the read saw none (a
 * clerk's own sheet of that name, or one edited, is known at the read and written beside), so it was
 * added, renamed or edited between the read and the write. Nothing is written; the next run reads it
 * and writes beside it.
 */
export const nameTaken = (sheet: string): ExcelHostError =>
  new ExcelHostError('NameTaken', {
    zh: `工作表“${sheet}”在考评助手读取工作簿之后被新建、改名或修改过，考评助手不会覆盖它，本次什么也没有写：请再点一次“一键计算”，结果会写到别的名称下。`,
    en: `The sheet "${sheet}" was added, renamed or edited after Kaoping read the workbook, so it is not replaced and nothing was written: click Calculate again and the results go under another name.`,
  });

/** A failure as the clerk reads it; ExcelHostErrors pass through, every Office code gets its message. */
export function classify(error: unknown): Error {
  if (error instanceof ExcelHostError) return error;
  const code = officeCode(error);
  const known = code ? OFFICE_MESSAGES[code] : undefined;
  if (code && known) return new ExcelHostError(code, known, { cause: error });
  if (code) {
    // A code newer than this list: named, but Excel's own text is not shown as the reason.
    return new ExcelHostError(
      code,
      { zh: `Excel 未能完成操作（错误代码 ${code}）：请稍后再试；如仍不行，请把这条消息发给维护人员。`, en: `Excel could not finish the operation (error code ${code}): try again in a moment, and if it still fails, send this message to whoever maintains Kaoping.` },
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
