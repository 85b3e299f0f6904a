import { WakeableSleep } from './wakeable-sleep';

describe('a wakeable sleep', () => {
  it('given a long sleep, when woken, then it ends at once', async () => {
    const sleep = new WakeableSleep();
    const started = Date.now();
    const done = sleep.sleep(60_000);
    sleep.wake();
    await done;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('given it is stopped, then the sleep under way and every later one end at once', async () => {
    const sleep = new WakeableSleep();
    const started = Date.now();
    const first = sleep.sleep(60_000);
    sleep.stop();
    await first;
    await sleep.sleep(60_000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('given nobody wakes it, then it ends after its time', async () => {
    const sleep = new WakeableSleep();
    let ended = false;
    void sleep.sleep(30).then(() => (ended = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ended).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ended).toBe(true);
  });
});
