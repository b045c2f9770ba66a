/**
 * A failure the clerk can act on, with its message in both languages. The adapters raise it (the
 * Office.js adapter's ExcelHostError is one); the faces show `text` in their language and never an
 * internal error's own message as the reason.
 */

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export class KaopingError extends Error {
  constructor(
    readonly code: string,
    readonly text: Bilingual,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'KaopingError';
  }
}
