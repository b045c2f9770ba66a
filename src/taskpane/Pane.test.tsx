/**
 * @jest-environment jsdom
 */
import './testing/jsdom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import type { PeriodResult } from '../engine/types';
import type { CalculateOutcome } from './ops';
import { KaopingError } from './ops';
import {
  deferred,
  fakeAssessment,
  fakeOps,
  finding,
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
    await userEvent.click(screen.getByRole('tab', { name: '问题（4）' }));
    const first = screen.getByRole('button', { name: /扣分记录!C7/ });
    await userEvent.click(first);
    expect(ops.select).toHaveBeenLastCalledWith('扣分记录', 'C7');
    const second = screen.getByRole('button', { name: /扣分记录!D9/ });
    act(() => second.focus());
    await userEvent.keyboard('{Enter}');
    expect(ops.select).toHaveBeenLastCalledWith('扣分记录', 'D9');
    expect(ops.select).toHaveBeenCalledTimes(2);
  });

  test('a finding whose cell is gone says so instead of failing silently', async () => {
    const gone = new KaopingError('SHEET_NOT_FOUND', { zh: '找不到工作表“扣分记录”。', en: 'No sheet "扣分记录".' });
    const ops = fakeOps(WITH_ERRORS, { select: async () => Promise.reject(gone) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPane(ops);
    await userEvent.click(await screen.findByRole('tab', { name: '问题（4）' }));
    await userEvent.click(await screen.findByRole('button', { name: /扣分记录!C7/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('找不到工作表“扣分记录”。');
  });

  test('a clean run writes the result sheets and reports them', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await screen.findByRole('region', { name: '概况' });
    await waitFor(() => expect((screen.getByRole('button', { name: '一键计算' }) as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    expect(ops.calculate).toHaveBeenCalledWith({}, 'zh', expect.any(Function));
    expect(await screen.findByText(`已写出：${RESULT_SHEETS.join('、')}。`)).toBeTruthy();
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
      held.resolve({ input: { sheets: [] }, assessment: fakeAssessment(), ms: 10, written: RESULT_SHEETS, extra: [], shown: '结果-排名', stale: false, edited: [] });
    });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(ops.calculate).toHaveBeenCalledTimes(1);
  });

  test('picking another sheet for a role keeps the choice in the settings sheet and checks again', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await userEvent.click(await screen.findByRole('tab', { name: '设置' }));
    const picker = await screen.findByRole('combobox', { name: '考评细则' });
    await userEvent.selectOptions(picker, '扣分记录');
    await waitFor(() => expect(ops.saveSettings).toHaveBeenLastCalledWith('考评设置', { rubricSheet: '扣分记录' }, 'zh'));
    await waitFor(() => expect(ops.check).toHaveBeenCalledTimes(2));
    expect(ops.check).toHaveBeenLastCalledWith({}, expect.any(Function));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '考评单位' }), '（不使用）');
    await waitFor(() => expect(ops.saveSettings).toHaveBeenLastCalledWith('考评设置', { unitsSheet: null }, 'zh'));
    // The settings sheet itself is chosen in the pane only.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '考评设置' }), '考评单位');
    await waitFor(() => expect(ops.check).toHaveBeenLastCalledWith({ settings: '考评单位' }, expect.any(Function)));
  });

  test('saving settings writes only what changed, into the settings sheet', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await userEvent.click(await screen.findByRole('tab', { name: '设置' }));
    const flags = screen.getByRole('textbox', { name: '红旗名额' });
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
    await screen.findByRole('region', { name: '概况' });
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kaoping');
    await userEvent.click(screen.getByRole('tab', { name: 'Findings (4)' }));
    expect(screen.getByRole('button', { name: /Id 9.9 is not in the rubric/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Calculate' }));
    await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(ops.calculate).toHaveBeenCalledWith({}, 'en', expect.any(Function));
  });

  test('a run with errors warns that entries were left out and the ranking is for checking only', async () => {
    const ops = fakeOps(WITH_ERRORS);
    renderPane(ops);
    const button = await screen.findByRole('button', { name: '一键计算' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(button);
    const status = await screen.findByText(/有 2 处错误，所涉记录未计入，排名仅供核对/);
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(screen.queryByText(/^已写出：/)).toBeNull();
    // Back on the button once it ends.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '一键计算' })));
    // Escape closes the message.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByText(/排名仅供核对/)).toBeNull();
  });

  test('nothing scored says only the checks were written, and what to do', async () => {
    const notScored = fakeAssessment({ scored: false, findings: WITH_ERRORS.findings });
    const ops = fakeOps(notScored, {
      calculate: async () => ({ input: { sheets: [] }, assessment: notScored, ms: 5, written: ['结果-校验'], extra: [], shown: '结果-校验', stale: false, edited: [] }),
    });
    renderPane(ops);
    const button = await screen.findByRole('button', { name: '一键计算' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain('未能计分，只写出了 结果-校验。请按“问题”中的错误改正');
  });

  test('the findings are one Tab stop, grouped by code with a count, sorted by row; the arrow keys move', async () => {
    const ops = fakeOps(
      fakeAssessment({
        findings: [
          finding('warning', 'MISSING_REASON', '扣分记录', 'F19', '扣分未写原因。'),
          finding('warning', 'MISSING_REASON', '扣分记录', 'F4', '扣分未写原因。'),
          finding('error', 'UNKNOWN_UNIT', '扣分记录', 'B12', '单位不在名单中。'),
          finding('warning', 'MISSING_REASON', '扣分记录', 'F110', '扣分未写原因。'),
        ],
      }),
    );
    renderPane(ops);
    await userEvent.click(await screen.findByRole('tab', { name: '问题（4）' }));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['错误 · 未知单位（1）', '警告 · 扣分未写原因（3）']);
    const items = screen.getAllByRole('button', { name: /扣分记录!/ });
    expect(items.map((b) => /扣分记录!\w+/.exec(b.textContent ?? '')?.[0])).toEqual(['扣分记录!B12', '扣分记录!F4', '扣分记录!F19', '扣分记录!F110']);
    expect(items.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
    items[0].focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(items[2]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(items[3]);
    await userEvent.keyboard('{Enter}');
    expect(ops.select).toHaveBeenLastCalledWith('扣分记录', 'F110');
  });

  test('settings are checked as typed, keep their decimals, and save with 保存并重新计算', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    await userEvent.click(await screen.findByRole('tab', { name: '设置' }));
    const decimals = screen.getByRole('textbox', { name: '小数位' });
    await userEvent.clear(decimals);
    await userEvent.type(decimals, '9');
    expect(screen.getByText('请填写 0 到 6 之间的数')).toBeTruthy();
    expect((screen.getByRole('button', { name: '保存并重新计算' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(decimals);
    await userEvent.type(decimals, '1');
    const pass = screen.getByRole('textbox', { name: '合格线' });
    await userEvent.clear(pass);
    await userEvent.type(pass, '-5');
    expect(screen.getByText('请填写不小于 0 的数')).toBeTruthy();
    await userEvent.clear(pass);
    await userEvent.type(pass, '96.5');
    expect((pass as HTMLInputElement).value).toBe('96.5');
    await userEvent.click(screen.getByRole('button', { name: '保存并重新计算' }));
    await waitFor(() => expect(ops.saveSettings).toHaveBeenCalledWith('考评设置', { decimals: 1, passLine: 96.5 }, 'zh'));
    await waitFor(() => expect(ops.calculate).toHaveBeenCalledTimes(1));
  });

  test('after a run, sums up the results: flags, failures, vetoes and each zone’s first three', async () => {
    const ops = fakeOps(fakeAssessment());
    renderPane(ops);
    const results = await screen.findByRole('region', { name: /^结果/ });
    expect(within(results).getByText('红旗').closest('div')?.textContent).toMatch(/^红旗\d+$/);
    expect(within(results).getByText(/一区 前三名/)).toBeTruthy();
  });

  test('the first three read in the pane’s language: Chinese punctuation in Chinese, none of it in English', async () => {
    const a = fakeAssessment();
    const standings: PeriodResult[] = a.units.map((u, k) => ({
      period: a.periods[a.periods.length - 1],
      unit: u.name,
      zone: u.zone,
      categories: {},
      base: 95 - k,
      bonus: 0,
      total: 95 - k,
      coefficient: 1,
      rankScore: 95 - k,
      vetoed: false,
      passed: true,
      rankChange: null,
      rankInZone: k + 1,
      rankOverall: k + 1,
      flag: null,
    }));
    for (const lang of ['zh', 'en'] as const) {
      const ops = fakeOps({ ...a, results: standings });
      const view = render(<App ops={ops} initialLang={lang} />);
      const results = await screen.findByRole('region', { name: lang === 'zh' ? /^结果/ : /^Results/ });
      const zone = within(results).getByText(lang === 'zh' ? /一区 前三名/ : /一区, top three/).closest('li')!.textContent!;
      if (lang === 'zh') expect(zone).toMatch(/^一区 前三名： 1\. /);
      else {
        expect(zone).toMatch(/^一区, top three: 1\. /);
        expect(zone).not.toMatch(/[：\u3000]/);
      }
      view.unmount();
    }
  });

  test('a cell being edited shows a visible wait with a cancel', async () => {
    const held = deferred<CalculateOutcome>();
    const ops = fakeOps(fakeAssessment(), { calculate: () => held.promise });
    renderPane(ops);
    const button = await screen.findByRole('button', { name: '一键计算' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    await userEvent.click(button);
    act(() => ops.editWait(true));
    expect(screen.getByText(/有单元格正在编辑/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(ops.cancelWait).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/有单元格正在编辑/)).toBeNull();
    await act(async () => held.reject(new KaopingError('CANCELLED', { zh: '已取消。', en: 'Cancelled.' })));
    expect((await screen.findByRole('alert')).textContent).toContain('已取消。');
  });
});
