/**
 * The Office.js adapter for a workbook open in Excel (or in the in-memory Excel of the preview): the
 * port's read and write (ExcelPort), and what the pane and the ribbon need besides: going to a cell,
 * writing the settings, inserting the template. Failures come as KaopingErrors the clerk can act on.
 */
import type { Lang } from '../../engine/types';
import type { InsertedTemplate, LiveWorkbookPort, SettingsEdit } from '../port';
import { officeRun, type XRun } from './api';
import { officeRun as officePaneRun, type ExcelRun } from './live-api';
import { supportsExcelApi } from './office';
import { selectCell } from './navigate';
import { ExcelPort, type ExcelPortOptions } from './port';
import { saveSettings } from './settings-sheet';
import { insertTemplate } from './template';

export class ExcelLivePort extends ExcelPort implements LiveWorkbookPort {
  constructor(
    run: XRun,
    private readonly paneRun: ExcelRun,
    options: ExcelPortOptions = {},
    /** Whether the host has data validation (ExcelApi 1.8), for the template's dropdowns. */
    private readonly dataValidation: () => boolean = () => true,
  ) {
    super(run, options);
  }

  show(sheet: string, cell: string): Promise<void> {
    return selectCell(this.paneRun, sheet, cell);
  }

  saveSettings(sheet: string | null, changes: Partial<SettingsEdit>, lang: Lang): Promise<string> {
    return saveSettings(this.paneRun, sheet, changes, lang);
  }

  insertTemplate(lang: Lang): Promise<InsertedTemplate> {
    return insertTemplate(this.paneRun, lang, this.dataValidation());
  }
}

/**
 * The workbook open in Excel, over Excel.run. In the browser preview, Excel.run is the in-memory
 * Excel's, provided by the Office shim; the code here is the same.
 */
export function connectExcel(): ExcelLivePort {
  return new ExcelLivePort(officeRun, officePaneRun(), {}, () => supportsExcelApi('1.8'));
}
