import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent, Subscription } from '@delegationsbeslut/event-store';
import type { Projection } from './projection';

const RESTART_AFTER_ERROR_MS = 1000;

interface Running {
  readonly projection: Projection;
  position: number;
  subscription?: Subscription;
  lastError?: string;
  restartTimer?: NodeJS.Timeout;
}

/**
 * Feeds each projection from its own checkpointed catch-up subscription, and
 * lets a write wait until every projection has seen its position (read your
 * writes). A projection whose version changed, or that is asked to, is dropped
 * and rebuilt from the log.
 */
export class ProjectionRunner {
  private readonly running = new Map<string, Running>();
  private waiters: { position: number; resolve: () => void }[] = [];
  private stopped = false;

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
    projections: readonly Projection[],
    private readonly onError: (projection: string, error: unknown) => void,
  ) {
    for (const projection of projections) this.running.set(projection.name, { projection, position: 0 });
  }

  start(): void {
    for (const run of this.running.values()) {
      const stored = this.db
        .prepare('SELECT version, position FROM projection_checkpoints WHERE name = ?')
        .get(run.projection.name) as { version: number; position: number } | undefined;
      if (stored && stored.version !== run.projection.version) this.drop(run.projection);
      run.projection.init(this.db);
      run.position = stored && stored.version === run.projection.version ? stored.position : 0;
      this.subscribe(run);
    }
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.caughtUpTo(position)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Drops one projection's tables and replays the whole log into it. */
  async rebuild(name: string): Promise<void> {
    const run = this.running.get(name);
    if (!run) throw new Error(`no projection ${name}`);
    await run.subscription?.stop();
    this.drop(run.projection);
    run.projection.init(this.db);
    run.position = 0;
    this.subscribe(run);
  }

  status(): Record<string, { position: number; lastError?: string }> {
    const result: Record<string, { position: number; lastError?: string }> = {};
    for (const [name, run] of this.running) result[name] = { position: run.position, lastError: run.lastError };
    return result;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const run of this.running.values()) {
      clearTimeout(run.restartTimer);
      await run.subscription?.stop();
    }
  }

  private subscribe(run: Running): void {
    if (this.stopped) return;
    const { projection } = run;
    const apply = this.db.transaction((events: readonly RecordedEvent[]) => {
      for (const event of events) {
        if (projection.canHandle(event.type)) projection.evolve(this.db, event);
      }
      const last = events[events.length - 1].position;
      this.db
        .prepare(
          `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position`,
        )
        .run(projection.name, projection.version, last);
      return last;
    });
    run.subscription = this.store.subscribeToAll({
      after: run.position === 0 ? undefined : run.position,
      maxBatchSize: 1000,
      handle: (events) => {
        try {
          run.position = apply(events);
        } catch (error) {
          projection.reset?.();
          throw error;
        }
        run.lastError = undefined;
        this.wakeWaiters();
      },
      onError: (error) => {
        run.lastError = String(error);
        this.onError(projection.name, error);
        // resume from the durable checkpoint: nothing of the failed batch was applied
        run.restartTimer = setTimeout(() => this.subscribe(run), RESTART_AFTER_ERROR_MS);
      },
    });
  }

  private drop(projection: Projection): void {
    this.db.transaction(() => {
      for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(projection.name);
    })();
    projection.reset?.();
  }

  private caughtUpTo(position: number): boolean {
    for (const run of this.running.values()) if (run.position < position) return false;
    return true;
  }

  private wakeWaiters(): void {
    const ready = this.waiters.filter((w) => this.caughtUpTo(w.position));
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }
}
