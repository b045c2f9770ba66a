/** The task pane's entry: waits for Office, picks the language, and mounts the pane over Excel. */
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectExcel, displayLanguage, officeLoaded, officeReady, supportsExcelApi } from '../workbook/excel';
import { portOps } from './port-ops';
import { REQUIRED_EXCEL_API } from './requirements';
import { langFromDisplayLanguage } from './strings';

function container(): HTMLElement {
  const el = document.getElementById('container');
  if (!el) throw new Error('taskpane.html has no #container');
  return el;
}

function showProblem(zh: string, en: string): void {
  createRoot(container()).render(
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {zh}
          <br />
          {en}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

if (!officeLoaded()) {
  showProblem('无法加载 Office.js：请在 Excel 中打开考评助手。', 'Office.js did not load: open Kaoping from Excel.');
} else {
  officeReady().then(() => {
    const lang = langFromDisplayLanguage(displayLanguage());
    if (!supportsExcelApi(REQUIRED_EXCEL_API)) {
      showProblem(
        `此版本的 Excel 不支持考评助手（需要 ExcelApi ${REQUIRED_EXCEL_API}）：请更新 Office 或使用 Excel 网页版。`,
        `This Excel is too old for Kaoping (it needs ExcelApi ${REQUIRED_EXCEL_API}): update Office or use Excel on the web.`,
      );
      return;
    }
    createRoot(container()).render(<App ops={portOps(connectExcel())} initialLang={lang} />);
  }).catch((error: unknown) => {
    // The reason goes to the console for whoever supports the clerk; the clerk gets what to do.
    console.error('Office did not initialise', error);
    showProblem(
      'Excel 未能启动考评助手：请关闭此窗格后重新打开；仍不行时，保存工作簿并重新启动 Excel。',
      'Excel could not start Kaoping: close this pane and open it again; if that does not help, save the workbook and restart Excel.',
    );
  });
}
