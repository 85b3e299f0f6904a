import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyDurabilitySettings, SqliteEventStore } from '@delegationsbeslut/event-store';
import { EVENTS_SCHEMA } from '@delegationsbeslut/event-store/sqlite-schema';
import { figure, pool, timed } from './bench-output';

const APPENDS = Number(process.env.BENCH_APPENDS ?? 5000);

function decisionLikeEvent(i: number): {
  id: string;
  type: string;
  data: unknown;
  metadata: Record<string, string>;
} {
  return {
    id: randomUUID(),
    type: 'DecisionRecorded',
    data: {
      boardId: 'ifon',
      decisionId: `d-${i}`,
      externalId: `viva-${i}`,
      itemCode: '3.7.2',
      decidedAt: '2023-04-03',
      decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: null },
      summary: 'Bistånd enligt SoL 4 kap. 1 §',
    },
    metadata: { actor: 'viva-ifo', correlationId: randomUUID() },
  };
}

/**
 * The domain's write pattern (one event to a new stream, expected revision
 * "no stream") through the store, against raw better-sqlite3 inserts of the
 * same rows with the same durability settings: the ratio is the store's cost.
 */
export async function benchEventStore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-es-'));
  try {
    const raw = new Database(join(dir, 'raw.sqlite'));
    applyDurabilitySettings(raw);
    raw.exec(EVENTS_SCHEMA);
    const insert = raw.prepare(
      'INSERT INTO events (id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, 0, ?, ?, ?, ?)',
    );
    const rawRun = await timed(() => {
      for (let i = 0; i < APPENDS; i++) {
        const e = decisionLikeEvent(i);
        insert.run(
          e.id,
          `decision-${i}`,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          new Date().toISOString(),
        );
      }
    });
    const rawRate = APPENDS / rawRun.seconds;
    figure('raw-sqlite.insert-per-commit', rawRate, 'rows/s', {
      rows: APPENDS,
      synchronous: 'FULL',
    });
    const insertBatch = raw.transaction((from: number) => {
      for (let i = from; i < from + 64; i++) {
        const e = decisionLikeEvent(i);
        insert.run(
          e.id,
          `decision-b-${i}`,
          e.type,
          JSON.stringify(e.data),
          JSON.stringify(e.metadata),
          new Date().toISOString(),
        );
      }
    });
    const rawBatched = await timed(() => {
      for (let i = 0; i < APPENDS; i += 64) insertBatch(i);
    });
    raw.close();
    const rawBatchedRate = APPENDS / rawBatched.seconds;
    figure('raw-sqlite.insert-64-per-commit', rawBatchedRate, 'rows/s', {
      rows: APPENDS,
      synchronous: 'FULL',
    });

    const store = new SqliteEventStore(join(dir, 'events.sqlite'));
    const sequential = await timed(async () => {
      for (let i = 0; i < APPENDS; i++) {
        await store.appendToStream(`decision-${i}`, [decisionLikeEvent(i)], {
          expectedRevision: 'no_stream',
        });
      }
    });
    const sequentialRate = APPENDS / sequential.seconds;
    figure('event-store.append-new-stream.sequential', sequentialRate, 'appends/s', {
      appends: APPENDS,
      ratioToRaw: Math.round((sequentialRate / rawRate) * 1000) / 1000,
    });

    const concurrent = await timed(() =>
      pool(APPENDS, 64, (i) =>
        store.appendToStream(`decision-c-${i}`, [decisionLikeEvent(i)], {
          expectedRevision: 'no_stream',
        }),
      ),
    );
    const concurrentRate = APPENDS / concurrent.seconds;
    figure('event-store.append-new-stream.64-in-flight', concurrentRate, 'appends/s', {
      appends: APPENDS,
      ratioToRaw: Math.round((concurrentRate / rawRate) * 1000) / 1000,
      ratioToRaw64PerCommit: Math.round((concurrentRate / rawBatchedRate) * 1000) / 1000,
      note: 'group commit: appends of one event-loop turn share one transaction',
    });

    const total = (await store.headPosition()) ?? 0;
    const reads = await timed(async () => {
      let after = 0;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        if (page.length === 0) return;
        after = page[page.length - 1].position;
      }
    });
    figure('event-store.read-all', total / reads.seconds, 'events/s', {
      events: total,
      page: 1000,
    });
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
