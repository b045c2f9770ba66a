/**
 * What Excel shows rather than stores: the active sheet and the selection. The in-memory Excel keeps
 * the workbook; the preview keeps the view, by wrapping each batch's context so that
 * Worksheet.activate() and Range.select() are recorded (and passed on when the fake has them). They
 * take effect when the batch's commands go through, as in Excel, so a missing sheet still fails.
 */

export interface ViewState {
  /** The active sheet's name, or null for the first visible sheet. */
  activeSheet: string | null;
  /** The selected cell or range (A1 style, without the sheet), on the active sheet. */
  selection: string | null;
}

type Pending = (view: ViewState) => void;

function wrapRange(range: object, sheetName: () => string, pending: Pending[]): object {
  return new Proxy(range, {
    get(target, prop) {
      if (prop === 'select') {
        return () => {
          const own = Reflect.get(target, 'select', target) as (() => void) | undefined;
          own?.call(target);
          const address = (target as { _address?: string })._address;
          pending.push((v) => {
            v.activeSheet = sheetName();
            v.selection = address ?? null;
          });
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function wrapSheet(sheet: object, key: string, pending: Pending[]): object {
  return new Proxy(sheet, {
    get(target, prop) {
      if (prop === 'activate') {
        return () => {
          const own = Reflect.get(target, 'activate', target) as (() => void) | undefined;
          own?.call(target);
          pending.push((v) => {
            if (v.activeSheet !== key) v.selection = null;
            v.activeSheet = key;
          });
        };
      }
      if (prop === 'getRange') {
        return (address?: string) => {
          const range = (Reflect.get(target, 'getRange', target) as (a?: string) => object).call(target, address);
          Object.defineProperty(range, '_address', { value: address ?? null, configurable: true });
          return wrapRange(range, () => key, pending);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function wrapSheets(sheets: object, pending: Pending[]): object {
  return new Proxy(sheets, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'getItem' || prop === 'getItemOrNullObject' || prop === 'add') {
        return (key?: string) => {
          const sheet = (value as (k?: string) => object).call(target, key);
          return key === undefined ? sheet : wrapSheet(sheet, key, pending);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface SyncingContext {
  readonly workbook: object;
  sync(): Promise<unknown>;
}

/**
 * The context with activate/select recorded; `flush` applies what the last successful sync carried,
 * and `finish` what was left queued when the batch ended.
 */
export function viewContext<C extends SyncingContext>(context: C, view: ViewState, onChange: () => void): { context: C; finish(): void } {
  const pending: Pending[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    for (const p of pending.splice(0)) p(view);
    onChange();
  };
  const workbook = new Proxy(context.workbook, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'worksheets') return wrapSheets(value as object, pending);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const wrapped = new Proxy(context, {
    get(target, prop) {
      if (prop === 'workbook') return workbook;
      if (prop === 'sync') {
        return async () => {
          const before = pending.length;
          try {
            await target.sync();
          } catch (error) {
            pending.splice(0, before);
            throw error;
          }
          flush();
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { context: wrapped, finish: flush };
}
