import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type EventStore, WrongExpectedRevisionError } from '@delegationsbeslut/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { ProjectionRunner } from '../projections/projection-runner';
import type { CommandMeta } from './command-meta';

interface DomainEventShape {
  readonly type: string;
  readonly data: unknown;
}

export interface Fold<State, Event> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
}

export interface StreamOutcome<Event> {
  /** empty when the command changed nothing (an idempotent repeat) */
  readonly events: readonly Event[];
  /** position of the last appended event */
  readonly position: number | undefined;
}

const ATTEMPTS = 4;

/** A write is durable at `position`, but the read side has not applied it within the bound. */
export class ReadSideLaggingError extends Error {
  override readonly name = 'ReadSideLaggingError';
  constructor(readonly position: number) {
    super(
      `stored at position ${position}, but not yet visible to reads; repeat the request (it is idempotent)`,
    );
  }
}

/**
 * The one way commands write: load the stream, fold it, `decide`, append with
 * the revision that was read. When another writer got there first the store
 * refuses the append and the command is decided again on the new state, so
 * uniqueness and idempotency rest on the store, never on a check-then-write.
 */
@Injectable()
export class StreamCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute<State, Event extends DomainEventShape>(
    streamId: string,
    fold: Fold<State, Event>,
    decide: (state: State) => readonly Event[],
    meta: CommandMeta,
  ): Promise<StreamOutcome<Event>> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.store.readStream(streamId);
      const state = stored.reduce(
        (s, e) => fold.evolve(s, { type: e.type, data: e.data } as Event),
        fold.initialState,
      );
      const events = decide(state);
      // nothing to write: the answer still reflects what was read, so wait for that
      if (events.length === 0) return { events, position: stored.at(-1)?.position };
      try {
        const result = await this.store.appendToStream(
          streamId,
          events.map((e) => ({
            id: randomUUID(),
            type: e.type,
            data: e.data,
            metadata: { ...meta },
          })),
          { expectedRevision: stored.length === 0 ? 'no_stream' : stored.length - 1 },
        );
        return { events, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  /** `execute`, then wait for the read side: what most handlers do. */
  async decideAndSettle<State, Event extends DomainEventShape>(
    streamId: string,
    fold: Fold<State, Event>,
    decide: (state: State) => readonly Event[],
    meta: CommandMeta,
  ): Promise<StreamOutcome<Event>> {
    const outcome = await this.execute(streamId, fold, decide, meta);
    await this.settled(outcome.position);
    return outcome;
  }

  /**
   * Read your writes: wait until every projection has applied `position`.
   * Past the bound the write is stored but not yet readable: the caller gets
   * 503 and may repeat the command, which is idempotent.
   */
  async settled(position: number | undefined): Promise<void> {
    if (position === undefined) return;
    if (!(await this.projections.waitFor(position, this.config.readYourWritesTimeoutMs))) {
      throw new ReadSideLaggingError(position);
    }
  }
}
