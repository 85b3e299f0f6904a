/** Exponential back-off for passing failures, capped so a recovered store is noticed soon. */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 200, maxMs: 5_000 };

/** Delay before attempt `attempt + 1`; ±20 % jitter so partitions retrying together spread out. */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const exponential = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

/** How a wait learns that it should end early, and keeps the group membership alive meanwhile. */
export interface WaitControl {
  readonly stopped: () => boolean;
  readonly heartbeat: () => Promise<void>;
}

const SLICE_MS = 250;

/**
 * Waits `ms`, in slices, heartbeating between them: a long outage must not
 * cost the partition (the group would rebalance it away and replay it
 * elsewhere into the same outage). Resolves false as soon as it should stop.
 */
export async function waitUnlessStopped(ms: number, control: WaitControl): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (control.stopped()) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(SLICE_MS, until - Date.now())));
    await control.heartbeat();
  }
  return !control.stopped();
}
