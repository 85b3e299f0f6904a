import type Database from 'better-sqlite3';
import type { EventStore, RecordedEvent, Subscription } from '@delegationsbeslut/event-store';
import type { Projection } from './projection';
import { forgetStatements } from './statements';

const RESTART_AFTER_ERROR_MS = 1000;

/**
 * Feeds every projection from one checkpointed catch-up subscription: a batch
 * of events is applied to all of them in one read-model transaction, with each
 * projection's own checkpoint, so a crash neither skips nor double-applies.
 * Each projection keeps its own checkpoint, so one can be dropped and rebuilt
 * alone: the subscription restarts from the lowest checkpoint and the others
 * skip what they have already applied. Writes wait on `waitFor` (read your writes).
 */
export class ProjectionRunner {
  private readonly positions = new Map<string, number>();
  private subscription?: Subscription;
  private restartTimer?: NodeJS.Timeout;
  private lastError?: string;
  private waiters: { position: number; resolve: () => void }[] = [];
  private stopped = false;
  private readonly saveCheckpoint: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly onError: (error: unknown) => void,
  ) {
    this.saveCheckpoint = db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position`,
    );
  }

  start(): void {
    const stored = this.db.prepare('SELECT name, version, position FROM projection_checkpoints');
    const checkpoints = new Map(
      (stored.all() as { name: string; version: number; position: number }[]).map((c) => [
        c.name,
        c,
      ]),
    );
    for (const projection of this.projections) {
      const checkpoint = checkpoints.get(projection.name);
      const current = checkpoint !== undefined && checkpoint.version === projection.version;
      if (!current) this.drop(projection);
      projection.init(this.db);
      this.positions.set(projection.name, current ? checkpoint.position : 0);
    }
    this.subscribe();
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.lowest() >= position) return Promise.resolve(true);
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
    const projection = this.projections.find((p) => p.name === name);
    if (!projection) throw new Error(`no projection ${name}`);
    await this.subscription?.stop();
    this.drop(projection);
    projection.init(this.db);
    this.positions.set(name, 0);
    this.subscribe();
  }

  status(): { positions: Record<string, number>; lastError?: string } {
    return {
      positions: Object.fromEntries(this.positions),
      ...(this.lastError && { lastError: this.lastError }),
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    await this.subscription?.stop();
  }

  private subscribe(): void {
    if (this.stopped) return;
    const apply = this.db.transaction((events: readonly RecordedEvent[]) => {
      const last = events[events.length - 1].position;
      for (const projection of this.projections) {
        const from = this.positions.get(projection.name) ?? 0;
        if (from >= last) continue;
        for (const event of events) {
          if (event.position > from && projection.canHandle(event.type))
            projection.evolve(this.db, event);
        }
        this.saveCheckpoint.run(projection.name, projection.version, last);
      }
      return last;
    });
    const from = this.lowest();
    this.subscription = this.store.subscribeToAll({
      after: from === 0 ? undefined : from,
      maxBatchSize: 1000,
      handle: (events) => {
        try {
          const last = apply(events);
          for (const projection of this.projections) {
            if ((this.positions.get(projection.name) ?? 0) < last)
              this.positions.set(projection.name, last);
          }
        } catch (error) {
          for (const projection of this.projections) projection.reset?.();
          throw error;
        }
        this.lastError = undefined;
        this.wakeWaiters();
      },
      onError: (error) => {
        this.lastError = String(error);
        this.onError(error);
        // resume from the durable checkpoints: nothing of the failed batch was applied
        this.restartTimer = setTimeout(() => this.subscribe(), RESTART_AFTER_ERROR_MS);
      },
    });
  }

  private drop(projection: Projection): void {
    this.db.transaction(() => {
      for (const table of projection.tables) this.db.exec(`DROP TABLE IF EXISTS ${table}`);
      this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(projection.name);
    })();
    forgetStatements(this.db);
    projection.reset?.();
  }

  private lowest(): number {
    let lowest = Number.POSITIVE_INFINITY;
    for (const position of this.positions.values()) lowest = Math.min(lowest, position);
    return lowest === Number.POSITIVE_INFINITY ? 0 : lowest;
  }

  private wakeWaiters(): void {
    const lowest = this.lowest();
    const ready = this.waiters.filter((w) => w.position <= lowest);
    if (ready.length === 0) return;
    this.waiters = this.waiters.filter((w) => w.position > lowest);
    for (const waiter of ready) waiter.resolve();
  }
}
