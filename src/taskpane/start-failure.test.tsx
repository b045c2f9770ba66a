/**
 * @jest-environment jsdom
 */
import './testing/jsdom';
import { screen } from '@testing-library/react';

jest.mock('../workbook/excel', () => ({
  officeLoaded: () => true,
  officeReady: () => Promise.reject(new Error('Office.js internal: host handshake timed out (0x80004005)')),
  displayLanguage: () => 'zh-CN',
  supportsExcelApi: () => true,
  connectExcel: () => {
    throw new Error('not reached');
  },
}));

test('when Office does not start, the pane says what to do in both languages and keeps the reason for the console', async () => {
  document.body.innerHTML = '<div id="container"></div>';
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.isolateModules(() => {
    // The entry runs when it is loaded: load it here, after the mock (jest has no dynamic import).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./index');
  });
  const message = await screen.findByText(/请关闭此窗格后重新打开/);
  expect(message.textContent).toMatch(/close this pane and open it again/);
  expect(document.body.textContent).not.toMatch(/handshake|0x80004005|Office did not initialise/);
  expect(logged).toHaveBeenCalledWith('Office did not initialise', expect.objectContaining({ message: expect.stringMatching(/handshake/) }));
  logged.mockRestore();
});
