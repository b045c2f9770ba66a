import { EditWait } from './edit-wait';
import { KaopingError } from './errors';

test('a wait is heard when it starts and ends, and ends early with CANCELLED when cancelled', async () => {
  jest.useFakeTimers();
  try {
    const wait = new EditWait();
    const heard: boolean[] = [];
    const stop = wait.listen((w) => heard.push(w));
    const first = wait.sleep(500);
    jest.advanceTimersByTime(500);
    await first;
    expect(heard).toEqual([true, false]);
    const second = wait.sleep(8000);
    wait.cancel();
    await expect(second).rejects.toBeInstanceOf(KaopingError);
    await expect(second).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(heard).toEqual([true, false, true, false]);
    stop();
    wait.cancel(); // nothing under way: nothing happens
    expect(heard).toHaveLength(4);
  } finally {
    jest.useRealTimers();
  }
});
