/**
 * An in-memory Excel with the JavaScript API's rules, for tests, the command line's `--host excel-sim`
 * and the preview: `fake.run(batch)` stands where `Excel.run(batch)` does, and code typed against the
 * Excel API subset in ../excel/api.ts runs unchanged on either.
 *
 *   const fake = new FakeExcel();                       // or await fakeFromXlsx(buffer)
 *   await fake.run(async (context) => { ...; await context.sync(); });
 *   fake.counters  // { syncs, requestBytes, maxRequestBytes, responseBytes, maxResponseBytes }
 *   fake.failSync(2, 'InvalidOperationInCellEditMode')  // the 2nd sync from now fails
 */
import { FakeContext, WEB_LIMITS, newCounters, type Counters, type Fault, type FakeHost, type Limits } from './context';
import { ApplicationModel, BookModel } from './model';
import { STRICT, type StrictRules } from './strict';
import { PROFILES, isSetSupported, type HostProfile } from './profiles';
import { FakeApplication, FakeWorkbook } from './workbook';

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(private readonly inner: FakeContext) {
    this.workbook = new FakeWorkbook(inner);
    this.application = this.workbook.application;
  }

  /** Sends every queued command as one request; loaded proxies take their values when it succeeds. */
  sync(): Promise<void> {
    return this.inner.sync();
  }
}

export interface FakeExcelOptions {
  readonly book?: BookModel;
  /** Excel on the web's limits by default (5 MB requests and responses); DESKTOP_LIMITS lifts the payload caps. */
  readonly limits?: Limits;
  /** Excel itself, to share between workbooks open at once (its calculation mode); a new one by default. */
  readonly application?: ApplicationModel;
  /** Which Excel: its API sets (PROFILES.web by default). */
  readonly profile?: HostProfile;
  /** Rules to turn off (all hold by default). */
  readonly rules?: Partial<StrictRules>;
}

export class FakeExcel implements FakeHost {
  readonly book: BookModel;
  readonly application: ApplicationModel;
  profile: HostProfile;
  readonly rules: StrictRules;
  limits: Limits;
  readonly counters: Counters = newCounters();
  private faults: Fault[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.book = options.book ?? new BookModel();
    this.limits = options.limits ?? WEB_LIMITS;
    this.application = options.application ?? new ApplicationModel();
    this.profile = options.profile ?? PROFILES.web;
    this.rules = { ...STRICT, ...options.rules };
    this.book.rules = this.rules;
  }

  /** Office.context.requirements.isSetSupported as this Excel answers it. */
  isSetSupported(name: string, version?: string): boolean {
    return isSetSupported(this.profile, name, version);
  }

  /**
   * Like Excel.run: a fresh request context for the batch; commands still queued when the batch's
   * promise resolves are sent in a last sync; proxies cannot be used after the batch ends.
   */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const inner = new FakeContext(this);
    try {
      const result = await batch(new FakeRequestContext(inner));
      if (inner.pending > 0) await inner.sync();
      return result;
    } finally {
      inner.close();
    }
  };

  /**
   * Makes the nth sync from now fail with an Excel error code ('RequestPayloadSizeLimitExceeded',
   * 'InvalidOperationInCellEditMode', 'AccessDenied', 'ConnectionFailure', ...). With phase 'after'
   * the request is carried out and only the answer is lost, as when the connection drops.
   */
  failSync(nth: number, code: string, options: { phase?: 'before' | 'after'; message?: string } = {}): void {
    this.faults.push({ sync: this.counters.syncs + nth, code, ...options });
  }

  takeFault(sync: number): Fault | undefined {
    const i = this.faults.findIndex((f) => f.sync === sync);
    return i < 0 ? undefined : this.faults.splice(i, 1)[0];
  }

  resetCounters(): void {
    Object.assign(this.counters, newCounters());
  }
}

export { ApplicationModel, BookModel, SheetModel, type CellModel } from './model';
export { DESKTOP_LIMITS, type Counters, type Limits } from './context';
export { FakeOfficeError } from './errors';
export type { StrictRules } from './strict';
export { PROFILES, isHostId, type HostId, type HostProfile } from './profiles';
