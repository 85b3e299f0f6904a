import type {
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { AppendSignal } from './append-signal';

const POLL_INTERVAL_MS = 250;
const DEFAULT_BATCH = 500;

/**
 * A catch-up subscription over any store that can `readAll` from a position:
 * reads pages of history, hands each page to the subscriber, and when it has
 * caught up waits for the append signal. One loop, so batches never overlap
 * and every event is delivered once, in order.
 */
export function catchUpSubscription(
  readAll: (options: ReadAllOptions) => Promise<RecordedEvent[]>,
  signal: AppendSignal,
  options: SubscribeOptions,
): Subscription {
  let after = options.after;
  let stopped = false;
  const maxCount = options.maxBatchSize ?? DEFAULT_BATCH;

  const loop = async (): Promise<void> => {
    while (!stopped) {
      const page = await readAll({ after, maxCount, filter: options.filter });
      if (stopped) return;
      if (page.length > 0) {
        await options.handle(page);
        after = page[page.length - 1].position;
        continue;
      }
      await signal.wait(POLL_INTERVAL_MS);
    }
  };

  const running = loop().catch((error: unknown) => {
    stopped = true;
    options.onError?.(error);
  });

  return {
    lastPosition: () => after,
    async stop() {
      stopped = true;
      signal.notify();
      await running;
    },
  };
}
