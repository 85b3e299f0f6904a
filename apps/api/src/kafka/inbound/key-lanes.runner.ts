/**
 * Runs `work` over `items` with at most `concurrency` at once across keys and
 * strictly one after the other within a key (a decision's amend never
 * overtakes its record). `work` resolves false to halt: no further item
 * starts, and those running finish. If `work` throws, the others halt the
 * same way and the first error is rethrown once every lane has stopped, so
 * nothing is still dispatching when the caller gives the batch back.
 *
 * Resolves with which items completed, by index, so the caller can commit
 * only the contiguous prefix.
 */
export async function runInKeyLanes<T>(
  items: readonly T[],
  keyOf: (item: T, index: number) => string,
  concurrency: number,
  work: (item: T, index: number) => Promise<boolean>,
): Promise<boolean[]> {
  const lanes = new Map<string, number[]>();
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    const lane = lanes.get(key);
    if (lane) lane.push(index);
    else lanes.set(key, [index]);
  });
  const queue = [...lanes.values()];
  const done = items.map(() => false);
  let halted = false;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    for (let lane = queue.shift(); lane && !halted; lane = queue.shift()) {
      for (const index of lane) {
        if (halted) return;
        try {
          if (!(await work(items[index], index))) {
            halted = true;
            return;
          }
        } catch (error) {
          halted = true;
          failure ??= { error };
          return;
        }
        done[index] = true;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, lanes.size)) }, worker));
  if (failure) throw failure.error;
  return done;
}

/** The index of the last item of the completed prefix, or -1 when the first did not complete. */
export function completedPrefixEnd(done: readonly boolean[]): number {
  const firstOpen = done.indexOf(false);
  return firstOpen === -1 ? done.length - 1 : firstOpen - 1;
}
