/**
 * Office.js for the preview: the `Office` and `Excel` globals the task pane and command pages use,
 * over the in-memory Excel of the preview page (window.parent.kaopingPreview). Served where
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js would be. Opened on its own (no preview
 * page around it), a page gets a workbook of its own with the first sample.
 */
import { SAMPLES } from '../../seeds';
import { PreviewHost } from './host';

function findHost(): PreviewHost {
  for (let w: Window = window; ; w = w.parent) {
    try {
      if (w.kaopingPreview) return w.kaopingPreview;
    } catch {
      break; // a frame of another origin: not the preview
    }
    if (w === w.parent) break;
  }
  const own = new PreviewHost();
  void own.loadSample(SAMPLES[0].key);
  window.kaopingPreview = own;
  return own;
}

const host = findHost();

const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;
const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' } as const;

type Handler = (arg: unknown) => void;

function displayDialogAsync(url: string, _options: unknown, callback?: (result: unknown) => void): void {
  const handlers = new Map<string, Handler[]>();
  const emit = (type: string, arg: unknown) => (handlers.get(type) ?? []).forEach((h) => h(arg));
  const dialog = {
    addEventHandler(type: string, handler: Handler) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
    },
    close() {
      if (host.dialog?.url === url) host.closeDialog();
    },
  };
  host.openDialog({
    url,
    onMessage: (message) => emit(EventType.DialogMessageReceived, { message, origin: location.origin }),
    onClosed: () => emit(EventType.DialogEventReceived, { error: 12006 }),
  });
  callback?.({ status: AsyncResultStatus.Succeeded, value: dialog });
}

const ready = Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });

const Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  AsyncResultStatus,
  EventType,
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
  context: {
    get displayLanguage() {
      return host.displayLanguage;
    },
    // As the Excel the preview plays answers it (?host=office2019 has ExcelApi 1.7, and so on).
    requirements: { isSetSupported: (name: string, version?: string) => host.fake.isSetSupported(name, version) },
    ui: {
      displayDialogAsync,
      messageParent(message: string) {
        host.dialog?.onMessage(message);
      },
    },
  },
  actions: {
    associate(id: string, fn: (event: { completed(): void }) => unknown) {
      host.associate(id, fn);
    },
  },
};

const Excel = {
  run: host.run,
};

Object.assign(window, { Office, Excel });
