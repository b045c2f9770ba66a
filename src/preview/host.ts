/**
 * The preview's stand-in for Excel: an in-memory workbook loaded from a sample (through .xlsx, as a
 * clerk's file would come), its view (active sheet, selection), the ribbon functions the command page
 * registers, and the dialog a command may open. The task pane and command pages reach it from their
 * frames through the Office shim (window.parent.kaopingPreview).
 */
import { SAMPLES, type SampleWorkbook } from '../../seeds';
import { ApplicationModel, BookModel, FakeExcel, PROFILES, type FakeRequestContext, type HostProfile } from '../workbook/fake-excel';
import { fakeFromXlsx } from '../workbook/fake-excel/xlsx-io';
import { sampleToXlsx } from '../workbook/xlsx/sample';
import { viewContext, type ViewState } from './view';

/** The picker's choice of an empty workbook (one blank sheet), to try 插入模板. */
export const BLANK = 'blank';

export type CommandFunction = (event: { completed(): void }) => unknown;

export interface DialogRequest {
  readonly url: string;
  /** Called with what the dialog page sends (Office.context.ui.messageParent). */
  readonly onMessage: (message: string) => void;
  readonly onClosed: () => void;
}

export class PreviewHost {
  /** Which Excel the preview plays (?host=web|m365|office2021|office2019): its API sets. */
  profile: HostProfile = PROFILES.web;
  /** Excel itself, kept across the samples opened: its calculation mode belongs to no workbook. */
  readonly application = new ApplicationModel();
  fake: FakeExcel = new FakeExcel({ application: this.application });
  sample: SampleWorkbook | null = null;
  readonly view: ViewState = { activeSheet: null, selection: null };
  displayLanguage = 'zh-CN';
  dialog: DialogRequest | null = null;
  /** Increases whenever the workbook or its view may have changed. */
  version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly actions = new Map<string, CommandFunction>();
  private ready: Promise<void> = Promise.resolve();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  /** The key of what is loaded: a sample's, or BLANK. */
  get loaded(): string {
    return this.sample?.key ?? BLANK;
  }

  /**
   * Replaces the workbook with a sample, written to .xlsx and opened again as Excel would, or with
   * an empty workbook for BLANK.
   */
  loadSample(key: string): Promise<void> {
    const sample = SAMPLES.find((s) => s.key === key);
    if (!sample && key !== BLANK) return Promise.reject(new Error(`No sample "${key}"; there are ${SAMPLES.map((s) => s.key).join(', ')} and ${BLANK}.`));
    const loading = (async () => {
      const options = { application: this.application, profile: this.profile };
      if (sample) {
        this.fake = await fakeFromXlsx(new Uint8Array(await sampleToXlsx(sample)), options);
      } else {
        const book = new BookModel();
        book.add('Sheet1', 'preview');
        this.fake = new FakeExcel({ book, ...options });
      }
      this.sample = sample ?? null;
      this.view.activeSheet = null;
      this.view.selection = null;
      this.notify();
    })();
    // A failed load leaves the previous workbook in place for later batches.
    this.ready = loading.catch(() => undefined);
    return loading;
  }

  /** Excel.run over the in-memory workbook, recording activate() and select() into the view. */
  readonly run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    await this.ready;
    let finish: (() => void) | undefined;
    try {
      const result = await this.fake.run((context) => {
        const v = viewContext(context, this.view, () => this.notify());
        finish = v.finish;
        return batch(v.context);
      });
      finish?.();
      return result;
    } finally {
      this.notify();
    }
  };

  associate(id: string, fn: CommandFunction): void {
    this.actions.set(id, fn);
    this.notify();
  }

  hasAction(id: string): boolean {
    return this.actions.has(id);
  }

  /** Runs a ribbon function as Excel would, resolving when it calls event.completed(). */
  invoke(id: string): Promise<void> {
    const fn = this.actions.get(id);
    if (!fn) return Promise.reject(new Error(`No ribbon function "${id}" is registered (is the command page loaded?).`));
    return new Promise<void>((resolve, reject) => {
      try {
        const out = fn({ completed: () => resolve() });
        if (out instanceof Promise) out.catch(reject);
      } catch (error) {
        reject(error);
      }
    });
  }

  openDialog(request: DialogRequest): void {
    this.dialog = request;
    this.notify();
  }

  closeDialog(): void {
    const d = this.dialog;
    this.dialog = null;
    d?.onClosed();
    this.notify();
  }

  /** The sheet shown: the active one, else the first visible sheet. */
  shownSheet(): string | null {
    const visible = this.fake.book.sheets.filter((s) => s.visibility === 'Visible');
    const active = this.view.activeSheet && this.fake.book.find(this.view.activeSheet);
    return (active && active.visibility === 'Visible' ? active.name : visible[0]?.name) ?? null;
  }

  activate(name: string): void {
    // Clicking a tab makes the sheet Excel's active one too, with what that forbids (renaming, deleting).
    const sheet = this.fake.book.find(name);
    if (sheet && sheet.visibility === 'Visible') this.fake.book.activate(sheet, 'preview');
    this.view.activeSheet = name;
    this.view.selection = null;
    this.notify();
  }
}

declare global {
  interface Window {
    kaopingPreview?: PreviewHost;
  }
}
