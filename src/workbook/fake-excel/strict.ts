/**
 * The rules by which the in-memory Excel is stricter than a kind reading of the documentation. Each
 * holds by default; a test may turn one off to show what it catches.
 */
export interface StrictRules {
  /** A method on a null object fails with ItemNotFound, even an *OrNullObject one (worksheet.ts). */
  readonly nullObjects: boolean;
  /** The active sheet cannot be renamed or deleted (model.ts, office-js #3218 and #6964). */
  readonly activeSheet: boolean;
}

export const STRICT: StrictRules = { nullObjects: true, activeSheet: true };
