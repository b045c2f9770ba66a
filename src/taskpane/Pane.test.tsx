/**
 * @jest-environment jsdom
 */
import './testing/jsdom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import type { CalculateOutcome } from './ops';
import { KaopingError } from './ops';
import {
  deferred,
  fakeAssessment,
  fakeOps,
  NO_RUBRIC,
  RESULT_SHEETS,
  WITH_ERRORS,
  type FakeOps,
} from './testing/fixtures';

function renderPane(ops: FakeOps, lang: 'zh' | 'en' = 'zh') {
  render(<App ops={ops} initialLang={lang} />);
}

describe('the task pane', () => {
  test('with no rubric, offers to insert the template and checks again after', async () => {
    const ops = fakeOps(NO_RUBRIC);
    renderPane(ops);
    const insert = await screen.findByRole('button', { name: '插入模板' });
    expect(screen.getByText('未找到考评细则')).toBeTruthy();
    await userEvent.click(insert);
    await waitFor(() => expect(ops.check).toHaveBeenCalledTimes(2));
    expect(ops.insertTemplate).toHaveBeenCalledWith('zh');
    expect(await screen.findByText('已插入：考评细则、考评单位')).toBeTruthy();
  });

  test('with errors, counts them and takes the clerk to a finding by click or Enter', async () => {
    const ops = fakeOps(WITH_ERRORS);
    renderPane(ops);
    const summary = await screen.findByRole('region', { name: '概况' });
    expect(within(summary).getByText('错误').closest('div')?.textContent).toBe('错误2');
    expect(within(summary).getByText('警告').closest('div')?.textContent).toBe('警告1');
    const first = screen.getByRole('button', { name: /扣分记录!C7/ });
    await userEvent.click(first);
    expect(ops.select).toHaveBeenLastCalledWith('扣分记录', 'C7');
    const second = screen.getByRole('button', { name: /扣分记录!D9/ });
    second.focus();
    await userEvent.keyboard('{Enter}');
    expect(ops.select).toHaveBeenLastCalledWith('扣分记录', 'D9');
    expect(ops.select).toHaveBeenCalledTimes(2);
  });

  test('a finding whose cell is gone says so instead of failing silently', async () => {
    const gone = new KaopingError('SHEET_NOT_FOUND', { zh: '找不到工作表“扣分记录”。', en: 'No sheet "扣分记录".' });
    const ops = fakeOps(WITH_ERRORS, { select: async () => Promise.reject(gone) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(ops);
    await userEvent.click(await screen.findByRole('button', { name: /扣分记录!C7/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('找不到工作表“扣分记录”。');
  });

  test('a clean run writes the result sheets and reports them', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await screen.findByText('没有发现问题。');
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    expect(ops.calculate).toHaveBeenCalledWith({}, 'zh', expect.any(Function));
    expect(await screen.findByText(`已写出：${RESULT_SHEETS.join('、')}`)).toBeTruthy();
    const summary = screen.getByRole('region', { name: '概况' });
    expect(within(summary).getByText('用时').closest('div')?.textContent).toBe('用时1.5 秒');
  });

  test('while running, shows the stage and a double click writes only once', async () => {
    const held = deferred<CalculateOutcome>();
    const ops = fakeOps(fakeAssessment(), { calculate: () => held.promise });
    renderPane(ops);
    const button = await screen.findByRole('button', { name: '一键计算' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.dblClick(button);
    expect(ops.calculate).toHaveBeenCalledTimes(1);
    const progress = ops.calculate.mock.calls[0][2];
    act(() => progress('scoring', 3, 4));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('计分 3/4');
    expect((screen.getByRole('button', { name: '正在计算…' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      held.resolve({ input: { sheets: [] }, assessment: fakeAssessment(), ms: 10, written: RESULT_SHEETS, extra: [], shown: '结果-排名' });
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(ops.calculate).toHaveBeenCalledTimes(1);
  });

  test('picking another sheet for a role checks again with the override', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    const picker = await screen.findByRole('combobox', { name: '考评细则' });
    await userEvent.selectOptions(picker, '扣分记录');
    await waitFor(() => expect(ops.check).toHaveBeenLastCalledWith({ rubric: '扣分记录' }, expect.any(Function)));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '考评单位' }), '（不使用）');
    await waitFor(() => expect(ops.check).toHaveBeenLastCalledWith({ rubric: '扣分记录', units: null }, expect.any(Function)));
  });

  test('saving settings writes only what changed, into the settings sheet', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await userEvent.click(await screen.findByRole('button', { name: '考评设置' }));
    const flags = screen.getByRole('spinbutton', { name: '红旗名额' });
    await userEvent.clear(flags);
    await userEvent.type(flags, '5');
    await userEvent.click(screen.getByRole('radio', { name: /中国式/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));
    await waitFor(() => expect(ops.saveSettings).toHaveBeenCalledWith('考评设置', { topFlags: 5, ranking: 'dense' }, 'zh'));
    expect(await screen.findByText('设置已写入“考评设置”。')).toBeTruthy();
  });

  test('switches to English', async () => {
    const ops = fakeOps(WITH_ERRORS);
    renderPane(ops);
    await screen.findByRole('button', { name: /扣分记录!C7/ });
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kaoping');
    expect(screen.getByRole('button', { name: /Id 9.9 is not in the rubric/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(ops.calculate).toHaveBeenCalledWith({}, 'en', expect.any(Function));
  });
});
