/**
 * Office.js beyond the workbook, for the add-in's pages: whether it loaded, when it is ready, Office's
 * display language, which Excel API sets the host supports, the message dialog, and the ribbon's
 * functions. The pages ask these here, so Office.js is used in this folder alone.
 */

/** Whether Office.js loaded at all (it does not outside Office). */
export const officeLoaded = (): boolean => typeof Office !== 'undefined';

/** Resolves once Office is ready for the page. */
export async function officeReady(): Promise<void> {
  await Office.onReady();
}

/** Office's display language ("zh-CN", "en-US", …). */
export const displayLanguage = (): string => Office.context.displayLanguage;

/** Whether the host supports the ExcelApi requirement set `version`. */
export const supportsExcelApi = (version: string): boolean => Office.context.requirements.isSetSupported('ExcelApi', version);

/**
 * Shows `message` in an Office dialog (the page `page` beside the current one, given the message as
 * ?m=) and resolves when the clerk closes it, or at once, with the message on the console, when
 * Office cannot open one.
 */
export function showDialogMessage(page: string, message: string): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(page, window.location.href);
    url.searchParams.set('m', message);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        console.error(`Kaoping could not open its message dialog: ${result.error.message}. The message: ${message}`);
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Registers a ribbon function (ExecuteFunction) under its manifest name. */
export function registerFunction(name: string, fn: (event: { completed(): void }) => unknown): void {
  // Office waits for the page to say it is ready before it runs a command.
  void Office.onReady(() => undefined);
  // Office.js loads before this bundle, so the association is made at once.
  (Office.actions as Office.Actions | undefined)?.associate(name, fn);
  // Older hosts call function commands by their global name.
  (globalThis as Record<string, unknown>)[name] = fn;
}
