/** The ribbon command page: registers 一键计算 (FunctionName "recalc" in manifest.xml). */
import { recalc as recalculate } from '../app/recalc';
import { connectExcel } from '../workbook/excel';
import { langFromDisplayLanguage } from '../taskpane/strings';
import { RECALC_FUNCTION_NAME } from './name';
import { makeRecalc } from './recalc';

/** Shows a message in an Office dialog and waits until the clerk closes it. */
function showMessage(message: string): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL('dialog.html', window.location.href);
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

const recalc = makeRecalc({
  ops: { calculate: (roles, lang, progress) => recalculate(connectExcel(), { roles, lang, progress, write: 'always' }) },
  lang: () => langFromDisplayLanguage(Office.context.displayLanguage),
  report: showMessage,
});

// Office waits for the page to say it is ready before it runs a command.
void Office.onReady(() => undefined);
// Office.js loads before this bundle, so the association is made at once.
(Office.actions as Office.Actions | undefined)?.associate(RECALC_FUNCTION_NAME, recalc);

// Older hosts call function commands by their global name.
(globalThis as Record<string, unknown>)[RECALC_FUNCTION_NAME] = recalc;
