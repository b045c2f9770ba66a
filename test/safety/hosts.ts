/**
 * One workbook, two places it can live: an .xlsx file (the command line's xlsx adapter) and Excel
 * itself (the add-in's Office.js adapter, over the in-memory Excel). The same steps a clerk takes —
 * calculate, edit a cell, delete a sheet — on either, so a rule is tested once for both paths.
 */
import ExcelJS from 'exceljs';
import type { SampleWorkbook } from '../../seeds';
import { recalc, type RecalcResult } from '../../src/app/recalc';
import type { WorkbookInput } from '../../src/engine/cells';
import type { Lang, Report } from '../../src/engine/types';
import { ExcelPort } from '../../src/workbook/excel/port';
import { fakeFromSample, snapshot } from '../../src/workbook/excel/testing';
import type { FakeExcel } from '../../src/workbook/fake-excel';
import { fakeRun } from '../../src/workbook/fake-excel/fake-run';
import type { WorkbookPort, WriteOutcome } from '../../src/workbook/port';
import { readXlsx, sampleToXlsx, XlsxWorkbook } from '../../src/workbook/xlsx';
import { load, toBuffer } from '../xlsx/helpers';

export interface Calculation {
  readonly input: WorkbookInput;
  readonly report: Report;
  readonly outcome: WriteOutcome;
}

export interface CalculateOptions {
  /** Overwrite result sheets the clerk edited, as the pane's 替换 or --replace-edited do. */
  readonly replaceEdited?: boolean;
}

export interface Host {
  readonly name: 'xlsx' | 'office';
  /** Reads the workbook, scores it and writes the results, as 一键计算 or `kaoping recalc` do. */
  calculate(lang?: Lang, options?: CalculateOptions): Promise<Calculation>;
  /** Reads and checks the workbook, writing nothing, as the pane does on opening. */
  check(): Promise<RecalcResult>;
  /** The workbook as the adapter reads it. */
  read(): Promise<WorkbookInput>;
  /** Every sheet's name, in tab order, with its visibility. */
  sheets(): Promise<Array<{ name: string; visible: boolean }>>;
  /** Everything about a sheet's cells that a clerk could see, as plain data to compare. */
  cells(sheet: string): Promise<unknown>;
  /** The clerk types a value into a cell. */
  type(sheet: string, row: number, col: number, value: string | number): Promise<void>;
  /** The clerk deletes a sheet. */
  deleteSheet(sheet: string): Promise<void>;
}

const noWait = { sleep: () => Promise.resolve() };

/** The one recalculation every face runs (src/app/recalc.ts), over either adapter. */
async function calculateOn(port: WorkbookPort, lang: Lang, options: CalculateOptions): Promise<Calculation> {
  const run = await recalc(port, { lang, replaceEdited: options.replaceEdited });
  if (!run.report || !run.outcome) throw new Error('the sample was not scored');
  return { input: run.input, report: run.report, outcome: run.outcome };
}

class XlsxHost implements Host {
  readonly name = 'xlsx';
  constructor(public bytes: Buffer) {}

  async calculate(lang: Lang = 'zh', options: CalculateOptions = {}): Promise<Calculation> {
    const wb = await XlsxWorkbook.load(this.bytes);
    const run = await calculateOn(wb, lang, options);
    this.bytes = await wb.toBuffer();
    return run;
  }

  async check(): Promise<RecalcResult> {
    return recalc(await XlsxWorkbook.load(this.bytes), { lang: 'zh', write: 'never' });
  }

  read(): Promise<WorkbookInput> {
    return readXlsx(this.bytes);
  }

  async sheets(): Promise<Array<{ name: string; visible: boolean }>> {
    return (await load(this.bytes)).worksheets.map((w) => ({ name: w.name, visible: w.state === 'visible' || w.state === undefined }));
  }

  async cells(sheet: string): Promise<unknown> {
    const s = (await this.read()).sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    return JSON.parse(JSON.stringify(s.rows));
  }

  private async edit(change: (wb: ExcelJS.Workbook) => void): Promise<void> {
    const wb = await load(this.bytes);
    change(wb);
    this.bytes = await toBuffer(wb);
  }

  type(sheet: string, row: number, col: number, value: string | number): Promise<void> {
    return this.edit((wb) => {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      ws.getCell(row + 1, col + 1).value = value;
    });
  }

  deleteSheet(sheet: string): Promise<void> {
    return this.edit((wb) => {
      const ws = wb.getWorksheet(sheet);
      if (!ws) throw new Error(`no sheet ${sheet}`);
      wb.removeWorksheet(ws.id);
    });
  }
}

class OfficeHost implements Host {
  readonly name = 'office';
  constructor(readonly fake: FakeExcel) {}

  calculate(lang: Lang = 'zh', options: CalculateOptions = {}): Promise<Calculation> {
    return calculateOn(new ExcelPort(fakeRun(this.fake), noWait), lang, options);
  }

  check(): Promise<RecalcResult> {
    return recalc(new ExcelPort(fakeRun(this.fake), noWait), { lang: 'zh', write: 'never' });
  }

  read(): Promise<WorkbookInput> {
    return new ExcelPort(fakeRun(this.fake), noWait).read();
  }

  async sheets(): Promise<Array<{ name: string; visible: boolean }>> {
    return this.fake.book.sheets.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
  }

  async cells(sheet: string): Promise<unknown> {
    const s = this.fake.book.find(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    return snapshot(s);
  }

  async type(sheet: string, row: number, col: number, value: string | number): Promise<void> {
    const s = this.fake.book.find(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.ensure(row, col).v = value;
  }

  async deleteSheet(sheet: string): Promise<void> {
    const s = this.fake.book.find(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    this.fake.book.remove(s, 'test');
  }
}

/** The sample in each place, with extra sheets of the clerk's own (rows of values) added to it. */
export async function hosts(sample: SampleWorkbook, extra: Array<{ name: string; rows: Array<Array<string | number>> }> = []): Promise<Host[]> {
  const withExtra: SampleWorkbook = { ...sample, sheets: [...sample.sheets, ...extra.map((e) => ({ name: e.name, rows: e.rows }))] };
  return [new XlsxHost(await sampleToXlsx(withExtra)), new OfficeHost(fakeFromSample(withExtra))];
}

/** Every cell of every sheet not written by Kaoping, by sheet name. */
export async function inputCells(host: Host, resultNames: readonly string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of await host.sheets()) if (!resultNames.includes(s.name) && s.name !== '_kaoping') out[s.name] = await host.cells(s.name);
  return out;
}
