import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@delegationsbeslut/event-store';

/**
 * A read model fed from the log (emmett's shape: init + canHandle + evolve).
 * `evolve` runs inside the transaction that also moves the projection's
 * checkpoint, so a crash neither skips nor double-applies an event.
 */
export interface Projection {
  readonly name: string;
  /** Bump it when the tables or `evolve` change: the projection is then rebuilt from the log. */
  readonly version: number;
  /** Every table it owns; dropped on rebuild. */
  readonly tables: readonly string[];
  init(db: Database.Database): void;
  canHandle(eventType: string): boolean;
  evolve(db: Database.Database, event: RecordedEvent): void;
  /** Forget in-memory caches (after a rollback or a rebuild). */
  reset?(): void;
}
