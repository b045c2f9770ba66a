/**
 * Errors as Excel's JavaScript API raises them: an object named "RichApi.Error" whose `code` is one of
 * the strings of Excel.ErrorCodes / OfficeExtension.ErrorCodes, with `debugInfo` saying where.
 * Code that classifies host failures looks only at `code`, so the fake and Excel are told apart by nothing.
 */

/** The codes the in-memory Excel raises (string values of Excel.ErrorCodes and OfficeExtension.ErrorCodes). */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'ConnectionFailure'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ValueNotLoaded';

const MESSAGES: Record<FakeErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found.',
  ConnectionFailure: 'The connection to the Office application was lost.',
  GeneralException: 'An internal error has occurred.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode. Please exit the edit mode and try again.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: 'The requested resource does not exist.',
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  ValueNotLoaded: 'The value of the result object has not been loaded yet.',
};

export interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
}

/** Shaped like OfficeExtension.Error: name, code, message, debugInfo, traceMessages. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** An error with Excel's code and standard message; `detail` is appended the way Excel adds specifics. */
export function officeError(code: FakeErrorCode, errorLocation?: string, detail?: string): FakeOfficeError {
  const message = detail ? `${MESSAGES[code]} ${detail}` : MESSAGES[code];
  return new FakeOfficeError(code, message, errorLocation);
}

/** The synchronous error Office.js throws when a proxy property is read before load + sync. */
export function propertyNotLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
