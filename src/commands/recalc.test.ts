import type { RecalcResult as CalculateOutcome } from '../app/recalc';
import { KaopingError } from '../workbook/errors';
import { deferred, fakeAssessment } from '../taskpane/testing/fixtures';
import { makeRecalc } from './recalc';

const OUTCOME: CalculateOutcome = { input: { sheets: [] }, assessment: fakeAssessment(), ms: 5, written: ['结果-排名'], extra: [], shown: '结果-排名', stale: false, edited: [] };

describe('the ribbon 一键计算', () => {
  test('calculates in the Office language and completes the event', async () => {
    const calculate = jest.fn(async () => OUTCOME);
    const report = jest.fn();
    const recalc = makeRecalc({ ops: { calculate }, lang: () => 'en', report });
    const completed = jest.fn();
    await recalc({ completed });
    expect(calculate).toHaveBeenCalledWith({}, 'en', expect.any(Function));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
  });

  test('a second click while one runs writes nothing more', async () => {
    const held = deferred<CalculateOutcome>();
    const calculate = jest.fn(() => held.promise);
    const recalc = makeRecalc({ ops: { calculate }, lang: () => 'zh', report: jest.fn() });
    const first = { completed: jest.fn() };
    const second = { completed: jest.fn() };
    const running = recalc(first);
    await recalc(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    held.resolve(OUTCOME);
    await running;
    expect(calculate).toHaveBeenCalledTimes(1);
    expect(first.completed).toHaveBeenCalledTimes(1);
  });

  test('tells the clerk when it fails, then completes', async () => {
    const error = new KaopingError('InvalidOperationInCellEditMode', { zh: '正在编辑单元格。', en: 'Editing a cell.' });
    const report = jest.fn();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const recalc = makeRecalc({ ops: { calculate: async () => Promise.reject(error) }, lang: () => 'zh', report });
    const completed = jest.fn();
    await recalc({ completed });
    expect(report).toHaveBeenCalledWith('一键计算未完成：正在编辑单元格。');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('an unexpected failure is told in Kaoping’s words, never the internal error’s text', async () => {
    const report = jest.fn();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const recalc = makeRecalc({ ops: { calculate: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'items')")) }, lang: () => 'en', report });
    await recalc({ completed: jest.fn() });
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0][0]).toMatch(/^Calculate did not finish: something unexpected went wrong/);
    expect(report.mock.calls[0][0]).not.toContain('reading');
  });
});
