/**
 * @jest-environment jsdom
 */
import './testing/jsdom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { fakeOps, NO_RUBRIC } from './testing/fixtures';

test('where Excel has no data validation, 插入模板 says the template has no dropdowns and what to do', async () => {
  const ops = fakeOps(NO_RUBRIC, { insertTemplate: async () => ({ sheets: ['考评细则', '扣分记录'], dropdowns: false }) });
  render(<App ops={ops} initialLang="zh" />);
  await userEvent.click(await screen.findByRole('button', { name: '插入模板' }));
  const note = await screen.findByText(/已插入：考评细则、扣分记录。此版本的 Excel 不支持下拉列表/);
  expect(note.textContent).toMatch(/请按列标题填写/);
});
