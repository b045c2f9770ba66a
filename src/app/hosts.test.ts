/**
 * The pane and the ribbon on each Excel the add-in runs on (host profiles of the in-memory Excel:
 * web, Microsoft 365, Office 2021 at ExcelApi 1.14, Office 2019 at 1.7): 一键计算 in the pane twice,
 * the second time with the result sheet the first one showed still active, then the ribbon's; the
 * results are whole, and the checks sheet says what that Excel lacks.
 */
import { POWER_PLANT } from '../../seeds/power-plant';
import { makeRecalc } from '../commands/recalc';
import { portOps } from '../taskpane/port-ops';
import { PROFILES, type HostId } from '../workbook/fake-excel';
import { fakePaneRun, fakeRun } from '../workbook/fake-excel/fake-run';
import { ExcelLivePort } from '../workbook/excel/live-port';
import { fakeFromSample } from '../workbook/excel/testing';

const LACKS: Record<HostId, string[]> = {
  web: [],
  m365: [],
  office2021: ['HOST_NO_NOTES'],
  office2019: ['HOST_NO_NOTES', 'HOST_NO_COMMENTS', 'HOST_NO_PAGE_LAYOUT'],
};

describe.each(Object.keys(LACKS) as HostId[])('on %s', (host) => {
  test('the pane calculates twice and the ribbon once; results whole, 结果-校验 says what this Excel lacks', async () => {
    const fake = fakeFromSample(POWER_PLANT);
    fake.profile = PROFILES[host];
    const port = new ExcelLivePort(fakeRun(fake), fakePaneRun(fake), { sleep: () => Promise.resolve() });
    const ops = portOps(port);

    const first = await ops.calculate({}, 'zh', () => undefined);
    // The pane shows the result sheet it names, which makes it Excel's active sheet.
    await ops.select(first.shown, '');
    expect(fake.book.active()?.name).toBe(first.shown);
    const second = await ops.calculate({}, 'zh', () => undefined);
    expect(second.written).toEqual(first.written);

    const report = jest.fn();
    const completed = jest.fn();
    await makeRecalc({ ops, lang: () => 'zh', report })({ completed });
    expect(report).not.toHaveBeenCalled();
    expect(completed).toHaveBeenCalledTimes(1);

    expect(fake.book.sheets.filter((s) => s.name.startsWith('_kp_'))).toEqual([]);
    const checks = fake.book.find('结果-校验');
    const codes = (checks?.rows ?? []).map((r) => r?.[1]?.v).filter((v): v is string => typeof v === 'string' && v.startsWith('HOST_'));
    expect(codes).toEqual(LACKS[host]);
    expect(fake.application.calculationMode).toBe('Automatic');
  });
});
