import type { ApiResponse } from '../support/service';
import {
  aDecision,
  allAuditEvents,
  allDecisions,
  expectApiError,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD] });

let decisionId: string;
/** every response of this file, to check that none was a 500 */
const answered: { request: string; status: number }[] = [];

beforeAll(async () => {
  await givenIfon(ctx, BOARD);
  decisionId = (await givenDecision(ctx, BOARD, aDecision('exists-1'))).decisionId;
});

const secretary = () => {
  const client = ctx.as('secretary');
  const note = (request: string) => (response: ApiResponse) => {
    answered.push({ request, status: response.status });
    return response;
  };
  return {
    get: (path: string, query?: Record<string, string | number>) =>
      client.get(path, query).then(note(`GET ${path} ${JSON.stringify(query ?? {})}`)),
    post: (path: string, body?: unknown, rawBody?: string) =>
      client.post(path, body, rawBody === undefined ? {} : { rawBody }).then(note(`POST ${path}`)),
    put: (path: string, body?: unknown) => client.put(path, body).then(note(`PUT ${path}`)),
  };
};

/** The whole stored state a bad request could have touched: the event log and the board's decisions. */
const snapshot = async () => {
  const events = await allAuditEvents(ctx.as('admin'));
  const decisions = await allDecisions(ctx.as('admin'), BOARD);
  return { eventCount: events.length, lastPosition: events.at(-1)?.position, decisions };
};

describe('400: malformed or invalid input, and nothing stored', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;
  beforeAll(async () => {
    before = await snapshot();
  });

  it.each([
    ['an impossible date', aDecision('bad-1', { decidedAt: '2023-02-30' })],
    ['a date in another format', aDecision('bad-2', { decidedAt: '03/04/2023' })],
    ['an impossible registeredAt', aDecision('bad-3', { registeredAt: '2023-13-01' })],
    ['an unknown property', aDecision('bad-4', { colour: 'blue' })],
    [
      'an unknown nested property',
      aDecision('bad-5', { decidedBy: { name: 'A', role: 'socialsekreterare', shoeSize: 42 } }),
    ],
    ['a wrong type (amount as text)', aDecision('bad-6', { amount: 'tusen' })],
    ['a wrong type (confidential as text)', aDecision('bad-7', { confidential: 'yes' })],
    ['a wrong type (decidedBy as text)', aDecision('bad-8', { decidedBy: 'Anna' })],
    ['a missing field (itemCode)', (({ itemCode: _, ...rest }) => rest)(aDecision('bad-9'))],
    [
      'a missing nested field (decidedBy.role)',
      aDecision('bad-10', { decidedBy: { name: 'Anna' } }),
    ],
    ['a missing externalId', (({ externalId: _, ...rest }) => rest)(aDecision('bad-11'))],
    ['an array instead of an object', [aDecision('bad-12')]],
    ['null', null],
  ])('given %s, when a decision is POSTed, then 400', async (_what, body) => {
    expectApiError(await secretary().post(paths.decisions(BOARD), body), 400);
  });

  it.each([
    ['truncated JSON', '{"externalId":"bad-13","itemCode":'],
    ['not JSON at all', 'externalId=bad-14'],
    ['a trailing comma', '{"externalId":"bad-15",}'],
  ])('given %s, when a decision is POSTed, then 400 in the error shape', async (_what, rawBody) => {
    expectApiError(await secretary().post(paths.decisions(BOARD), undefined, rawBody), 400);
  });

  it('given no body at all, when a decision is POSTed, then 400', async () => {
    expectApiError(await secretary().post(paths.decisions(BOARD)), 400);
  });

  it('given bad amendments, reports, meetings and versions, then 400 each', async () => {
    const s = secretary();
    expectApiError(
      await s.post(paths.amend(BOARD, decisionId), {
        changes: { decidedAt: '2023-02-30' },
        reason: 'x',
      }),
      400,
    );
    expectApiError(
      await s.post(paths.amend(BOARD, decisionId), {
        changes: { summary: 'x' },
        reason: 'x',
        extra: 1,
      }),
      400,
    );
    expectApiError(
      await s.post(paths.amend(BOARD, decisionId), { changes: { summary: 'x' } }),
      400,
    );
    expectApiError(await s.post(paths.annul(BOARD, decisionId), {}), 400);
    expectApiError(
      await s.post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: decisionId }),
      400,
    );
    expectApiError(await s.post(paths.reports(BOARD, 'su-2023-04-13'), {}), 400);
    expectApiError(
      await s.post(paths.meetings(BOARD), {
        meetingId: 'Möte 1',
        bodyId: 'ifon',
        date: '2023-09-01',
      }),
      400,
    );
    expectApiError(
      await s.post(paths.meetings(BOARD), {
        meetingId: 'm-x',
        bodyId: 'ifon',
        date: '2023-09-01',
        receivesReports: 'no',
      }),
      400,
    );
    expectApiError(await s.post(paths.cancel(BOARD, 'su-2023-05-11'), { reason: 42 }), 400);
    expectApiError(
      await s.post(paths.versions(BOARD), {
        versionId: 'v9',
        effectiveFrom: '2030-01-01',
        defaultRoute: 'ifon',
        items: [],
      }),
      400,
    );
    expectApiError(
      await s.post(paths.versions(BOARD), {
        versionId: 'Version 9',
        effectiveFrom: '2030-01-01',
        defaultRoute: ['ifon'],
        items: [],
      }),
      400,
    );
    expectApiError(await ctx.as('admin').put(paths.board(BOARD), { name: 'x' }), 400);
  });

  it('given bad query parameters, then 400', async () => {
    const s = secretary();
    expectApiError(await s.get(paths.decisions(BOARD), { today: '2023-02-30' }), 400);
    expectApiError(await s.get(paths.decisions(BOARD), { from: '2023-02-29' }), 400);
    expectApiError(await s.get(paths.decisions(BOARD), { status: 'forgotten' }), 400);
    expectApiError(await s.get(paths.decisions(BOARD), { flag: 'NOT_A_FLAG' }), 400);
    expectApiError(await s.get(paths.decisions(BOARD), { limit: 'many' }), 400);
    expectApiError(await s.get(paths.decisions(BOARD), { limit: -1 }), 400);
    expectApiError(await s.get(paths.decision(BOARD, decisionId), { today: 'tomorrow' }), 400);
    expectApiError(await s.get(paths.queue(BOARD), { today: '2023-04-31' }), 400);
    expectApiError(await s.get(paths.meetings(BOARD), { from: '2023-00-10' }), 400);
  });

  it('given all the refused requests above, then the event log and the decisions are as before', async () => {
    expect(await snapshot()).toEqual(before);
  });
});

describe('404: unknown resources', () => {
  it('given no such board, then 404 for its board, order, meetings, decisions and queue', async () => {
    const admin = ctx.as('admin');
    expectApiError(await admin.get(paths.board('no-board')), 404);
    expectApiError(await admin.get(paths.versions('no-board')), 404);
    expectApiError(await admin.get(paths.meetings('no-board')), 404);
    expectApiError(await admin.get(paths.decisions('no-board')), 404);
    expectApiError(await admin.get(paths.queue('no-board')), 404);
    expectApiError(await admin.post(paths.decisions('no-board'), aDecision('nowhere-1')), 404);
    expectApiError(
      await admin.post(paths.meetings('no-board'), {
        meetingId: 'm1',
        bodyId: 'ifon',
        date: '2023-09-01',
      }),
      404,
    );
  });

  it('given no such decision, meeting or version, then 404', async () => {
    const s = secretary();
    expectApiError(await s.get(paths.decision(BOARD, 'no-such-decision')), 404);
    expectApiError(await s.get(paths.history(BOARD, 'no-such-decision')), 404);
    expectApiError(await s.get(paths.reportingList(BOARD, 'no-such-meeting')), 404);
    expectApiError(
      await s.post(paths.reports(BOARD, 'no-such-meeting'), { decisionIds: [decisionId] }),
      404,
    );
    expectApiError(await s.post(paths.cancel(BOARD, 'no-such-meeting'), { reason: 'x' }), 404);
    expectApiError(await s.get(paths.version(BOARD, 'no-such-version')), 404);
  });

  it("given a decision of this board, when asked for under another board's path, then 404", async () => {
    await must(
      ctx.as('admin').put(paths.board('other'), {
        name: 'Other',
        bodies: [{ bodyId: 'n', name: 'N', kind: 'board' }],
      }),
      201,
    );
    expectApiError(await ctx.as('admin').get(paths.decision('other', decisionId)), 404);
  });
});

describe('413: body too large', () => {
  it('given a body of about 6 MB (over the 5 MB default), when POSTed, then 413 in the error shape and nothing stored', async () => {
    const before = await snapshot();
    const huge = aDecision('huge-1', { summary: 'x'.repeat(6 * 1024 * 1024) });
    expectApiError(await secretary().post(paths.decisions(BOARD), huge), 413);
    const batch = {
      decisions: Array.from({ length: 600 }, (_, i) =>
        aDecision(`big-${i}`, { summary: 'y'.repeat(10_000) }),
      ),
    };
    expectApiError(await secretary().post(paths.batch(BOARD), batch), 413);
    expect(await snapshot()).toEqual(before);
  });

  it('given a full batch of 1000 decisions (about 3.5 MB, under the limit), when POSTed, then every one is created', async () => {
    const decisions = Array.from({ length: 1000 }, (_, i) =>
      aDecision(`full-${i}`, { summary: `${i} ${'s'.repeat(3000)}` }),
    );
    const response = await secretary().post(paths.batch(BOARD), { decisions });
    expect(response.status).toBe(200);
    expect(response.body.results.map((r: { status: string }) => r.status)).toEqual(
      Array(1000).fill('created'),
    );
  });
});

describe('never a 500', () => {
  it('given every request of this file, then none answered 5xx', () => {
    expect(answered.length).toBeGreaterThan(40);
    expect(answered.filter((a) => a.status >= 500)).toEqual([]);
  });
});
