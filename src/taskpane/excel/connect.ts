/**
 * The way into Excel for the pane and the ribbon command: the workbook port (reads the sheets, writes
 * the result sheets) and the pane's own batches, both over Excel.run. In the browser preview, Excel.run
 * is the in-memory Excel's, provided by the Office shim; the code here is the same.
 */
import { officeRun as portRun } from '../../workbook/excel/api';
import { ExcelPort } from '../../workbook/excel/port';
import { officeRun } from './api';
import type { PipelineDeps } from './pipeline';

export function connectExcel(): PipelineDeps {
  return { port: new ExcelPort(portRun), run: officeRun(), now: () => performance.now() };
}
