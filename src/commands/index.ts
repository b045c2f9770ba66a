/** The ribbon command page: registers 一键计算 (FunctionName "recalc" in manifest.xml). */
import { recalc as recalculate } from '../app/recalc';
import { connectExcel, displayLanguage, registerFunction, showDialogMessage } from '../workbook/excel';
import { langFromDisplayLanguage } from '../taskpane/strings';
import { RECALC_FUNCTION_NAME } from './name';
import { makeRecalc } from './recalc';

const recalc = makeRecalc({
  ops: { calculate: (roles, lang, progress) => recalculate(connectExcel(), { roles, lang, progress, write: 'always' }) },
  lang: () => langFromDisplayLanguage(displayLanguage()),
  report: (message) => showDialogMessage('dialog.html', message),
});

registerFunction(RECALC_FUNCTION_NAME, recalc);
