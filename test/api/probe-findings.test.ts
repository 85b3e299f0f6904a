/**
 * Defects a probe of the service found (issue "Security and reliability"),
 * each pinned here: bad input is a clear 4xx and changes nothing.
 */
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from '../support/service';
import {
  V1,
  aDecision,
  allDecisions,
  expectApiError,
  givenIfon,
  paths,
  tokensFor,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD] });

beforeAll(async () => {
  await givenIfon(ctx, BOARD);
});

const secretaryToken = tokensFor([BOARD]).secretary.token;

async function post(path: string, body: Buffer | string, contentType = 'application/json') {
  const response = await fetch(`${ctx.service.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secretaryToken}`, 'content-type': contentType },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), headers: response.headers };
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('bad bodies are a clear 4xx and change nothing', () => {
  it.each([
    paths.decisions(BOARD),
    paths.batch(BOARD),
    paths.meetings(BOARD),
    paths.versions(BOARD),
    paths.reports(BOARD, 'su-2023-04-13'),
  ])('given JSON nested 5,000 deep, when POSTed to %s, then 400, not a crash', async (path) => {
    const answer = await post(path, nested(5000));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/nested/);
  });

  it('given a body that is not UTF-8 (a Latin-1 "ä"), then 400 and nothing is stored', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(JSON.stringify(aDecision('latin-1', { summary: 'X' })).replace('"X"', '"')),
      Buffer.from([0xe4]), // ä in Latin-1, invalid on its own in UTF-8
      Buffer.from('"}'),
    ]);
    const answer = await post(paths.decisions(BOARD), latin1);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/UTF-8/);
    const stored = await allDecisions(ctx.as('secretary'), BOARD);
    expect(stored.map((d) => d.externalId)).not.toContain('latin-1');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'given a decision with a "%s" key, then 400 naming it, not silently dropped',
    async (key) => {
      const body = JSON.stringify(aDecision(`proto-${key}`)).replace(
        '{',
        `{"${key}":{"polluted":true},`,
      );
      const answer = await post(paths.decisions(BOARD), body);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toContain(key);
    },
  );

  it.each([
    ['confidential', null],
    ['urgent', null],
  ])('given %s: %s on record, then 400 as on amend', async (field, value) => {
    const answer = await post(
      paths.decisions(BOARD),
      JSON.stringify(aDecision(`null-${field}`, { [field]: value })),
    );
    expectApiError({ status: answer.status, body: answer.body, headers: answer.headers }, 400);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    'given a body of %s, then 415',
    async (type) => {
      const answer = await post(paths.decisions(BOARD), JSON.stringify(aDecision('ct-1')), type);
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    },
  );

  it.each(['1e20', '9007199254740992', '-1', '1.5'])(
    'given fromPosition=%s, then 400',
    async (fromPosition) => {
      const answer = await ctx.as('auditor').get(`${V1}/audit/events`, { fromPosition });
      expectApiError(answer, 400);
    },
  );
});

describe('the files it keeps', () => {
  it('given a fresh DATA_DIR, when the service has written, then the folder is 0700 and every file 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'perm-')), 'data');
    const service = await startService({
      dataDir,
      env: { API_TOKENS: undefined, KAFKA_BROKERS: undefined },
    });
    try {
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const files = readdirSync(dataDir);
      expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'read-models.sqlite']));
      for (const file of files) {
        expect({ file, mode: (statSync(join(dataDir, file)).mode & 0o777).toString(8) }).toEqual({
          file,
          mode: '600',
        });
      }
    } finally {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('hardening headers', () => {
  it('given an API answer, then no X-Powered-By, nosniff, no framing, no caching and a CSP of nothing', async () => {
    const answer = await ctx.as('auditor').get(paths.board(BOARD));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-powered-by')).toBeNull();
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('given no token, then 401 says the Bearer scheme', async () => {
    const answer = await ctx.withToken(undefined).get(paths.board(BOARD));
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="delegationsbeslut"');
  });
});

describe('slow clients', () => {
  jest.setTimeout(90_000);

  it('given a client that sends its body a byte a second, when the request timeout passes, then it is cut off while others are served', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'slow-'));
    const service = await startService({
      dataDir,
      env: { HTTP_REQUEST_TIMEOUT_MS: '1000', API_TOKENS: undefined, KAFKA_BROKERS: undefined },
    });
    try {
      const started = Date.now();
      const closed = new Promise<number>((resolve) => {
        const socket = connect(service.port, '127.0.0.1', () => {
          socket.write(
            'POST /api/v1/boards/x HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
              'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
          );
          const drip = setInterval(() => socket.write(' '), 1000);
          socket.on('close', () => {
            clearInterval(drip);
            resolve(Date.now() - started);
          });
          socket.on('error', () => undefined);
        });
      });
      const health = await fetch(`${service.baseUrl}/health`);
      expect(health.status).toBe(200);
      // Node checks request timeouts every 30 s: cut off within a minute, not after 300 s
      expect(await closed).toBeLessThan(60_000);
    } finally {
      await service.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
