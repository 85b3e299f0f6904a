/**
 * Wakes catch-up subscriptions when the log grows. In-process appends notify at
 * once; appends by another process on the same SQLite file are found by the
 * poll interval, so several service instances stay correct, only slower.
 */
export class AppendSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const waiters = this.waiters;
    this.waiters = new Set();
    for (const wake of waiters) wake();
  }

  /** resolves on the next notify, or after `timeoutMs` */
  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }
}
