/**
 * Shared givens for the HTTP scenario tests: one service per test file (started
 * in beforeAll, always stopped in afterAll), the tokens of api.md's roles, and
 * IFON's delegation order and meeting calendar from domain.md's worked example.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Api,
  type ApiResponse,
  type Json,
  type RunningService,
  type ServiceEnv,
  api,
  startService,
} from '../support/service';

export const V1 = '/api/v1';
export const paths = {
  board: (b: string) => `${V1}/boards/${b}`,
  versions: (b: string) => `${V1}/boards/${b}/delegation-order/versions`,
  version: (b: string, v: string) => `${V1}/boards/${b}/delegation-order/versions/${v}`,
  inForce: (b: string) => `${V1}/boards/${b}/delegation-order`,
  meetings: (b: string) => `${V1}/boards/${b}/meetings`,
  cancel: (b: string, m: string) => `${V1}/boards/${b}/meetings/${m}/cancel`,
  reportingList: (b: string, m: string) => `${V1}/boards/${b}/meetings/${m}/reporting-list`,
  reports: (b: string, m: string) => `${V1}/boards/${b}/meetings/${m}/reports`,
  withdraw: (b: string, m: string) => `${V1}/boards/${b}/meetings/${m}/reports/withdraw`,
  compare: (b: string, from: string, to: string) =>
    `${V1}/boards/${b}/delegation-order/compare?from=${from}&to=${to}`,
  decisions: (b: string) => `${V1}/boards/${b}/decisions`,
  batch: (b: string) => `${V1}/boards/${b}/decisions/batch`,
  decision: (b: string, d: string) => `${V1}/boards/${b}/decisions/${d}`,
  amend: (b: string, d: string) => `${V1}/boards/${b}/decisions/${d}/amend`,
  annul: (b: string, d: string) => `${V1}/boards/${b}/decisions/${d}/annul`,
  history: (b: string, d: string) => `${V1}/boards/${b}/decisions/${d}/history`,
  queue: (b: string) => `${V1}/boards/${b}/reporting-queue`,
  audit: `${V1}/audit/events`,
};

export interface TokenConfig {
  readonly token: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly boards: readonly string[];
}

export type Who =
  | 'admin'
  | 'secretary'
  | 'viva'
  | 'ecos'
  | 'auditor'
  | 'cityAuditor'
  | 'narrowAuditor'
  | 'outsiderSource'
  | 'outsiderSecretary';

/** The roles of api.md; `boards` are the boards the board-bound tokens name. */
export function tokensFor(boards: readonly string[]): Record<Who, TokenConfig> {
  return {
    admin: { token: 'admin-token-0000000001', name: 'drift', roles: ['admin'], boards: ['*'] },
    secretary: {
      token: 'secretary-token-000001',
      name: 'namndsekreterare',
      roles: ['board-admin'],
      boards,
    },
    viva: { token: 'viva-token-0000000001', name: 'viva-ifo', roles: ['source-system'], boards },
    ecos: { token: 'ecos-token-0000000001', name: 'ecos', roles: ['source-system'], boards },
    auditor: { token: 'auditor-token-00000001', name: 'revisor', roles: ['auditor'], boards },
    cityAuditor: {
      token: 'city-auditor-token-001',
      name: 'stadsrevisionen',
      roles: ['auditor'],
      boards: ['*'],
    },
    narrowAuditor: {
      token: 'narrow-auditor-token01',
      name: 'lekmannarevisor',
      roles: ['auditor'],
      boards: boards.slice(0, 1),
    },
    outsiderSource: {
      token: 'outsider-source-token1',
      name: 'byggr',
      roles: ['source-system'],
      boards: ['elsewhere'],
    },
    outsiderSecretary: {
      token: 'outsider-secretary-tok',
      name: 'annan-sekreterare',
      roles: ['board-admin'],
      boards: ['elsewhere'],
    },
  };
}

export interface ServiceContext {
  readonly service: RunningService;
  readonly dataDir: string;
  readonly tokens: Record<Who, TokenConfig>;
  as(who: Who): Api;
  withToken(token: string | undefined): Api;
}

/**
 * One service for the whole test file, with the tokens of `tokensFor(boards)`.
 * The returned object is filled in by beforeAll; afterAll stops the service even
 * when a test (or beforeAll itself) failed.
 */
export function useService(options: {
  boards: readonly string[];
  env?: ServiceEnv;
}): ServiceContext {
  jest.setTimeout(60_000);
  const tokens = tokensFor(options.boards);
  let service: RunningService | undefined;
  let dataDir: string | undefined;
  const context: ServiceContext = {
    get service() {
      if (!service) throw new Error('the service did not start (see beforeAll)');
      return service;
    },
    get dataDir() {
      if (!dataDir) throw new Error('no DATA_DIR yet');
      return dataDir;
    },
    tokens,
    as: (who) => api(context.service.baseUrl, tokens[who].token),
    withToken: (token) => api(context.service.baseUrl, token),
  };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'api-scenario-'));
    service = await startService({
      dataDir,
      env: { API_TOKENS: JSON.stringify(Object.values(tokens)), ...options.env },
    });
  }, 60_000);
  afterAll(async () => {
    try {
      await service?.stop();
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
  return context;
}

/** Asserts the status, showing the body when it is not the one expected. */
export function expectStatus(response: ApiResponse, status: number): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
}

/** A given step that must succeed: throws with the response when it does not. */
export async function must(request: Promise<ApiResponse>, ...statuses: number[]): Promise<Json> {
  const response = await request;
  if (!statuses.includes(response.status)) {
    throw new Error(
      `given step failed: expected ${statuses.join('|')}, got ${response.status} ${JSON.stringify(response.body)}`,
    );
  }
  return response.body;
}

/** The error shape of api.md. */
export function expectApiError(response: ApiResponse, status: number): void {
  expectStatus(response, status);
  expect(response.body).toMatchObject({
    statusCode: status,
    error: expect.any(String),
    message: expect.any(String),
  });
  expect(Array.isArray(response.body.details)).toBe(true);
}

/** `reported` is a list of decisions; the contract does not say whether of ids or of objects with a decisionId. */
export function reportedIds(body: {
  reported: readonly (string | { decisionId: string })[];
}): string[] {
  return body.reported.map((r) => (typeof r === 'string' ? r : r.decisionId));
}

/** The whole event log (or a board's part of it), following nextPosition page by page. */
export async function allAuditEvents(
  client: Api,
  query: Record<string, string> = {},
): Promise<Json[]> {
  const events: Json[] = [];
  let fromPosition: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const body = await must(client.get(paths.audit, { ...query, limit: 500, fromPosition }), 200);
    events.push(...body.events);
    if (body.events.length === 0 || body.nextPosition === null || body.nextPosition === undefined)
      return events;
    fromPosition = String(body.nextPosition);
  }
  throw new Error('the audit log did not end after 1000 pages');
}

/** Every decision of a board, following nextCursor. */
export async function allDecisions(
  client: Api,
  boardId: string,
  query: Record<string, string> = {},
): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const body = await must(
      client.get(paths.decisions(boardId), { ...query, limit: 100, cursor }),
      200,
    );
    items.push(...body.items);
    if (!body.nextCursor) return items;
    cursor = body.nextCursor;
  }
  throw new Error('the decision list did not end after 1000 pages');
}

// --- IFON (Borås Stad), domain.md's worked example -------------------------------------

export const IFON_BODIES = [
  { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
  { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
  { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
];

export const ITEMS = [
  {
    code: '3.7.2',
    title: 'Beslut om ekonomiskt bistånd',
    legalBasis: 'SoL 4 kap. 1 §',
    delegates: ['socialsekreterare', 'enhetschef'],
    reporting: 'report',
    maxAmount: 10000,
  },
  { code: '3.8.1', title: 'Verkställighet', delegates: ['socialsekreterare'], reporting: 'none' },
  {
    code: '3.9.1',
    title: 'Överklagbart beslut',
    delegates: ['enhetschef'],
    reporting: 'separate-minutes',
  },
  {
    code: '3.9.9',
    title: 'Oklar punkt',
    delegates: ['socialsekreterare'],
    reporting: 'unspecified',
  },
  {
    code: '5.1.1',
    title: 'Beslut i utskottet',
    delegates: ['socialt-utskott', 'ordforande'],
    reporting: 'report',
    route: ['ifon'],
  },
];

export const VERSION_2022 = {
  versionId: 'ifon-2022-06',
  effectiveFrom: '2022-06-14',
  adoptedRef: 'IFON 2022-06-14 § 87',
  defaultRoute: ['forvaltningschef', 'ifon'],
  items: ITEMS,
};

export const VERSION_2023 = {
  versionId: 'ifon-2023-01',
  effectiveFrom: '2023-01-03',
  adoptedRef: 'IFON 2022-12-13 § 140',
  defaultRoute: ['socialt-utskott', 'ifon'],
  items: ITEMS,
};

export const MEETINGS = [
  { meetingId: 'fc-2023-01-31', bodyId: 'forvaltningschef', date: '2023-01-31' },
  { meetingId: 'ifon-2023-02-21', bodyId: 'ifon', date: '2023-02-21' },
  { meetingId: 'su-2023-04-13', bodyId: 'socialt-utskott', date: '2023-04-13' },
  { meetingId: 'su-2023-04-27', bodyId: 'socialt-utskott', date: '2023-04-27' },
  { meetingId: 'su-2023-05-11', bodyId: 'socialt-utskott', date: '2023-05-11' },
  { meetingId: 'ifon-2023-05-23', bodyId: 'ifon', date: '2023-05-23' },
];

/** Given IFON as a board with both versions of its delegation order and its 2023 meetings. */
export async function givenIfon(
  ctx: ServiceContext,
  boardId: string,
  options: { versions?: readonly object[]; meetings?: readonly object[] } = {},
): Promise<void> {
  const admin = ctx.as('admin');
  const secretary = ctx.as('secretary');
  await must(
    admin.put(paths.board(boardId), {
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: IFON_BODIES,
    }),
    201,
  );
  for (const version of options.versions ?? [VERSION_2022, VERSION_2023]) {
    await must(secretary.post(paths.versions(boardId), version), 201);
  }
  for (const meeting of options.meetings ?? MEETINGS) {
    await must(secretary.post(paths.meetings(boardId), meeting), 201);
  }
}

/** A decision as a source system sends it; 3.7.2 by a socialsekreterare on 2023-04-03 unless overridden. */
export function aDecision(
  externalId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    externalId,
    itemCode: '3.7.2',
    decidedAt: '2023-04-03',
    decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: 'aa01' },
    // registered the day it was taken unless the test says otherwise
    registeredAt: typeof overrides.decidedAt === 'string' ? overrides.decidedAt : '2023-04-03',
    caseRef: `IFO 2023-${externalId}`,
    summary: `Ekonomiskt bistånd, ärende ${externalId}`,
    confidential: false,
    amount: 4500,
    urgent: false,
    ...overrides,
  };
}

/** Records a decision and returns its view. */
export async function givenDecision(
  ctx: ServiceContext,
  boardId: string,
  decision: Record<string, unknown>,
): Promise<Json> {
  return must(ctx.as('viva').post(paths.decisions(boardId), decision), 201);
}
