import type { Position } from '@eventstore/db-client';

/*
 * How an EventStoreDB $all position becomes the port's one number, and back.
 *
 * ESDB places every event in $all at a {commit, prepare} pair of byte offsets
 * into its transaction log, ordered by commit and then by prepare. Every append
 * made over gRPC is an "implicit transaction": each event is written as its own
 * prepare record flagged IsCommitted, and the server reports such an event at
 * {commit: its own record's offset, prepare: the same offset}:
 *   - AllReader (server, reading $all) adds these records as
 *     `new CommitEventRecord(eventRecord, prepare.LogPosition)`, i.e. commit =
 *     the event's own LogPosition, and the event's prepare is its LogPosition;
 *   - ResolvedEvent.CalculatePosition (server, 23.x+, also used for stream reads
 *     and live subscription events) returns `new TFPos(e.LogPosition,
 *     e.LogPosition)` for self-committed events.
 * So even within one multi-event append each event has its own, larger offset,
 * and that single offset orders $all exactly as (commit, prepare) does. We use
 * it as the port's position. Offsets are exact in a JS number for any log below
 * 2^53 bytes (8 PiB).
 *
 * Only legacy explicit transactions (TCP API, removed from the server in 24.2)
 * produce commit != prepare: several events share one commit offset. One number
 * cannot order those, so we refuse them loudly instead of mis-ordering.
 *
 * Back: `after: n` is the event at {commit: n, prepare: n}.
 *   - readAll's fromPosition is inclusive: AllReader keeps a self-committed
 *     event when `new TFPos(prepare.LogPosition, prepare.LogPosition) >= pos`.
 *     The adapter therefore drops events at positions <= after.
 *   - subscribeToAll's fromPosition is exclusive on the server: the catch-up
 *     enumerator skips `eventPosition <= checkpoint` ("we should send on events
 *     _after_ this"); older filtered enumerators read the one event at the start
 *     position and continue from its NextPos. The adapter drops positions
 *     <= after as well, so either server behaviour yields "strictly after".
 *
 * An append's response carries the position of the append's last record: the
 * storage chaser acks an implicit transaction at its TransactionEnd prepare's
 * LogPosition, and WriteEvents replies with that as both commit and prepare.
 * For an idempotent re-append the server reports the last event's LogPosition,
 * or no position at all; then the adapter reads the event at the revision.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The port position of an event ESDB reported at `position`. */
export function toPortPosition(position: Position | undefined, where: string): number {
  const single = singleOffset(position);
  if (single === undefined) {
    throw new Error(
      `EventStoreDB event ${where} has position ${formatPosition(position)}; this adapter needs ` +
        'commit == prepare (events appended over gRPC, EventStoreDB 22.6 or later)',
    );
  }
  return single;
}

/** The position of an append's last event, when the response carries a usable one. */
export function appendedPosition(position: Position | undefined): number | undefined {
  return singleOffset(position);
}

/** The ESDB position of the event the port knows as `position`. */
export function toEsdbPosition(position: number): Position {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`not an EventStoreDB position: ${position}`);
  }
  const offset = BigInt(position);
  return { commit: offset, prepare: offset };
}

/** Orders two $all positions the way ESDB does: by commit, then by prepare. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

function singleOffset(position: Position | undefined): number | undefined {
  if (!position || position.commit !== position.prepare) return undefined;
  if (position.commit < 0n || position.commit > MAX_SAFE) return undefined;
  return Number(position.commit);
}

function formatPosition(position: Position | undefined): string {
  return position ? `{commit: ${position.commit}, prepare: ${position.prepare}}` : 'none';
}
