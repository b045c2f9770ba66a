/**
 * The request context of the fake Excel: proxies queue commands here, and nothing touches the
 * workbook until sync() sends the queue as one request. Like Excel on the web, a request or a response
 * over 5 MB is refused, and a sync that fails part-way leaves the commands before the failing one done.
 */
import { FakeOfficeError, officeError, type FakeErrorCode } from './errors';
import type { ApplicationModel, BookModel } from './model';
import type { HostProfile } from './profiles';
import type { StrictRules } from './strict';
import { utf8Length } from '../utf8';

export interface Limits {
  /** Largest request body in UTF-8 bytes (Excel on the web: 5 MB). */
  readonly requestBytes: number;
  /** Largest response body in UTF-8 bytes (Excel on the web: 5 MB). */
  readonly responseBytes: number;
  /** Most cells one range may read (all platforms: five million). */
  readonly readCells: number;
}

export const WEB_LIMITS: Limits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, readCells: 5_000_000 };
export const DESKTOP_LIMITS: Limits = { requestBytes: Infinity, responseBytes: Infinity, readCells: 5_000_000 };

export interface Counters {
  syncs: number;
  requestBytes: number;
  maxRequestBytes: number;
  responseBytes: number;
  maxResponseBytes: number;
}

export function newCounters(): Counters {
  return { syncs: 0, requestBytes: 0, maxRequestBytes: 0, responseBytes: 0, maxResponseBytes: 0 };
}

/**
 * A failure to inject at a given sync (counted over the whole fake, from 1).
 * 'before': the request is refused and nothing runs. 'after': the commands run, then the answer is
 * lost, as when the connection drops while Excel works (code ConnectionFailure).
 */
export interface Fault {
  readonly sync: number;
  readonly code: FakeErrorCode | string;
  readonly phase?: 'before' | 'after';
  readonly message?: string;
}

/** What a queued command produces when it runs: its part of the response, and how proxies take it. */
export interface Settle {
  readonly response: unknown;
  apply(): void;
}

export interface Command {
  /** The command as it travels in the request (sized for the payload limit). */
  readonly wire: unknown;
  run(): Settle | void;
}


export interface FakeHost {
  readonly book: BookModel;
  /** Excel itself: what outlives a workbook and a batch (the calculation mode, the active sheet's window). */
  readonly application: ApplicationModel;
  /** Which Excel this is: the API sets it supports. */
  readonly profile: HostProfile;
  readonly rules: StrictRules;
  readonly limits: Limits;
  readonly counters: Counters;
  /** Removes and returns the fault planned for this sync, if any. */
  takeFault(sync: number): Fault | undefined;
}

let nextPathId = 1;

export class FakeContext {
  private queue: Command[] = [];
  private closed = false;
  /** Object paths already described in the request being built. */
  private sent = new Set<number>();

  constructor(readonly host: FakeHost) {}

  get book(): BookModel {
    return this.host.book;
  }

  /** True the first time an object path is used in the request being built. */
  firstUse(pathId: number): boolean {
    if (this.sent.has(pathId)) return false;
    this.sent.add(pathId);
    return true;
  }

  newPathId(): number {
    return nextPathId++;
  }

  enqueue(cmd: Command): void {
    if (this.closed) {
      throw officeError('InvalidObjectPath', undefined, 'The object belongs to an Excel.run batch that has ended.');
    }
    this.queue.push(cmd);
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.sent = new Set();
    const counters = this.host.counters;
    const n = ++counters.syncs;
    // A round trip: the answer always comes asynchronously.
    await Promise.resolve();
    const fault = this.host.takeFault(n);
    if (fault && (fault.phase ?? 'before') === 'before') throw injected(fault);
    if (this.book.cellEditMode) throw officeError('InvalidOperationInCellEditMode', 'RequestContext.sync');

    const bytes = utf8Length(JSON.stringify({ Actions: queue.map((c) => c.wire) }));
    counters.requestBytes += bytes;
    counters.maxRequestBytes = Math.max(counters.maxRequestBytes, bytes);
    if (bytes > this.host.limits.requestBytes) {
      throw officeError('RequestPayloadSizeLimitExceeded', 'RequestContext.sync', `(${bytes} bytes)`);
    }

    const settles: Settle[] = [];
    for (const cmd of queue) {
      const s = cmd.run();
      if (s) settles.push(s);
    }

    const answer = utf8Length(JSON.stringify(settles.map((s) => s.response)));
    counters.responseBytes += answer;
    counters.maxResponseBytes = Math.max(counters.maxResponseBytes, answer);
    if (answer > this.host.limits.responseBytes) {
      throw officeError('ResponsePayloadSizeLimitExceeded', 'RequestContext.sync', `(${answer} bytes)`);
    }
    if (fault) throw injected(fault);
    for (const s of settles) s.apply();
  }
}

function injected(f: Fault): FakeOfficeError {
  return new FakeOfficeError(f.code, f.message ?? `Injected failure (${f.code}).`, 'RequestContext.sync');
}
