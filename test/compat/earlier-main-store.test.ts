/**
 * A DATA_DIR written by an earlier main must start and answer the same.
 *
 * The store under test/fixtures/earlier-main-store/data-dir was written by the
 * build of commit 21ddf0a (see generate.ts there), and expected-answers.json
 * holds what that build answered on it. This file starts the current build on
 * a copy and replays every recorded read: as written, after the read models
 * are rebuilt from the log, and after a restart; then it writes to it.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Json, type RunningService, api, startService } from '../support/service';
import { waitFor } from '../support/wait-for';
import TOKENS from '../fixtures/earlier-main-store/api-tokens.json';

jest.setTimeout(120_000);

const FIXTURE = join(__dirname, '..', 'fixtures', 'earlier-main-store');
const STORE = join(FIXTURE, 'data-dir');

interface RecordedAnswer {
  readonly request: { readonly as: string; readonly method: 'GET'; readonly path: string };
  readonly status: number;
  readonly body: Json;
}

const recorded: readonly RecordedAnswer[] = JSON.parse(
  readFileSync(join(FIXTURE, 'expected-answers.json'), 'utf8'),
);

const tokenOf = (name: string): string => {
  const found = TOKENS.find((t) => t.name === name);
  if (!found) throw new Error(`no token named ${name} in api-tokens.json`);
  return found.token;
};

let dataDir: string;
let service: RunningService;

/** Projections may still be catching up (a rebuild) when /health first answers 200. */
async function caughtUp(): Promise<void> {
  await waitFor(
    async () => {
      const { body } = await api(service.baseUrl).get('/health');
      const head = body?.eventStore?.headPosition;
      const positions = body?.projections?.positions;
      if (typeof head !== 'number' || typeof positions !== 'object' || positions === null)
        throw new Error(
          `GET /health no longer tells the projections' positions: ${JSON.stringify(body)}`,
        );
      return Object.values(positions).every((p) => typeof p === 'number' && p >= head) || undefined;
    },
    'every projection to reach the head of the log',
    60_000,
  );
}

/**
 * Fields the API has gained since 21ddf0a: additive, documented in
 * docs/api.md, and on the old data they must hold the value that means
 * "not given". Each is checked and then taken out of the answer, so every
 * other field is still compared exactly.
 */
const ADDITIONS: readonly {
  readonly key: string;
  readonly on: (object: Record<string, unknown>) => boolean;
  readonly onOldData: unknown;
}[] = [
  // a reporting step's minutes paragraph (§), given with a report since the web interface
  { key: 'minutesParagraph', on: (o) => 'reportedAtMeetingId' in o, onOldData: null },
];

function withoutAdditions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdditions);
  if (typeof value !== 'object' || value === null) return value;
  const object = { ...(value as Record<string, unknown>) };
  for (const addition of ADDITIONS) {
    if (!addition.on(object)) continue;
    if (!isDeepStrictEqual(object[addition.key], addition.onOldData))
      return { [`${addition.key} on old data`]: object[addition.key] ?? 'missing', ...object };
    delete object[addition.key];
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, withoutAdditions(v)]));
}

/** Replays every recorded read; the first answer that differs is shown with how many did. */
async function expectTheRecordedAnswers(): Promise<void> {
  await caughtUp();
  const differing: {
    request: RecordedAnswer['request'];
    expected: RecordedAnswer;
    actual: Json;
  }[] = [];
  for (const answer of recorded) {
    const answered = await api(service.baseUrl, tokenOf(answer.request.as)).get(
      answer.request.path,
    );
    const status = answered.status;
    const body = withoutAdditions(answered.body) as Json;
    if (!isDeepStrictEqual({ status, body }, { status: answer.status, body: answer.body }))
      differing.push({ request: answer.request, expected: answer, actual: { status, body } });
  }
  const first = differing[0];
  expect({ differing: differing.length, request: first?.request, answer: first?.actual }).toEqual({
    differing: 0,
    request: first?.request,
    answer: first && { status: first.expected.status, body: first.expected.body },
  });
}

beforeAll(async () => {
  const files = readdirSync(STORE);
  // a store left with -wal or -shm files would not be what a clean stop leaves
  expect(files.sort()).toEqual(['events.sqlite', 'read-models.sqlite']);
  dataDir = mkdtempSync(join(tmpdir(), 'earlier-main-store-'));
  for (const file of files) copyFileSync(join(STORE, file), join(dataDir, file));
  service = await startService({
    dataDir,
    env: { API_TOKENS: JSON.stringify(TOKENS), KAFKA_BROKERS: undefined, EVENT_STORE: undefined },
  });
});

afterAll(async () => {
  try {
    await service?.stop();
  } finally {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
});

describe('a DATA_DIR written by main at 21ddf0a', () => {
  it('given its events and read models, when the current build starts on it, then every recorded read answers the same', async () => {
    expect(recorded.length).toBeGreaterThan(200);
    await expectTheRecordedAnswers();
  });

  it('given its read models are lost, when the current build starts, then the rebuild from the log answers the same', async () => {
    await service.stop();
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(dataDir, `read-models.sqlite${suffix}`), { force: true });
    await service.restart();
    await expectTheRecordedAnswers();
  });

  it('given the rebuilt store, when the service is restarted, then it answers the same', async () => {
    await service.restart();
    await expectTheRecordedAnswers();
  });

  it('given the old store, when a source system records a new decision, then the queue holds it beside the old ones', async () => {
    const path = '/api/v1/boards/ifon/reporting-queue?today=2023-06-30';
    const before = recorded.find(
      (a) => a.request.as === 'namndsekreterare' && a.request.path === path,
    );
    expect(before?.status).toBe(200);

    const viva = api(service.baseUrl, tokenOf('viva-ifo'));
    const created = await viva.post('/api/v1/boards/ifon/decisions', {
      externalId: 'viva-after-upgrade',
      itemCode: '3.7.2',
      decidedAt: '2023-05-05',
      registeredAt: '2023-05-05',
      decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' },
      amount: 3000,
    });
    expect(created.status).toBe(201);

    const queue = await api(service.baseUrl, tokenOf('namndsekreterare')).get(path);
    expect(queue.status).toBe(200);
    const decisionId = created.body.decisionId;
    expect(queue.body.items.filter((i: Json) => i.decisionId !== decisionId)).toEqual(
      before!.body.items,
    );
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({
        decisionId,
        externalId: 'viva-after-upgrade',
        bodyId: 'socialt-utskott',
        dueMeetingId: 'su-2023-05-11',
        status: 'overdue',
      }),
    );
    expect(queue.body.counts).toEqual({
      ...before!.body.counts,
      overdue: before!.body.counts.overdue + 1,
    });
  });
});
