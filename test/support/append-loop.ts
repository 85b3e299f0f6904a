/**
 * Crash-test child: appends to the SQLite store in a loop, four writers in
 * flight at once (so group commit is exercised), and prints one JSON line per
 * acknowledged append. The parent kills it with SIGKILL at a random moment.
 * Each writer keeps one long stream and, every third append, creates a new one.
 */
import { randomUUID } from 'node:crypto';
import { type ExpectedRevision, SqliteEventStore } from '@delegationsbeslut/event-store';

const store = new SqliteEventStore(process.argv[2]);
// each run writes its own streams, so a run after a crash never collides with the last
const run = randomUUID().slice(0, 8);
let counter = 0;

async function writer(lane: number): Promise<void> {
  let longStreamRevision: ExpectedRevision = 'no_stream';
  for (;;) {
    const n = counter++;
    const fresh = n % 3 === 0;
    const streamId = fresh ? `${run}-new-${lane}-${n}` : `${run}-lane-${lane}`;
    const events = Array.from({ length: 1 + (n % 3) }, (_, i) => ({
      id: randomUUID(),
      type: 'Appended',
      data: { n, i, payload: 'å'.repeat(100 + (n % 7) * 300) },
    }));
    const result = await store.appendToStream(streamId, events, {
      expectedRevision: fresh ? 'no_stream' : longStreamRevision,
    });
    if (!fresh) longStreamRevision = result.nextExpectedRevision;
    process.stdout.write(
      `${JSON.stringify({ streamId, ids: events.map((e) => e.id), last: result.nextExpectedRevision })}\n`,
    );
  }
}

for (let lane = 0; lane < 4; lane++) {
  writer(lane).catch((error: unknown) => {
    process.stderr.write(`append failed: ${String(error)}\n`);
    process.exit(1);
  });
}
