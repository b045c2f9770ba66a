/** For tests: the pane's Excel run over the in-memory Excel, with the preview's view (the active sheet), as in the add-in. */
import type { FakeExcel } from '../../src/workbook/fake-excel';
import { viewContext } from '../../src/preview/view';
import type { ExcelRun, PaneContext } from '../../src/workbook/excel/live-api';

export function paneRun(fake: FakeExcel): ExcelRun {
  const view = { activeSheet: null, selection: null };
  return (batch) =>
    fake.run(async (context) => {
      const v = viewContext(context, view, () => undefined);
      const out = await batch(v.context as unknown as PaneContext);
      v.finish();
      return out;
    });
}
