/** Taking the clerk to a place in the workbook: a finding's cell, or a result sheet (cell ''). */
import { runClassified, type ExcelRun } from './live-errors';

/** Activates the sheet and, when a cell is given, selects it. */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  if (!sheet) return;
  await runClassified(
    run,
    async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (cell) ws.getRange(cell).select();
      await context.sync();
    },
    { sheet, cell },
  );
}

