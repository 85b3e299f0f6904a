import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  EventStoreUnavailableError,
  WrongExpectedRevisionError,
  revisionMatches,
} from '../event-store.port';
import { AppendSignal } from '../shared/append-signal';
import { catchUpSubscription } from '../shared/catch-up-subscription';
import { findIdempotentAppend } from '../shared/stream-reads';
import { applyDurabilitySettings } from './sqlite-durability';
import {
  allFilterSql,
  EVENTS_SCHEMA,
  type EventRow,
  toRecordedEvent,
} from './sqlite-events.schema';

interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedRevision: ExpectedRevision;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { ok: AppendResult } | { error: unknown };

/** Per attempt, SQLite waits this long (blocking) for another process's write lock. */
const LOCK_ATTEMPT_MS = 50;
/** Between attempts the event loop is free. */
const LOCK_RETRY_MS = 100;
/** After this long under someone else's lock, appends fail as unavailable. */
const DEFAULT_LOCK_WAIT_MS = 5000;

function isLocked(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'))
  );
}

function isConstraintError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown })?.code === 'string' &&
    (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT')
  );
}

/**
 * The embedded event store: one SQLite file, WAL, `synchronous=FULL`.
 *
 * Appends made in the same turn of the event loop share one transaction and so
 * one fsync (group commit); each append runs in its own savepoint, so one
 * append's wrong revision does not fail its neighbours. SQLite's single writer
 * makes commit order equal position order, which is what keeps catch-up
 * subscriptions from ever skipping a position that commits late.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly signal = new AppendSignal();
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly lockWaitMs: number;
  private closed = false;

  private readonly currentRevision: Database.Statement<[string], { revision: number | null }>;
  private readonly findEvent: Database.Statement<[string], { stream_id: string }>;
  private readonly insert: Database.Statement<unknown[]>;
  private readonly streamForwards: Database.Statement<[string, number, number], EventRow>;
  private readonly streamBackwards: Database.Statement<[string, number, number], EventRow>;
  private readonly head: Database.Statement<[], { position: number | null }>;
  private readonly commitBatch: (batch: readonly PendingAppend[]) => Outcome[];

  constructor(
    readonly file: string,
    private readonly clock: () => Date = () => new Date(),
    options: { readonly lockWaitMs?: number } = {},
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    applyDurabilitySettings(this.db);
    // SQLite's busy wait blocks the whole process (better-sqlite3 is
    // synchronous): wait briefly per attempt, and retry asynchronously
    this.db.pragma(`busy_timeout = ${LOCK_ATTEMPT_MS}`);
    this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    this.db.exec(EVENTS_SCHEMA);

    this.currentRevision = this.db.prepare(
      'SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?',
    );
    this.findEvent = this.db.prepare('SELECT stream_id FROM events WHERE id = ?');
    this.insert = this.db.prepare(
      `INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.streamForwards = this.db.prepare(
      `SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`,
    );
    this.streamBackwards = this.db.prepare(
      `SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    );
    this.head = this.db.prepare('SELECT MAX(position) AS position FROM events');

    const appendOne = this.db.transaction((item: PendingAppend) => this.appendNow(item));
    const commitBatch = this.db.transaction((batch: readonly PendingAppend[]) =>
      batch.map((item): Outcome => {
        try {
          return { ok: appendOne(item) };
        } catch (error) {
          // only the append's own refusals stay its own; a busy or failing
          // database fails the whole group (and nothing of it is stored)
          if (error instanceof WrongExpectedRevisionError || isConstraintError(error))
            return { error };
          throw error;
        }
      }),
    );
    // IMMEDIATE takes the write lock at BEGIN, waiting out busy_timeout while
    // another process commits, instead of failing at the first write
    this.commitBatch = (batch) => commitBatch.immediate(batch);
  }

  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreUnavailableError('event store is closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({
        streamId,
        events,
        expectedRevision: options.expectedRevision,
        resolve,
        reject,
      });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const max = options.maxCount ?? -1;
    const rows =
      options.direction === 'backwards'
        ? this.streamBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, max)
        : this.streamForwards.all(streamId, options.fromRevision ?? 0, max);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const filter = allFilterSql(options.filter);
    // both bounds on the rowid: a range scan of the primary key, or of
    // events_by_type when a type filter makes that the narrower index
    const rows = this.db
      .prepare(
        `SELECT * FROM events WHERE position > ? AND position <= ? ${filter.sql}
         ORDER BY position LIMIT ?`,
      )
      .all(
        options.after ?? 0,
        options.to ?? Number.MAX_SAFE_INTEGER,
        ...filter.params,
        options.maxCount ?? -1,
      ) as EventRow[];
    return rows.map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return catchUpSubscription((o) => this.readAll(o), this.signal, options);
  }

  async headPosition(): Promise<number | undefined> {
    return this.head.get()?.position ?? undefined;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.signal.notify();
    this.db.close();
  }

  private flush(lockedSince?: number): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.commitBatch(batch);
    } catch (error) {
      const since = lockedSince ?? performance.now();
      if (isLocked(error) && !this.closed && performance.now() - since < this.lockWaitMs) {
        // another process holds the write lock: try the same group again soon,
        // ahead of what arrived meanwhile, without blocking the event loop
        this.pending = [...batch, ...this.pending];
        this.flushScheduled = true;
        setTimeout(() => this.flush(since), LOCK_RETRY_MS);
        return;
      }
      // the commit itself failed (disk full, locked by another process): nothing of it is stored
      const failure = new EventStoreUnavailableError(`append failed: ${String(error)}`, error);
      for (const item of batch) item.reject(failure);
      return;
    }
    outcomes.forEach((outcome, i) =>
      'ok' in outcome ? batch[i].resolve(outcome.ok) : batch[i].reject(outcome.error),
    );
    this.signal.notify();
  }

  /** runs inside the batch transaction, in its own savepoint */
  private appendNow({ streamId, events, expectedRevision }: PendingAppend): AppendResult {
    if (events.length > 0 && this.findEvent.get(events[0].id)?.stream_id === streamId) {
      const stream = this.streamForwards.all(streamId, 0, -1).map(toRecordedEvent);
      const repeated = findIdempotentAppend(stream, events, expectedRevision);
      if (repeated) return repeated;
    }
    const last = this.currentRevision.get(streamId)?.revision ?? null;
    const actual = last === null ? 'no_stream' : last;
    if (!revisionMatches(expectedRevision, actual)) {
      throw new WrongExpectedRevisionError(streamId, expectedRevision, actual);
    }
    const recordedAt = this.clock().toISOString();
    let revision = last ?? -1;
    let position = 0;
    for (const event of events) {
      revision += 1;
      const info = this.insert.run(
        event.id,
        streamId,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata ?? {}),
        recordedAt,
      );
      position = Number(info.lastInsertRowid);
    }
    return { nextExpectedRevision: revision, position };
  }
}
