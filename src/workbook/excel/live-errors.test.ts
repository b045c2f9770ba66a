import { FakeOfficeError } from '../fake-excel';
import { KaopingError } from '../errors';
import { classifyHostError } from './live-errors';

describe('Excel failures as the pane shows them', () => {
  test('a missing sheet names the place the clerk was going to', () => {
    const e = classifyHostError(new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.'), { sheet: '扣分记录', cell: 'E7' });
    expect(e).toBeInstanceOf(KaopingError);
    expect((e as KaopingError).text.zh).toContain('“扣分记录!E7”');
  });

  test('cell edit mode tells the clerk to leave the cell', () => {
    const e = classifyHostError(new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.'));
    expect((e as KaopingError).text.zh).toContain('按 Enter 或 Esc');
  });

  test('anything else keeps its own message', () => {
    const plain = new Error('boom');
    expect(classifyHostError(plain)).toBe(plain);
  });
});
