import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningService, api, startService } from '../support/service';
import {
  IFON_BODIES,
  aDecision,
  expectApiError,
  expectStatus,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD] });
beforeAll(() => givenIfon(ctx, BOARD));

describe('authentication: every /api/v1 request carries a known bearer token', () => {
  it('given no Authorization header, when calling /api/v1, then 401 everywhere', async () => {
    const anonymous = ctx.withToken(undefined);
    const responses = await Promise.all([
      anonymous.get(paths.board(BOARD)),
      anonymous.put(paths.board('new-board'), { name: 'Ny', bodies: IFON_BODIES }),
      anonymous.post(paths.decisions(BOARD), aDecision('anon-1')),
      anonymous.get(paths.decisions(BOARD)),
      anonymous.get(paths.queue(BOARD)),
      anonymous.get(paths.audit),
    ]);
    for (const response of responses) expectApiError(response, 401);
  });

  it('given a token nobody configured, or a malformed header, when calling /api/v1, then 401', async () => {
    expectApiError(
      await ctx.withToken('not-a-configured-token-at-all').get(paths.board(BOARD)),
      401,
    );
    const wrongScheme = await fetch(`${ctx.service.baseUrl}${paths.board(BOARD)}`, {
      headers: { authorization: `Basic ${ctx.tokens.admin.token}` },
    });
    expect(wrongScheme.status).toBe(401);
  });

  it('given the service, when GET /api/docs-json, then the OpenAPI document lists the /api/v1 paths', async () => {
    const docs = await ctx.as('admin').get('/api/docs-json');
    expectStatus(docs, 200);
    expect(docs.body.openapi).toEqual(expect.any(String));
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/boards/{boardId}/decisions',
        '/api/v1/boards/{boardId}/reporting-queue',
        '/api/v1/audit/events',
      ]),
    );
  });

  it('given no token, when GET /health, then 200 {"status":"ok"}', async () => {
    const health = await api(ctx.service.baseUrl).get('/health');
    expectStatus(health, 200);
    expect(health.body).toMatchObject({ status: 'ok' });
  });
});

describe('roles: 403 when the role may not do it', () => {
  it('given an auditor, when it POSTs a decision, then 403 and nothing is recorded', async () => {
    expectApiError(
      await ctx.as('auditor').post(paths.decisions(BOARD), aDecision('by-auditor')),
      403,
    );
    const list = await ctx.as('auditor').get(paths.decisions(BOARD), { limit: 1000 });
    expectStatus(list, 200);
    expect(list.body.items.map((d: { externalId: string }) => d.externalId)).not.toContain(
      'by-auditor',
    );
  });

  it('given an auditor, when it writes anything, then 403', async () => {
    const auditor = ctx.as('auditor');
    expectApiError(await auditor.put(paths.board(BOARD), { name: 'x', bodies: IFON_BODIES }), 403);
    expectApiError(
      await auditor.post(paths.meetings(BOARD), {
        meetingId: 'by-auditor',
        bodyId: 'ifon',
        date: '2023-09-01',
      }),
      403,
    );
    expectApiError(
      await auditor.post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [] }),
      403,
    );
  });

  it('given a source system, when it PUTs a board, then 403 (only admin defines boards)', async () => {
    expectApiError(
      await ctx.as('viva').put(paths.board('viva-board'), { name: 'x', bodies: IFON_BODIES }),
      403,
    );
    expectApiError(
      await ctx.as('viva').put(paths.board(BOARD), { name: 'x', bodies: IFON_BODIES }),
      403,
    );
    expectStatus(await ctx.as('admin').get(paths.board('viva-board')), 404);
  });

  it('given a board admin, when it PUTs a board, then 403 (creating boards is admin only)', async () => {
    expectApiError(
      await ctx.as('secretary').put(paths.board('sec-board'), { name: 'x', bodies: IFON_BODIES }),
      403,
    );
  });

  it('given a source system, when it adopts a version or schedules a meeting or reports, then 403', async () => {
    const viva = ctx.as('viva');
    expectApiError(
      await viva.post(paths.versions(BOARD), {
        versionId: 'by-viva',
        effectiveFrom: '2030-01-01',
        defaultRoute: ['ifon'],
        items: [],
      }),
      403,
    );
    expectApiError(
      await viva.post(paths.meetings(BOARD), {
        meetingId: 'by-viva',
        bodyId: 'ifon',
        date: '2023-09-01',
      }),
      403,
    );
    expectApiError(
      await viva.post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [] }),
      403,
    );
  });

  it('given each reading role of the board, when it reads decisions, then 200', async () => {
    for (const who of ['viva', 'secretary', 'auditor', 'cityAuditor', 'admin'] as const) {
      expectStatus(await ctx.as(who).get(paths.decisions(BOARD)), 200);
    }
    expectStatus(await ctx.as('auditor').get(paths.board(BOARD)), 200);
  });
});

describe('boards: 403 when the token is not for the board', () => {
  it('given a source system of another board, when it POSTs a decision here, then 403 and nothing is recorded', async () => {
    expectApiError(
      await ctx.as('outsiderSource').post(paths.decisions(BOARD), aDecision('from-outside')),
      403,
    );
    const list = await ctx.as('admin').get(paths.decisions(BOARD), { limit: 1000 });
    expect(list.body.items.map((d: { externalId: string }) => d.externalId)).not.toContain(
      'from-outside',
    );
  });

  it('given a board admin of another board, when it reads or schedules here, then 403', async () => {
    const outsider = ctx.as('outsiderSecretary');
    expectApiError(await outsider.get(paths.decisions(BOARD)), 403);
    expectApiError(await outsider.get(paths.queue(BOARD)), 403);
    expectApiError(
      await outsider.post(paths.meetings(BOARD), {
        meetingId: 'x-1',
        bodyId: 'ifon',
        date: '2023-09-01',
      }),
      403,
    );
  });

  it('given a source system of the board, when it records a decision, then 201', async () => {
    expectStatus(await ctx.as('viva').post(paths.decisions(BOARD), aDecision('from-viva')), 201);
  });
});

describe('with no API_TOKENS configured', () => {
  let dataDir: string;
  let service: RunningService | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'api-admin-token-'));
    service = await startService({ dataDir, env: { API_TOKENS: undefined } });
  }, 60_000);
  afterAll(async () => {
    try {
      await service?.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  const tokenInFile = (): string => {
    const content: unknown = JSON.parse(readFileSync(join(dataDir, 'admin-token.json'), 'utf8'));
    const token = typeof content === 'string' ? content : (content as { token?: unknown }).token;
    expect(typeof token).toBe('string');
    return token as string;
  };

  it('given a fresh DATA_DIR, when the service starts, then it created DATA_DIR/admin-token.json and says where', () => {
    expect(existsSync(join(dataDir, 'admin-token.json'))).toBe(true);
    expect(tokenInFile().length).toBeGreaterThanOrEqual(16);
    expect(service!.logs()).toContain('admin-token.json');
  });

  it('given the created token, when no or another token is sent, then 401: the service never starts open', async () => {
    expectApiError(await api(service!.baseUrl).get(paths.board('auto')), 401);
    expectApiError(
      await api(service!.baseUrl).put(paths.board('auto'), { name: 'x', bodies: IFON_BODIES }),
      401,
    );
    expectApiError(
      await api(service!.baseUrl, 'admin-token-0000000001').get(paths.board('auto')),
      401,
    );
  });

  it('given the token in the file, when an admin request carries it, then it is allowed', async () => {
    const admin = api(service!.baseUrl, tokenInFile());
    expectStatus(await admin.put(paths.board('auto'), { name: 'Auto', bodies: IFON_BODIES }), 201);
    expectStatus(await admin.get(paths.board('auto')), 200);
  });

  it('given a restart on the same DATA_DIR, when the same token is used, then it still works', async () => {
    const before = tokenInFile();
    await service!.restart();
    expect(tokenInFile()).toBe(before);
    const admin = api(service!.baseUrl, before);
    expect(await must(admin.get(paths.board('auto')), 200)).toMatchObject({ name: 'Auto' });
  });
});
