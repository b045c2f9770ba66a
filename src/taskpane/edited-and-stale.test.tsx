/**
 * @jest-environment jsdom
 */
import './testing/jsdom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PeriodLabel } from '../engine/types';
import { App } from './App';
import type { CalculateOutcome } from './ops';
import { fakeAssessment, fakeOps, RESULT_SHEETS } from './testing/fixtures';

const assessment = fakeAssessment();
const beside: CalculateOutcome = {
  input: { sheets: [] },
  assessment,
  ms: 900,
  written: ['结果-总分 (2)', ...RESULT_SHEETS.slice(1)],
  extra: [],
  shown: '结果-排名',
  stale: false,
  edited: [{ sheet: '结果-总分', beside: '结果-总分 (2)' }],
};
const replaced: CalculateOutcome = { ...beside, written: RESULT_SHEETS, edited: [] };

describe('an edited result sheet', () => {
  test('is named after the run, with both choices as buttons; replacing asks first and then calculates with replaceEdited', async () => {
    const ops = fakeOps(assessment);
    ops.calculate.mockResolvedValueOnce(beside).mockResolvedValueOnce(replaced);
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    const question = await screen.findByRole('group', { name: '已手工修改的结果表' });
    expect(question.textContent).toContain('“结果-总分”已被手工修改');
    expect(question.textContent).toContain('本次结果写在“结果-总分 (2)”');
    await userEvent.click(within(question).getByRole('button', { name: '用本次结果替换…' }));
    expect(ops.calculate).toHaveBeenCalledTimes(1);
    expect(question.textContent).toContain('手工修改将全部丢失');
    // Into the confirmation on its safe button.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: '取消' }));
    await userEvent.click(within(question).getByRole('button', { name: '确定替换' }));
    await waitFor(() => expect(ops.calculate).toHaveBeenCalledTimes(2));
    expect(ops.calculate).toHaveBeenLastCalledWith({}, 'zh', expect.any(Function), { replaceEdited: true });
    await waitFor(() => expect(screen.queryByRole('group', { name: '已手工修改的结果表' })).toBeNull());
    expect(await screen.findByText(`已写出：${RESULT_SHEETS.join('、')}。`)).toBeTruthy();
  });

  test('by keyboard: Escape steps back out of the confirmation, then closes the question; nothing is replaced', async () => {
    const ops = fakeOps(assessment, { calculate: async () => beside });
    render(<App ops={ops} initialLang="en" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Calculate' }));
    const question = await screen.findByRole('group', { name: 'Result sheets edited by hand' });
    expect(question.textContent).toContain('"结果-总分" has been edited by hand');
    within(question).getByRole('button', { name: 'Replace with these results…' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(question.textContent).toContain('loses every hand edit');
    await userEvent.keyboard('{Escape}');
    expect(question.textContent).not.toContain('loses every hand edit');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Replace with these results…' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Result sheets edited by hand' })).toBeNull();
    expect(ops.calculate).toHaveBeenCalledTimes(1);
  });

  test('keeping the edits closes the question without calculating again', async () => {
    const ops = fakeOps(assessment, { calculate: async () => beside });
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    await userEvent.click(await screen.findByRole('button', { name: '保留修改，结果写在旁边' }));
    expect(screen.queryByRole('group', { name: '已手工修改的结果表' })).toBeNull();
    expect(ops.calculate).toHaveBeenCalledTimes(1);
  });
});

describe('results out of date on opening', () => {
  test('the first check, before any calculation, shows the note with a button that calculates', async () => {
    const ops = fakeOps(assessment, { check: async () => ({ assessment, ms: 100, stale: true }) });
    render(<App ops={ops} initialLang="zh" />);
    expect(await screen.findByText('工作表上的结果早于当前的设置或数据，请重新计算。')).toBeTruthy();
    expect(ops.calculate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '重新计算' }));
    await waitFor(() => expect(ops.calculate).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText('工作表上的结果早于当前的设置或数据，请重新计算。')).toBeNull());
  });

  test('says nothing when the results are up to date', async () => {
    const ops = fakeOps(assessment, { check: async () => ({ assessment, ms: 100, stale: false }) });
    render(<App ops={ops} initialLang="zh" />);
    await screen.findByRole('button', { name: '一键计算' });
    await waitFor(() => expect(ops.check).toHaveBeenCalled());
    expect(screen.queryByText(/早于当前的设置或数据/)).toBeNull();
  });

  test('the marker is trusted over the pane’s memory: after the ribbon wrote fresh results, no note although the scores changed', async () => {
    const changed = fakeAssessment({ periods: ['2024-Q1'] as PeriodLabel[] });
    const ops = fakeOps(assessment);
    ops.check.mockResolvedValueOnce({ assessment, ms: 100 }).mockResolvedValueOnce({ assessment: changed, ms: 100, stale: false });
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    await screen.findByText(/^已写出/);
    await userEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(ops.check).toHaveBeenCalledTimes(2));
    await screen.findByRole('button', { name: '一键计算' });
    expect(screen.queryByText(/早于当前的设置或数据/)).toBeNull();
  });

  test('where the marker cannot say, a check that scores otherwise than the pane’s last calculation shows the note', async () => {
    const changed = fakeAssessment({ periods: ['2024-Q1'] as PeriodLabel[] });
    const ops = fakeOps(assessment);
    ops.check.mockResolvedValueOnce({ assessment, ms: 100 }).mockResolvedValueOnce({ assessment: changed, ms: 100 });
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    await screen.findByText(/^已写出/);
    await userEvent.click(screen.getByRole('button', { name: '重新检查' }));
    expect(await screen.findByText('工作表上的结果早于当前的设置或数据，请重新计算。')).toBeTruthy();
  });
});

describe('a failure Kaoping does not know', () => {
  test('is told in the pane’s words, never with the internal error’s text', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const ops = fakeOps(assessment, { calculate: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'items')")) });
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('出现了意外的问题');
    expect(alert.textContent).not.toContain('reading');
  });
});

describe('looking at the pane again', () => {
  test('keeps the message and the question about an edited sheet up: a plain check removes neither', async () => {
    const ops = fakeOps(assessment, { calculate: async () => beside });
    render(<App ops={ops} initialLang="zh" />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }));
    await screen.findByRole('group', { name: '已手工修改的结果表' });
    await userEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(ops.check).toHaveBeenCalledTimes(2));
    // The check is over once the buttons work again.
    await waitFor(() => expect((screen.getByRole('button', { name: '重新检查' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByText(/^已写出/)).toBeTruthy();
    expect(screen.getByRole('group', { name: '已手工修改的结果表' })).toBeTruthy();
  });
});
