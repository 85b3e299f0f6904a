import {
  ANY,
  type AppendExpectedRevision,
  ErrorType,
  type EventData,
  type JSONType,
  NO_STREAM,
  type RecordedEvent as EsdbRecordedEvent,
  STREAM_EXISTS,
  WrongExpectedVersionError,
  convertToCommandError,
  isCommandError,
  jsonEvent,
} from '@eventstore/db-client';
import {
  type EventMetadata,
  EventStoreUnavailableError,
  type EventToAppend,
  type ExpectedRevision,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { toPortPosition } from './esdb-positions';

/**
 * Errors after which the same call may well succeed: the node is down or
 * unreachable, the deadline passed, the server cancelled the call, or the node
 * is no longer the leader (the client reconnects to the leader it names).
 */
const PASSING = new Set<ErrorType>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.CANCELLED,
  ErrorType.NOT_LEADER,
]);

/** `$`-prefixed streams and types are EventStoreDB's own ($metadata, $settings, links…). */
export function isSystemEvent(event: {
  readonly streamId: string;
  readonly type: string;
}): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

export function toEventData(event: EventToAppend): EventData {
  // the caller's id is kept: ESDB's idempotent append recognises a repeated append by its event ids
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    ...(event.metadata ? { metadata: event.metadata } : {}),
  });
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: toPortPosition(event.position, `${event.streamId}@${event.revision}`),
    type: event.type,
    data: event.data,
    metadata: toMetadata(event.metadata),
    recordedAt: event.created.toISOString(),
  };
}

/** An append's failure in the port's terms. */
export function toAppendError(
  error: unknown,
  streamId: string,
  expected: ExpectedRevision,
): unknown {
  if (error instanceof WrongExpectedVersionError) {
    const actual = error.actualVersion;
    return new WrongExpectedRevisionError(
      streamId,
      expected,
      actual === 'no_stream' ? 'no_stream' : Number(actual),
    );
  }
  return toPortError(error, `append to ${streamId}`);
}

/**
 * Passing failures become EventStoreUnavailableError; anything else is kept as
 * the client reported it. Some calls (the server-capabilities probe made before
 * the first append) reject with a raw gRPC error, hence the conversion first.
 */
export function toPortError(error: unknown, doing: string): unknown {
  if (!(error instanceof Error)) return error;
  if (error instanceof EventStoreUnavailableError) return error;
  const converted = convertToCommandError(error);
  if (isCommandError(converted) && PASSING.has(converted.type)) {
    return new EventStoreUnavailableError(`EventStoreDB ${doing}: ${converted.message}`, error);
  }
  // cluster connection strings: no node could be reached through gossip
  if (/^Failed to discover after \d+ attempts/.test(error.message)) {
    return new EventStoreUnavailableError(`EventStoreDB ${doing}: ${error.message}`, error);
  }
  return converted;
}

function toMetadata(metadata: unknown): EventMetadata {
  // events written by other tools may carry no metadata, or metadata that is not a JSON object
  if (
    metadata &&
    typeof metadata === 'object' &&
    !Array.isArray(metadata) &&
    !(metadata instanceof Uint8Array)
  ) {
    return metadata as EventMetadata;
  }
  return {};
}
