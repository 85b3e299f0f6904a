import type { Json } from '../support/service';
import {
  aDecision,
  allAuditEvents,
  expectApiError,
  expectStatus,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const A = 'audit-a';
const B = 'audit-b';
const ctx = useService({ boards: [A, B] });

beforeAll(async () => {
  await givenIfon(ctx, A);
  await givenIfon(ctx, B);
  const inA = await givenDecision(ctx, A, aDecision('marker-a'));
  await givenDecision(ctx, B, aDecision('marker-b'));
  await must(
    ctx.as('secretary').post(paths.reports(A, 'su-2023-04-13'), { decisionIds: [inA.decisionId] }),
    200,
  );
  await must(
    ctx
      .as('viva')
      .post(paths.amend(A, inA.decisionId), { changes: { amount: 100 }, reason: 'rättelse' }),
    200,
  );
});

const mentions = (event: Json, text: string) => JSON.stringify(event).includes(text);

describe('GET /api/v1/audit/events', () => {
  it('given writes on two boards, when an auditor reads the log, then every event in global order with its metadata', async () => {
    const response = await ctx.as('auditor').get(paths.audit, { limit: 1000 });
    expectStatus(response, 200);
    const events: Json[] = response.body.events;
    expect(events.length).toBeGreaterThanOrEqual(2 * (1 + 2 + 6 + 1) + 2);
    for (const event of events) {
      expect(event).toEqual(
        expect.objectContaining({
          position: expect.anything(),
          streamId: expect.any(String),
          type: expect.any(String),
          recordedAt: expect.any(String),
          data: expect.anything(),
        }),
      );
      expect(event).toHaveProperty('actor');
    }
    const positions = events.map((e) => Number(e.position));
    for (let i = 1; i < positions.length; i++)
      expect(positions[i]).toBeGreaterThan(positions[i - 1]);
    const recorded = events.filter((e) => /record/i.test(e.type) && mentions(e, 'marker-a'));
    expect(recorded).toHaveLength(1);
    const actor = recorded[0].actor;
    expect(typeof actor === 'object' && actor !== null ? actor.name : actor).toBe('viva-ifo');
  });

  it('given the log, when it is read 3 at a time following nextPosition, then the same events, none twice, none missed', async () => {
    const whole = (await must(ctx.as('auditor').get(paths.audit, { limit: 1000 }), 200)).events;
    const paged: Json[] = [];
    let fromPosition: string | undefined;
    for (let page = 0; page < 200; page++) {
      const body = await must(ctx.as('auditor').get(paths.audit, { limit: 3, fromPosition }), 200);
      expect(body.events.length).toBeLessThanOrEqual(3);
      paged.push(...body.events);
      if (body.events.length === 0 || body.nextPosition === null || body.nextPosition === undefined)
        break;
      fromPosition = String(body.nextPosition);
    }
    expect(paged.map((e) => e.position)).toEqual(whole.map((e: Json) => e.position));
    expect(paged).toEqual(whole);
  });

  it('given ?boardId=, then only that board’s events: all of them, none of the other board', async () => {
    const all = await allAuditEvents(ctx.as('auditor'));
    const onlyA = await allAuditEvents(ctx.as('auditor'), { boardId: A });
    const onlyB = await allAuditEvents(ctx.as('auditor'), { boardId: B });
    expect(onlyA.some((e) => mentions(e, 'marker-a'))).toBe(true);
    expect(onlyA.some((e) => /report/i.test(e.type))).toBe(true);
    expect(onlyA.some((e) => mentions(e, 'marker-b') || mentions(e, B))).toBe(false);
    expect(onlyB.some((e) => mentions(e, 'marker-a') || mentions(e, A))).toBe(false);
    expect(onlyA.length + onlyB.length).toBe(all.length);
  });

  it('given an auditor of board A only, then nothing of board B is shown to it', async () => {
    const narrow = ctx.as('narrowAuditor');
    const ofB = await narrow.get(paths.audit, { boardId: B });
    if (ofB.status === 200) expect(ofB.body.events).toEqual([]);
    else expectApiError(ofB, 403);
    const everything = await must(narrow.get(paths.audit, { limit: 1000 }), 200);
    expect(everything.events.some((e: Json) => mentions(e, 'marker-b'))).toBe(false);
    expect(everything.events.some((e: Json) => mentions(e, 'marker-a'))).toBe(true);
  });

  it('given an admin, then it may read the log; a source system or a board admin may not (403)', async () => {
    expectStatus(await ctx.as('admin').get(paths.audit), 200);
    expectApiError(await ctx.as('viva').get(paths.audit), 403);
    expectApiError(await ctx.as('secretary').get(paths.audit), 403);
    expectApiError(await ctx.withToken(undefined).get(paths.audit), 401);
  });

  it('given bad paging parameters, then 400', async () => {
    expectApiError(await ctx.as('auditor').get(paths.audit, { fromPosition: 'start' }), 400);
    expectApiError(await ctx.as('auditor').get(paths.audit, { limit: 'all' }), 400);
  });
});
