import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { assertNever, DomainError } from '@delegationsbeslut/domain';
import { type EventMetadata, InMemoryEventStore } from '@delegationsbeslut/event-store';
import { type DomainEvent, streamIds } from '../event-store/streams';
import { BoardQueries } from './boards/boards.queries';
import { DecisionQueries } from './decisions/decisions.queries';
import { DelegationOrderQueries } from './delegation-order/delegation-order.queries';
import { EventLogQueries } from './event-log/event-log.queries';
import { MeetingQueries } from './meetings/meetings.queries';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { CHECKPOINTS_SCHEMA } from './read-model-database';

/** The query classes, each built on the spec's database, as the app builds them. */
export interface ProjectionQueries {
  readonly boards: BoardQueries;
  readonly delegationOrder: DelegationOrderQueries;
  readonly meetings: MeetingQueries;
  readonly decisions: DecisionQueries;
  readonly eventLog: EventLogQueries;
}

/** A given event with what the store would have recorded around it. */
export interface GivenEvent {
  readonly event: DomainEvent;
  /** ISO-8601 UTC; by default a fixed instant a second after the previous event's */
  readonly recordedAt?: string;
  readonly metadata?: EventMetadata;
}

/** `event` as recorded at `recordedAt` (and with `metadata`), for the specs that read them. */
export function recorded(
  event: DomainEvent,
  options: { readonly recordedAt?: string; readonly metadata?: EventMetadata },
): GivenEvent {
  return { event, ...options };
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** Where the default `recordedAt`s start: any fixed instant keeps the specs repeatable. */
const FIRST_RECORDED_AT = Date.parse('2023-01-01T00:00:00.000Z');
const DEFAULT_METADATA: EventMetadata = { actor: 'system' };
const CAUGHT_UP_WITHIN_MS = 5000;

/**
 * Given/when/then for projections, as in emmett's SQLiteProjectionSpec: given
 * these domain events, when this query is asked, then this answer (or this
 * error). The events are appended to an in-memory event store (one stream per
 * board, order, meeting and decision, as the handlers name them) and applied
 * by the real ProjectionRunner to a fresh in-memory SQLite database, so the
 * projections see positions, transactions and checkpoints as in the service.
 * Like deciderSpecification it throws on a mismatch instead of using jest's
 * `expect`, so it builds without test typings.
 */
export class ProjectionSpec {
  /** Builds one database at a time: projections keep per-instance caches, reset between databases. */
  private building: Promise<unknown> = Promise.resolve();

  private constructor(private readonly projections: readonly Projection[]) {}

  static for(projections: Projection | readonly Projection[]): ProjectionSpec {
    return new ProjectionSpec(
      Array.isArray(projections) ? projections : [projections as Projection],
    );
  }

  /**
   * The events happened, in this order. The database is built once, on the
   * first `when`, and every `when` of this given asks it.
   */
  given(...events: readonly (DomainEvent | GivenEvent)[]): GivenProjection {
    let db: Promise<Database.Database> | undefined;
    const database = () => {
      db ??= this.serialised(() => this.build(events.map(asGiven)));
      return db;
    };
    return {
      when: <Answer>(query: (queries: ProjectionQueries) => Answer) =>
        whenAsked(async () => query(queriesOn(await database())), query),
      database,
    };
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.building.then(work, work);
    this.building = run.catch(() => undefined);
    return run;
  }

  private async build(events: readonly GivenEvent[]): Promise<Database.Database> {
    for (const projection of this.projections) projection.reset?.();
    let now = FIRST_RECORDED_AT;
    const store = new InMemoryEventStore(() => new Date(now));
    for (const [index, given] of events.entries()) {
      now = given.recordedAt ? Date.parse(given.recordedAt) : FIRST_RECORDED_AT + index * 1000;
      await store.appendToStream(
        streamOf(given.event),
        [
          {
            id: randomUUID(),
            type: given.event.type,
            data: given.event.data,
            metadata: given.metadata ?? DEFAULT_METADATA,
          },
        ],
        { expectedRevision: 'any' },
      );
    }
    const db = new Database(':memory:');
    // as openReadModelDatabase creates it
    db.exec(CHECKPOINTS_SCHEMA);
    let failed: ((error: unknown) => void) | undefined;
    const failure = new Promise<never>((_, reject) => (failed = reject));
    const runner = new ProjectionRunner(db, store, this.projections, (error) => failed?.(error));
    try {
      runner.start();
      const head = (await store.headPosition()) ?? 0;
      const caughtUp = await Promise.race([runner.waitFor(head, CAUGHT_UP_WITHIN_MS), failure]);
      if (!caughtUp) throw new Error(`the projections did not apply position ${head} in time`);
      return db;
    } finally {
      await runner.stop();
    }
  }
}

export interface GivenProjection {
  when<Answer>(query: (queries: ProjectionQueries) => Answer): WhenAsked<Answer>;
  /** The built read-model database, for a spec that must look under the queries. */
  database(): Promise<Database.Database>;
}

export interface WhenAsked<Answer> {
  /** The answer equals `expected` (deep, strict), or passes `check` (which throws when it fails). */
  then(expected: Answer | ((answer: Answer) => void)): Promise<void>;
  /** The query throws a DomainError with this code (and of this class, if given). */
  thenThrows(code: string, errorClass?: ErrorClass): Promise<DomainError>;
}

function whenAsked<Answer>(
  ask: () => Promise<Answer>,
  query: (queries: ProjectionQueries) => Answer,
): WhenAsked<Answer> {
  return {
    then: async (expected) => {
      const answer = await ask();
      if (typeof expected === 'function') {
        (expected as (answer: Answer) => void)(answer);
        return;
      }
      if (!sameAnswer(answer, expected)) {
        throw new Error(
          `when ${String(query)}\nexpected ${json(expected)}\nbut got ${json(answer)}`,
        );
      }
    },
    thenThrows: async (code, errorClass) => {
      let answer: Answer;
      try {
        answer = await ask();
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== code) {
          throw new Error(`expected a DomainError ${code} but ${String(error)} was thrown`);
        }
        if (errorClass && !(error instanceof errorClass)) {
          throw new Error(`expected ${errorClass.name} but ${String(error)} was thrown`);
        }
        return error;
      }
      throw new Error(`expected a DomainError ${code} but got ${json(answer)}`);
    },
  };
}

function asGiven(event: DomainEvent | GivenEvent): GivenEvent {
  return 'event' in event ? event : { event };
}

function queriesOn(db: Database.Database): ProjectionQueries {
  return {
    boards: new BoardQueries(db),
    delegationOrder: new DelegationOrderQueries(db),
    meetings: new MeetingQueries(db),
    decisions: new DecisionQueries(db),
    eventLog: new EventLogQueries(db),
  };
}

/** The stream a handler appends the event to. */
function streamOf(event: DomainEvent): string {
  switch (event.type) {
    case 'BoardDefined':
    case 'BoardUpdated':
      return streamIds.board(event.data.boardId);
    case 'DelegationOrderVersionAdopted':
      return streamIds.delegationOrder(event.data.boardId);
    case 'MeetingScheduled':
    case 'MeetingCancelled':
    case 'DecisionsReported':
    case 'ReportsWithdrawn':
      return streamIds.meeting(event.data.boardId, event.data.meetingId);
    case 'DecisionRecorded':
    case 'DecisionAmended':
    case 'DecisionAnnulled':
      return streamIds.decision(event.data.decisionId);
    default:
      return assertNever(event);
  }
}

/**
 * Structural equality that ignores which realm built a value: jest runs specs
 * in their own context, so the arrays better-sqlite3 returns have another
 * Array.prototype than the expected ones and a strict deep-equal would fail.
 */
function sameAnswer(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isSet(a) || isSet(b)) {
    return isSet(a) && isSet(b) && a.size === b.size && [...a].every((value) => b.has(value));
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  return (
    keys.length === Object.keys(bRecord).length &&
    keys.every((key) => Object.hasOwn(bRecord, key) && sameAnswer(aRecord[key], bRecord[key]))
  );
}

function isSet(value: object): value is ReadonlySet<unknown> {
  return Object.prototype.toString.call(value) === '[object Set]';
}

function json(value: unknown): string {
  return JSON.stringify(
    value,
    (_, v: unknown) => (isSet(Object(v)) ? [...(v as Set<unknown>)] : v),
    2,
  );
}
