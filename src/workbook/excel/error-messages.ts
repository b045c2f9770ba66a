/**
 * What each error code of Excel's JavaScript API means to the clerk, in Chinese and English: every
 * value of Excel.ErrorCodes and OfficeExtension.ErrorCodes in @types/office-js, and Timeout (raised
 * by Office on a request that runs too long). errors.test.ts checks the list against the declarations.
 * A message says what happened and what to do; Excel's own text is never shown as the reason.
 */
import type { Bilingual } from './errors';

const AGAIN = { zh: '请稍后再试一次。', en: 'Try again in a moment.' };

function m(zh: string, en: string): Bilingual {
  return { zh, en };
}

export const OFFICE_MESSAGES: Readonly<Record<string, Bilingual>> = {
  // Protection is the usual reason, but not the only one: a read-only file or missing edit rights too.
  AccessDenied: m(
    'Excel 拒绝了这次写入：可能是工作簿或工作表受保护（“审阅”中可撤销保护），文件以只读方式打开，或您没有编辑权限。处理后再试。',
    'Excel refused to write: the workbook or a sheet may be protected (unprotect it on the Review tab), the file may be open read-only, or you may lack permission to edit it. Fix that and try again.',
  ),
  ActivityLimitReached: m(
    `Excel 一时处理不了这么多请求。${AGAIN.zh}`,
    `Excel has reached its limit of requests for now. ${AGAIN.en}`,
  ),
  ApiNotFound: m(
    '此版本的 Excel 缺少考评助手需要的功能：请更新 Office（Office 2019 及以上或 Microsoft 365），或使用 Excel 网页版。',
    'This version of Excel lacks a feature Kaoping needs: update Office (Office 2019 or later, or Microsoft 365) or use Excel on the web.',
  ),
  CannotRegisterEvent: m('考评助手无法在 Excel 中登记事件。请关闭窗格后重新打开。', 'Kaoping could not register an event with Excel. Close the pane and open it again.'),
  Conflict: m(`工作簿正被他人同时修改，请求与其冲突。${AGAIN.zh}`, `Someone else is changing the workbook at the same time, and the request conflicted. ${AGAIN.en}`),
  ConnectionFailure: m(
    '与 Excel 的连接中断了：结果可能未写完，请稍后再计算一次。',
    'The connection to Excel was lost: the results may be incomplete; calculate again in a moment.',
  ),
  DirtySupportingFormula: m('工作簿中有公式尚未计算完成：请按 F9 计算后再试。', 'Some formulas in the workbook are not calculated yet: press F9, then try again.'),
  EmptyChartSeries: m('工作簿中的一个图表没有数据系列，操作未完成。', 'A chart in the workbook has no data series, so the operation did not finish.'),
  FilteredRangeConflict: m('结果表上有筛选，Excel 不允许这样写入：请清除筛选后再试。', 'A filter on a result sheet stops Excel from writing there: clear the filter and try again.'),
  FormulaLengthExceedsLimit: m('有一个公式超过了 Excel 允许的长度。', 'A formula is longer than Excel allows.'),
  GeneralException: m(`Excel 内部出错，操作未完成。${AGAIN.zh}`, `Excel hit an internal error and did not finish. ${AGAIN.en}`),
  InactiveWorkbook: m(
    '考评助手所在的工作簿当前不是活动窗口：请切换回该工作簿的窗口后再试。',
    "Kaoping's workbook is not the active window: switch back to its window and try again.",
  ),
  InsertDeleteConflict: m('插入或删除单元格与工作表上已有的内容冲突。', 'Inserting or deleting cells conflicts with what is on the sheet.'),
  InvalidArgument: m('考评助手向 Excel 发出了无效的请求：请把此工作簿和这条消息发给维护人员。', 'Kaoping sent Excel a request it could not take: send this workbook and this message to whoever maintains Kaoping.'),
  InvalidBinding: m('工作簿中的一个数据绑定已失效。', 'A data binding in the workbook no longer holds.'),
  InvalidObjectPath: m('工作表在计算过程中被改动了：请重新计算。', 'A sheet changed while Kaoping worked: calculate again.'),
  InvalidOperation: m(
    'Excel 不允许此时进行这个操作（例如正在显示的工作表不能改名或删除）：请点一下其他工作表后再计算一次。',
    'Excel does not allow this operation now (the sheet being shown cannot be renamed or deleted, for one): click another sheet and calculate again.',
  ),
  InvalidOperationInCellEditMode: m('Excel 正在编辑单元格：按 Enter 或 Esc 结束编辑后再试。', 'Excel is editing a cell: press Enter or Esc to finish, then try again.'),
  InvalidReference: m('一个引用对当前操作无效：工作表可能在计算过程中被改动了，请重新计算。', 'A reference is not valid for this operation: a sheet may have changed while Kaoping worked; calculate again.'),
  InvalidRequestContext: m(
    '计算过程中有工作表被删除或切换，Excel 中断了请求：请不要在计算时改动工作表，稍后再计算一次。',
    'A sheet was deleted or switched while Kaoping worked, so Excel stopped the request: leave the sheets alone while it calculates, and calculate again.',
  ),
  InvalidSelection: m('当前的选择区域无效：请点一下任一单元格后再试。', 'The current selection is not valid: click any cell and try again.'),
  InvalidState: m(`Excel 当前的状态不允许这个操作。${AGAIN.zh}`, `Excel is not in a state that allows this. ${AGAIN.en}`),
  ItemAlreadyExists: m(
    '已有同名的工作表：可能是计算时另有人添加了同名的表。请重新读取工作簿后再计算。',
    'A sheet of that name already exists, perhaps added while Kaoping worked: read the workbook again and calculate.',
  ),
  ItemNotFound: m('工作表在计算过程中被改名或删除了：请重新计算。', 'A sheet was renamed or deleted while Kaoping worked: calculate again.'),
  MergedRangeConflict: m('结果表上的合并单元格挡住了写入：请取消合并后再试。', 'Merged cells on a result sheet are in the way: unmerge them and try again.'),
  NonBlankCellOffSheet: m('工作表边缘有内容，Excel 无法插入单元格。', 'There is content at the edge of the sheet, so Excel cannot insert cells.'),
  NotAllowed: m('Excel 不允许这个操作：工作簿可能受保护或以只读方式打开。', 'Excel does not allow this: the workbook may be protected or open read-only.'),
  NotImplemented: m('此版本的 Excel 未实现考评助手需要的功能：请更新 Office 或使用 Excel 网页版。', 'This version of Excel does not implement a feature Kaoping needs: update Office or use Excel on the web.'),
  NotSupported: m('此版本的 Excel 不支持这个操作：请更新 Office 或使用 Excel 网页版。', 'This version of Excel does not support the operation: update Office or use Excel on the web.'),
  OpenWorkbookLinksBlocked: m('工作簿的外部链接被阻止了：请在信任中心允许后再试。', "The workbook's links are blocked: allow them in the Trust Center and try again."),
  OperationAborted: m(`操作被中止了。${AGAIN.zh}`, `The operation was aborted. ${AGAIN.en}`),
  OperationCellsExceedLimit: m('要处理的单元格太多，超出了 Excel 单次操作的上限。', 'The operation touches more cells than Excel allows at once.'),
  PivotTableRangeConflict: m('数据透视表与要写入的区域重叠：请移开数据透视表后再试。', 'A PivotTable overlaps where Kaoping writes: move it and try again.'),
  PowerQueryRefreshResourceChallenge: m('Power Query 刷新需要登录凭据：请先在 Excel 中刷新一次。', 'A Power Query refresh needs credentials: refresh once in Excel first.'),
  PropertyNotLoaded: m('考评助手读取了尚未从 Excel 取回的值：请把此工作簿和这条消息发给维护人员。', 'Kaoping read a value before Excel sent it: send this workbook and this message to whoever maintains Kaoping.'),
  RangeExceedsLimit: m('工作表的已用区域太大（超过 500 万个单元格），无法读取。', 'A sheet’s used range is too large to read (over five million cells).'),
  RangeImageExceedsLimit: m('区域太大，无法生成图像。', 'The range is too large to make an image of.'),
  RefreshWorkbookLinksBlocked: m('工作簿链接的刷新被阻止了：请在信任中心允许后再试。', "Refreshing the workbook's links is blocked: allow it in the Trust Center and try again."),
  RequestAborted: m(`请求在执行中被中止了。${AGAIN.zh}`, `The request was aborted while it ran. ${AGAIN.en}`),
  RequestPayloadSizeLimitExceeded: m('要写入的数据即使分块也超过了 Excel 网页版单次 5 MB 的上限。', 'The data to write is over the 5 MB limit of Excel on the web, even in small blocks.'),
  ResponsePayloadSizeLimitExceeded: m('要读取的数据即使分块也超过了 Excel 网页版单次 5 MB 的上限。', 'The data to read is over the 5 MB limit of Excel on the web, even in small blocks.'),
  RunMustReturnPromise: m('考评助手内部出错（批处理未返回 Promise）：请把这条消息发给维护人员。', "Kaoping's batch did not return a promise: send this message to whoever maintains Kaoping."),
  SearchDialogIsOpen: m('Excel 的“查找”对话框开着：请关闭它后再试。', "Excel's Find dialog is open: close it and try again."),
  SearchStringInvalidOrTooLong: m('查找的文字无效或太长。', 'The search text is not valid or too long.'),
  Timeout: m(`Excel 处理这次请求超时了，工作簿可能很大或电脑很忙。${AGAIN.zh}`, `Excel took too long over the request; the workbook may be large or the computer busy. ${AGAIN.en}`),
  UnsupportedFeature: m('工作簿中有此版本 Excel 不支持的内容。', 'The workbook has content this version of Excel does not support.'),
  UnsupportedFillType: m('不支持这种填充方式。', 'That fill type is not supported.'),
  UnsupportedOperation: m('这个操作不受支持：工作表可能是图表工作表或受限工作表。', 'The operation is not supported: the sheet may be a chart sheet or otherwise restricted.'),
  UnsupportedSheet: m('这种工作表（图表工作表、宏表或对话框表）不受支持：请把数据放在普通工作表中。', 'This kind of sheet (chart sheet, macro sheet or dialog sheet) is not supported: put the data on an ordinary worksheet.'),
  ValueNotLoaded: m('考评助手读取了尚未从 Excel 取回的结果：请把此工作簿和这条消息发给维护人员。', 'Kaoping read a result before Excel sent it: send this workbook and this message to whoever maintains Kaoping.'),
};

/** Failures that pass: the same read, sent once more, may well go through. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'ActivityLimitReached',
  'ConnectionFailure',
  'GeneralException',
  'InvalidRequestContext',
  'RequestAborted',
  'OperationAborted',
  'Timeout',
  'Conflict',
]);
