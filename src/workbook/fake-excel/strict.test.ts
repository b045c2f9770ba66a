/** The in-memory Excel is as strict as Excel where a kinder imitation would hide a failure: one test per rule. */
import ExcelJS from 'exceljs';
import { ApplicationModel, FakeExcel, FakeOfficeError, PROFILES } from './index';
import { fakeFromXlsx, fakeToXlsx } from './xlsx-io';

function codeOf(e: unknown): string | undefined {
  return e instanceof FakeOfficeError ? e.code : undefined;
}

async function codeOfRun(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return codeOf(e) ?? `not an Office error: ${String(e)}`;
  }
  return undefined;
}

function book(...names: string[]): FakeExcel {
  const fake = new FakeExcel();
  for (const n of names) fake.book.add(n, 'test');
  return fake;
}

describe('the active sheet', () => {
  test('is the first visible sheet until another is activated; select activates the range’s sheet', async () => {
    const fake = book('细则', '台账', '结果-总分');
    fake.book.sheets[0].visibility = 'Hidden';
    const names: string[] = [];
    await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      names.push(a.name);
      ctx.workbook.worksheets.getItem('结果-总分').activate();
      const b = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      names.push(b.name);
      ctx.workbook.worksheets.getItem('台账').getRange('B2').select();
      const c = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      names.push(c.name);
    });
    expect(names).toEqual(['台账', '结果-总分', '台账']);
  });

  test('a hidden sheet cannot be activated', async () => {
    const fake = book('A', 'B');
    fake.book.sheets[1].visibility = 'Hidden';
    expect(await codeOfRun(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('B').activate()))).toBe('InvalidOperation');
  });

  test('renaming the active sheet fails as on the web (office-js #3218); another sheet renames', async () => {
    const fake = book('结果-总分', '结果-排名');
    await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('结果-排名').activate());
    expect(await codeOfRun(fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem('结果-排名').name = '_kp_old_1')))).toBe('InvalidOperation');
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['结果-总分', '结果-排名']);
    await fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem('结果-总分').name = '_kp_old_1'));
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['_kp_old_1', '结果-排名']);
  });

  test('deleting the active sheet fails with InvalidRequestContext (office-js #6964) until another is activated', async () => {
    const fake = book('细则', '结果-排名');
    await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('结果-排名').activate());
    expect(await codeOfRun(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('结果-排名').delete()))).toBe('InvalidRequestContext');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('细则').activate();
      ctx.workbook.worksheets.getItem('结果-排名').delete();
      await ctx.sync();
    });
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['细则']);
  });

  test('the rule can be turned off to show what it catches', async () => {
    const fake = new FakeExcel({ rules: { activeSheet: false } });
    fake.book.add('A', 'test');
    fake.book.add('B', 'test');
    await fake.run(async (ctx) => void (ctx.workbook.worksheets.getItem('A').name = 'C'));
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['C', 'B']);
  });

  test('an opened .xlsx keeps its active sheet, and a saved one records it', async () => {
    const fake = book('A', 'B', 'C');
    await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('C').activate());
    const again = await fakeFromXlsx(new Uint8Array(await fakeToXlsx(fake)));
    expect(again.book.active()?.name).toBe('C');
  });
});

describe('null objects', () => {
  test('the *OrNullObject call gives a null object, and isNullObject says so', async () => {
    const fake = book('Data');
    await fake.run(async (ctx) => {
      const none = ctx.workbook.worksheets.getItemOrNullObject('_kaoping');
      const some = ctx.workbook.worksheets.getItemOrNullObject('Data');
      await ctx.sync();
      expect([none.isNullObject, some.isNullObject]).toEqual([true, false]);
    });
  });

  test('a method chained on a null object fails with ItemNotFound, even an *OrNullObject one', async () => {
    const fake = book('Data');
    const chained = await codeOfRun(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('_kaoping').getUsedRangeOrNullObject(true).load('values');
        await ctx.sync();
      }),
    );
    const range = await codeOfRun(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('_kaoping').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    const set = await codeOfRun(fake.run(async (ctx) => void (ctx.workbook.worksheets.getItemOrNullObject('_kaoping').visibility = 'Hidden')));
    expect([chained, range, set]).toEqual(['ItemNotFound', 'ItemNotFound', 'ItemNotFound']);
  });

  test('with the rule off, a chained *OrNullObject call passes the null object on', async () => {
    const fake = new FakeExcel({ rules: { nullObjects: false } });
    fake.book.add('Data', 'test');
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItemOrNullObject('_kaoping').getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
  });
});

describe('numbers at 15 significant digits', () => {
  test('a double is stored and read back rounded to 15 digits, as Excel keeps it', async () => {
    const fake = book('Data');
    const third = 100 / 3; // 33.333333333333336
    const values = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1:D1');
      r.values = [[third, 0.1 + 0.2, 2 ** 60 + 2 ** 10, '=2/3']]; // 1152921504606848000: 19 digits
      r.load('values');
      await ctx.sync();
      return r.values;
    });
    expect(values).toEqual([[33.3333333333333, 0.3, 1152921504606850000, 0.666666666666667]]);
    expect(values[0][0]).not.toBe(third);
  });

  test('a number opened from a file with more digits also comes back at 15', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').getCell('A1').value = 1 / 7;
    const fake = await fakeFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const v = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      await ctx.sync();
      return r.values[0][0];
    });
    expect(v).toBe(0.142857142857143);
  });
});

describe('the calculation mode', () => {
  test('belongs to Excel, not the workbook: it outlives the batch and every workbook open shares it', async () => {
    const application = new ApplicationModel();
    const first = new FakeExcel({ application });
    const second = new FakeExcel({ application });
    first.book.add('A', 'test');
    second.book.add('B', 'test');
    await first.run(async (ctx) => void (ctx.application.calculationMode = 'Manual'));
    const seen = await second.run(async (ctx) => {
      const app = ctx.application.load('calculationMode');
      await ctx.sync();
      return app.calculationMode;
    });
    expect(seen).toBe('Manual');
  });

  test('it is not saved in the workbook', async () => {
    const fake = book('A');
    await fake.run(async (ctx) => void (ctx.application.calculationMode = 'Manual'));
    const bytes = await fakeToXlsx(fake);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect((wb as unknown as { calcProperties?: { calcMode?: string } }).calcProperties?.calcMode).not.toBe('manual');
    expect((await fakeFromXlsx(new Uint8Array(bytes))).application.calculationMode).toBe('Automatic');
  });
});

describe('references to other sheets', () => {
  function withFormula(): FakeExcel {
    const fake = book('结果-总分', '汇报');
    fake.book.sheets[0].ensure(1, 1).v = 95;
    const cell = fake.book.sheets[1].ensure(0, 0);
    cell.f = "='结果-总分'!B2*2&\"'结果-总分'!B2\"";
    cell.v = 190;
    return fake;
  }

  test('follow a renamed sheet (a text literal stays as it is)', async () => {
    const fake = withFormula();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('汇报').activate();
      ctx.workbook.worksheets.getItem('结果-总分').name = '_kp_old_1';
      await ctx.sync();
    });
    expect(fake.book.sheets[1].cell(0, 0)?.f).toBe("=_kp_old_1!B2*2&\"'结果-总分'!B2\"");
  });

  test('in a chart or a defined name too: they follow a rename and break on a delete', async () => {
    const fake = withFormula();
    fake.book.references.push({ kind: 'chart', label: '总分图', formula: "='结果-总分'!$B$2:$B$9" });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('汇报').activate();
      ctx.workbook.worksheets.getItem('结果-总分').name = '旧表';
      await ctx.sync();
    });
    expect(fake.book.references[0].formula).toBe('=旧表!$B$2:$B$9');
    await fake.run(async (ctx) => ctx.workbook.worksheets.getItem('旧表').delete());
    expect(fake.book.references[0].formula).toBe('=#REF!$B$2:$B$9');
  });

  test('become #REF! when the sheet is deleted, and a new sheet of the same name does not bring them back', async () => {
    const fake = withFormula();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('汇报').activate();
      ctx.workbook.worksheets.getItem('结果-总分').delete();
      ctx.workbook.worksheets.add('结果-总分');
      await ctx.sync();
    });
    const cell = fake.book.sheets[0].cell(0, 0);
    expect([cell?.f, cell?.v]).toEqual(["=#REF!B2*2&\"'结果-总分'!B2\"", { error: '#REF!' }]);
  });
});

describe('host profiles', () => {
  test('isSetSupported answers each profile’s ExcelApi version', () => {
    const at = (id: keyof typeof PROFILES, v: string): boolean => new FakeExcel({ profile: PROFILES[id] }).isSetSupported('ExcelApi', v);
    expect([at('web', '1.18'), at('m365', '1.21'), at('office2021', '1.14'), at('office2021', '1.15'), at('office2019', '1.7'), at('office2019', '1.8')]).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  async function tryEach(id: keyof typeof PROFILES): Promise<Record<string, string | undefined>> {
    const out: Record<string, string | undefined> = {};
    const cases: Record<string, (ctx: Parameters<Parameters<FakeExcel['run']>[0]>[0]) => void> = {
      freezeRows: (ctx) => ctx.workbook.worksheets.getItem('A').freezePanes.freezeRows(1),
      calculationModeRead: (ctx) => void ctx.application.load('calculationMode'),
      calculationModeSet: (ctx) => void (ctx.application.calculationMode = 'Manual'),
      suspendApiCalculation: (ctx) => ctx.application.suspendApiCalculationUntilNextSync(),
      suspendScreenUpdating: (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
      pageLayout: (ctx) => void (ctx.workbook.worksheets.getItem('A').pageLayout.orientation = 'Landscape'),
      centerHorizontally: (ctx) => void (ctx.workbook.worksheets.getItem('A').pageLayout.centerHorizontally = true),
      verticalAlignment: (ctx) => void (ctx.workbook.worksheets.getItem('A').getRange('A1:B2').format.verticalAlignment = 'Top'),
      pageBreaks: (ctx) => ctx.workbook.worksheets.getItem('A').horizontalPageBreaks.add('A5'),
      comments: (ctx) => void ctx.workbook.comments.load('items'),
      notes: (ctx) => void ctx.workbook.notes.load('items'),
    };
    for (const [name, queue] of Object.entries(cases)) {
      const fake = new FakeExcel({ profile: PROFILES[id] });
      fake.book.add('A', 'test');
      out[name] = await codeOfRun(fake.run(async (ctx) => queue(ctx)));
    }
    return out;
  }

  test('an API outside the profile fails with ApiNotFound at sync: Office 2019 (1.7), Office 2021 (1.14), the web', async () => {
    const none = undefined;
    const missing = 'ApiNotFound';
    expect(await tryEach('office2019')).toEqual({
      freezeRows: none,
      calculationModeRead: none,
      calculationModeSet: missing,
      suspendApiCalculation: none,
      suspendScreenUpdating: missing,
      pageLayout: missing,
      centerHorizontally: missing,
      verticalAlignment: none,
      pageBreaks: missing,
      comments: missing,
      notes: missing,
    });
    expect(await tryEach('office2021')).toEqual({
      freezeRows: none,
      calculationModeRead: none,
      calculationModeSet: none,
      suspendApiCalculation: none,
      suspendScreenUpdating: none,
      pageLayout: none,
      centerHorizontally: none,
      verticalAlignment: none,
      pageBreaks: none,
      comments: none,
      notes: missing,
    });
    const web = await tryEach('web');
    expect(Object.values(web).every((c) => c === undefined)).toBe(true);
  });
});
