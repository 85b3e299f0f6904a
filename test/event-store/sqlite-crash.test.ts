import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SqliteEventStore } from '@delegationsbeslut/event-store';
import { REGISTER_PATHS, compiled } from '../support/compiled';
import { waitFor } from '../support/wait-for';

interface Ack {
  readonly streamId: string;
  readonly ids: string[];
  readonly last: number;
}

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 25);

/** Starts the append loop and collects acknowledged appends until it is killed. */
function startAppender(file: string): { child: ChildProcess; acks: Ack[]; exited: Promise<void> } {
  const child = spawn(
    process.execPath,
    ['-r', REGISTER_PATHS, compiled('test/support/append-loop.js'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const acks: Ack[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => acks.push(JSON.parse(line)));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return { child, acks, exited };
}

describe('SQLite store survives SIGKILL', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'es-crash-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(`given a process appending in a loop, when it is killed at a random moment (${ROUNDS} rounds), then every acknowledged event is there, whole, in order`, async () => {
    const file = join(dir, 'events.sqlite');
    const acked: Ack[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { child, acks, exited } = startAppender(file);
      const killAfter = 5 + Math.floor(Math.random() * 200);
      await waitFor(
        () => (acks.length >= killAfter ? true : undefined),
        `${killAfter} acks`,
        30_000,
        1,
      );
      child.kill('SIGKILL');
      await exited;
      acked.push(...acks);
    }

    const store = new SqliteEventStore(file);
    try {
      const all = await store.readAll();
      const byId = new Map(all.map((e) => [e.id, e]));
      for (const ack of acked) {
        ack.ids.forEach((id, i) => {
          const event = byId.get(id);
          expect(event).toBeDefined();
          expect(event!.streamId).toBe(ack.streamId);
          expect(event!.revision).toBe(ack.last - (ack.ids.length - 1) + i);
          expect(event!.data).toMatchObject({ i });
        });
      }
      // no torn events: every stored event parses and belongs to a whole append
      expect(all.every((e, i) => i === 0 || e.position > all[i - 1].position)).toBe(true);
      const revisions = new Map<string, number>();
      for (const e of all) {
        expect(e.revision).toBe((revisions.get(e.streamId) ?? -1) + 1);
        revisions.set(e.streamId, e.revision);
      }
      expect(acked.length).toBeGreaterThan(ROUNDS * 5);
    } finally {
      await store.close();
    }
  }, 240_000);
});
