/**
 * Proxy objects as Office.js has them: a property can be read only after load() and a sync; setting a
 * property or calling a method queues a command; an object a method returns is found in the workbook
 * when that command runs (so getItem of a missing sheet fails at sync, and *OrNullObject gives a null
 * object there instead).
 */
import type { FakeContext, Settle } from './context';
import { officeError, propertyNotLoaded } from './errors';
import { requireApi } from './profiles';

export interface PropDef<T> {
  get?(t: T): unknown;
  set?(t: T, value: unknown, where: string): void;
}

export interface TypeInfo<T> {
  /** The Excel class name, for error locations: "Range". */
  readonly name: string;
  readonly props: Readonly<Record<string, PropDef<T>>>;
}

export type LoadPaths = readonly string[] | 'all';

/** What load() accepts: "a, b/c", ["a", "b/c"], { select, expand }, or nothing (every scalar property). */
export function parseLoad(arg: unknown): LoadPaths {
  if (arg === undefined || arg === null) return 'all';
  const split = (v: unknown): string[] => {
    if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (Array.isArray(v)) return v.flatMap(split);
    return [];
  };
  if (typeof arg === 'string' || Array.isArray(arg)) return split(arg);
  if (typeof arg === 'object') {
    const o = arg as { select?: unknown; expand?: unknown };
    const paths = [...split(o.select), ...split(o.expand)];
    return paths.length === 0 ? 'all' : paths;
  }
  throw officeError('InvalidArgument', 'load', 'load() takes property names.');
}

export abstract class FakeObject<T> {
  readonly pathId: number;
  private memo: { readonly t: T | null } | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** For a navigation property (Range.format, RangeFormat.font): the object it hangs off, and its name. */
  private parentPath: { readonly parent: FakeObject<unknown>; readonly name: string } | undefined;

  /**
   * @param resolver finds the model object; runs once, when the command that made the proxy runs
   * @param wire the method call that made the proxy, if any (navigation properties have none)
   */
  protected constructor(
    readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
    wire?: Record<string, unknown>,
  ) {
    this.pathId = ctx.newPathId();
    if (wire) {
      ctx.enqueue({
        wire: { ActionType: 'Instantiate', Id: this.pathId, ...wire },
        run: () => {
          const t = this.resolve();
          return { response: { IsNull: t === null }, apply: () => (this.nullState = t === null) };
        },
      });
    }
  }

  protected abstract get info(): TypeInfo<T>;

  /** Marks this proxy as a navigation property of `parent`, so requests carry its object path as Office.js does. */
  attach(parent: FakeObject<unknown>, name: string): this {
    this.parentPath = { parent, name };
    return this;
  }

  /** The object paths of this proxy's navigation chain not yet sent in the current request. */
  protected paths(): unknown[] {
    const out: unknown[] = [];
    for (let p = this.parentPath, self: FakeObject<unknown> = this as FakeObject<unknown>; p; self = p.parent, p = p.parent.parentPath) {
      if (!this.ctx.firstUse(self.pathId)) break;
      out.push({ Id: self.pathId, ObjectPathType: 4, Name: p.name, ParentObjectPathId: p.parent.pathId, ArgumentInfo: {} });
    }
    return out;
  }

  /** A navigation property (a child object such as Range.format), by name. */
  protected nav(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** Whether the model object still exists (a deleted sheet does not). */
  protected isAlive(_t: T): boolean {
    return true;
  }

  /** A hook to refuse a read before it happens (a range over five million cells). */
  protected checkRead(_t: T, _props: readonly string[]): void {}

  resolve(): T | null {
    if (!this.memo) this.memo = { t: this.resolver() };
    return this.memo.t;
  }

  /** The model object, or ItemNotFound if the proxy is a null object or what it stood for is gone. */
  live(where: string): T {
    const t = this.resolve();
    if (t === null) throw officeError('ItemNotFound', where, 'The object is a null object.');
    if (!this.isAlive(t)) throw officeError('ItemNotFound', where, 'The object no longer exists.');
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.info.name, 'isNullObject');
    return this.nullState;
  }

  protected read<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.info.name, name);
    return this.loadedValues.get(name) as V;
  }

  protected write(name: string, value: unknown): void {
    const def = this.info.props[name];
    const where = `${this.info.name}.${name}`;
    if (!def?.set) throw officeError('InvalidArgument', where, `${name} cannot be set.`);
    const set = def.set;
    this.ctx.enqueue({
      wire: { ActionType: 'SetProperty', ObjectPathId: this.pathId, Name: name, Args: [value], Paths: this.paths() },
      run: () => {
        requireApi(this.ctx.host.profile, this.info.name, name, true);
        set(this.live(where), value, where);
      },
    });
    // Office.js keeps the value set on the proxy, as Excel's own objects do.
    this.loadedValues.set(name, value);
  }

  protected invoke(name: string, args: readonly unknown[], run: (t: T, where: string) => void): void {
    const where = `${this.info.name}.${name}`;
    this.ctx.enqueue({
      wire: { ActionType: 'Method', ObjectPathId: this.pathId, Name: name, Args: args, Paths: this.paths() },
      run: () => {
        requireApi(this.ctx.host.profile, this.info.name, name);
        run(this.live(where), where);
      },
    });
  }

  load(propertyNames?: unknown): this {
    const paths = parseLoad(propertyNames);
    this.ctx.enqueue({
      wire: { ActionType: 'Query', ObjectPathId: this.pathId, Select: paths, Paths: this.paths() },
      run: () => this.snapshot(paths),
    });
    return this;
  }

  /** Reads the requested properties from the model now; the proxy takes them if the sync succeeds. */
  snapshot(paths: LoadPaths): Settle {
    requireApi(this.ctx.host.profile, this.info.name, 'load');
    const t = this.resolve();
    if (t === null) return { response: { IsNull: true }, apply: () => (this.nullState = true) };
    const where = `${this.info.name}.load`;
    if (!this.isAlive(t)) throw officeError('ItemNotFound', where, 'The object no longer exists.');
    const props = this.info.props;
    const own: string[] = [];
    const subs = new Map<string, string[] | 'all'>();
    if (paths === 'all') {
      for (const [k, d] of Object.entries(props)) if (d.get && !k.startsWith('_')) own.push(k);
    } else {
      for (const p of paths) {
        const slash = p.indexOf('/');
        const head = slash < 0 ? p : p.slice(0, slash);
        if (slash < 0 && props[head]?.get) {
          own.push(head);
          continue;
        }
        if (!this.nav(head)) throw officeError('InvalidArgument', where, `${this.info.name} has no property "${head}".`);
        const rest = slash < 0 ? 'all' : p.slice(slash + 1);
        const prev = subs.get(head);
        if (rest === 'all' || prev === 'all') subs.set(head, 'all');
        else subs.set(head, [...(prev ?? []), rest]);
      }
    }
    for (const k of own) requireApi(this.ctx.host.profile, this.info.name, k);
    this.checkRead(t, own);
    const response: Record<string, unknown> = {};
    for (const k of own) response[k] = props[k].get?.(t);
    const children: Settle[] = [];
    for (const [head, sub] of subs) {
      const s = (this.nav(head) as FakeObject<unknown>).snapshot(sub);
      response[head] = s.response;
      children.push(s);
    }
    return {
      response,
      apply: () => {
        this.nullState = false;
        for (const k of own) this.loadedValues.set(k, response[k]);
        for (const c of children) c.apply();
      },
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** A collection proxy: `items` holds item proxies once loaded ("items/name" and "name" both select). */
export abstract class FakeCollection<M, P extends FakeObject<unknown>> extends FakeObject<null> {
  private loadedItems: P[] | undefined;

  protected constructor(ctx: FakeContext, private readonly list: () => readonly M[]) {
    super(ctx, () => null);
  }

  protected abstract makeItem(model: M): P;

  override resolve(): null {
    return null;
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.info.name, 'items');
    return this.loadedItems;
  }

  override snapshot(paths: LoadPaths): Settle {
    requireApi(this.ctx.host.profile, this.info.name, 'load');
    const sub: LoadPaths = paths === 'all' ? 'all' : paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const itemPaths: LoadPaths = sub !== 'all' && sub.length === 0 ? 'all' : sub;
    const proxies = this.list().map((m) => this.makeItem(m));
    const settles = proxies.map((p) => p.snapshot(itemPaths));
    return {
      response: { Items: settles.map((s) => s.response) },
      apply: () => {
        this.loadedItems = proxies;
        for (const s of settles) s.apply();
      },
    };
  }
}
