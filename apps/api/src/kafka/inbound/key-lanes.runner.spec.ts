import { completedPrefixEnd, runInKeyLanes } from './key-lanes.runner';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('running a chunk in key lanes', () => {
  it('given messages of several keys, when run, then each key keeps its order and at most `concurrency` run at once', async () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'b2', 'a3', 'd1', 'c2'];
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const done = await runInKeyLanes(
      items,
      (item) => item[0],
      2,
      async (item) => {
        started.push(item);
        running += 1;
        most = Math.max(most, running);
        await tick();
        running -= 1;
        return true;
      },
    );
    expect(done).toEqual(items.map(() => true));
    expect(most).toBe(2);
    for (const key of ['a', 'b', 'c']) {
      const ofKey = started.filter((item) => item[0] === key);
      expect(ofKey).toEqual([...ofKey].sort());
    }
  });

  it('given a key whose second message halts, when run, then that message and the rest of its lane stay undone and no new lane starts', async () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1'];
    const done = await runInKeyLanes(
      items,
      (item) => item[0],
      1,
      async (item) => item !== 'a2',
    );
    expect(done).toEqual([true, false, false, false, false]);
    expect(completedPrefixEnd(done)).toBe(0);
  });

  it('given a message that throws, when run, then the others finish what they started and the error is rethrown', async () => {
    const finished: string[] = [];
    const run = runInKeyLanes(
      ['a1', 'b1', 'b2'],
      (item) => item[0],
      2,
      async (item) => {
        if (item === 'a1') throw new Error('rebalancing');
        await tick();
        finished.push(item);
        return true;
      },
    );
    await expect(run).rejects.toThrow('rebalancing');
    expect(finished).toEqual(['b1']);
  });

  it('given completion flags, then the committable end is the last of the unbroken prefix', () => {
    expect(completedPrefixEnd([true, true, false, true])).toBe(1);
    expect(completedPrefixEnd([false, true])).toBe(-1);
    expect(completedPrefixEnd([true, true])).toBe(1);
  });
});
