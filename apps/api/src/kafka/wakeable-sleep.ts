/**
 * A sleep that can be ended early: by a stop, or by news that there is work
 * (a new outbox row). Once stopped, every sleep ends at once, so a loop that
 * checks its flag just before sleeping cannot miss the stop.
 */
export class WakeableSleep {
  private current: (() => void) | undefined;
  private stopped = false;

  sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), ms);
      this.current = () => {
        clearTimeout(timer);
        this.current = undefined;
        resolve();
      };
    });
  }

  /** Ends the sleep under way, if any. */
  wake(): void {
    this.current?.();
  }

  /** Ends the sleep under way and every later one. */
  stop(): void {
    this.stopped = true;
    this.wake();
  }
}
