/** Corrections after the fact: amend, annul, and the history an auditor replays. */
import {
  aDecision,
  expectApiError,
  expectStatus,
  givenDecision,
  givenIfon,
  must,
  paths,
  reportedIds,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD] });

beforeAll(() => givenIfon(ctx, BOARD));

const actorName = (actor: unknown): unknown =>
  typeof actor === 'object' && actor !== null ? (actor as { name?: unknown }).name : actor;

describe('amending and annulling', () => {
  it('given a decision, when amended, then 200 with the corrected fields and the rest kept', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('amend-1'));
    const amended = await ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
      changes: { summary: 'Rättad sammanfattning', amount: 5200 },
      reason: 'Fel belopp i VIVA',
    });
    expectStatus(amended, 200);
    expect(amended.body).toMatchObject({
      decisionId: recorded.decisionId,
      externalId: 'amend-1',
      summary: 'Rättad sammanfattning',
      amount: 5200,
      caseRef: recorded.caseRef,
      decidedAt: '2023-04-03',
    });
    expect(amended.body.flags).not.toContain('AMENDED_AFTER_REPORT');
  });

  it('given a decision, when its item is amended to one not in the order, then it is re-judged (UNKNOWN_ITEM)', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('amend-item'));
    const amended = await must(
      ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { itemCode: '9.9.9' },
        reason: 'fel punkt',
      }),
      200,
    );
    expect(amended.flags).toContain('UNKNOWN_ITEM');
  });

  it('given a decision amended to an earlier decision date, then it follows the route of the version in force then', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('amend-date'));
    const amended = await must(
      ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { decidedAt: '2023-01-02' },
        reason: 'fel datum',
      }),
      200,
    );
    expect(amended).toMatchObject({
      orderVersionId: 'ifon-2022-06',
      reporting: { route: ['forvaltningschef', 'ifon'] },
    });
  });

  it('given a decision reported at a meeting, when amended, then it is flagged AMENDED_AFTER_REPORT', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('amend-after'));
    const report = await must(
      ctx
        .as('secretary')
        .post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [recorded.decisionId] }),
      200,
    );
    expect(reportedIds(report)).toEqual([recorded.decisionId]);
    const amended = await must(
      ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { summary: 'efteråt' },
        reason: 'stavfel',
      }),
      200,
    );
    expect(amended.flags).toContain('AMENDED_AFTER_REPORT');
  });

  it('given changes to externalId or an unknown decision, when amended, then 400 and 404', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('amend-ext'));
    expectApiError(
      await ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { externalId: 'other' },
        reason: 'x',
      }),
      400,
    );
    expectApiError(
      await ctx
        .as('viva')
        .post(paths.amend(BOARD, 'no-such-decision'), { changes: { summary: 'x' }, reason: 'x' }),
      404,
    );
    expect(
      (await must(ctx.as('viva').get(paths.decision(BOARD, recorded.decisionId)), 200)).externalId,
    ).toBe('amend-ext');
  });

  it('given a decision, when annulled, then 200, status annulled, and it leaves the anmälan queue', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('annul-1'));
    const annulled = await ctx
      .as('viva')
      .post(paths.annul(BOARD, recorded.decisionId), { reason: 'Registrerat av misstag' });
    expectStatus(annulled, 200);
    expect(annulled.body).toMatchObject({ decisionId: recorded.decisionId, status: 'annulled' });
    expect(annulled.body.flags).not.toContain('OVERDUE');
    const read = await must(
      ctx.as('viva').get(paths.decision(BOARD, recorded.decisionId), { today: '2023-04-14' }),
      200,
    );
    expect(read.status).toBe('annulled');
    const queue = await must(
      ctx.as('secretary').get(paths.queue(BOARD), { today: '2023-04-14' }),
      200,
    );
    expect(queue.items.map((i: { decisionId: string }) => i.decisionId)).not.toContain(
      recorded.decisionId,
    );
  });

  it('given an annulled decision, when reported at a meeting, then it is rejected', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('annul-2'));
    await must(
      ctx.as('viva').post(paths.annul(BOARD, recorded.decisionId), { reason: 'dubblett' }),
      200,
    );
    const report = await must(
      ctx
        .as('secretary')
        .post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [recorded.decisionId] }),
      200,
    );
    expect(reportedIds(report)).toEqual([]);
    expect(report.rejected).toEqual([
      expect.objectContaining({ decisionId: recorded.decisionId, error: expect.anything() }),
    ]);
  });

  it('given no such decision, when annulled, then 404', async () => {
    expectApiError(
      await ctx.as('viva').post(paths.annul(BOARD, 'no-such-decision'), { reason: 'x' }),
      404,
    );
  });
});

describe('GET /decisions/{id}/history', () => {
  it('given a decision recorded, amended, reported and annulled, then its events in order, each with actor and recordedAt', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('hist-1'));
    await must(
      ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { amount: 4000 },
        reason: 'rättelse',
      }),
      200,
    );
    await must(
      ctx
        .as('secretary')
        .post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [recorded.decisionId] }),
      200,
    );
    await must(
      ctx.as('secretary').post(paths.annul(BOARD, recorded.decisionId), { reason: 'fel ärende' }),
      200,
    );

    const history = await ctx.as('auditor').get(paths.history(BOARD, recorded.decisionId));
    expectStatus(history, 200);
    const events: {
      position: number;
      type: string;
      recordedAt: string;
      actor: unknown;
      data: unknown;
    }[] = history.body.events;
    expect(events.map((e) => e.type)).toEqual([
      expect.stringMatching(/record/i),
      expect.stringMatching(/amend/i),
      expect.stringMatching(/report/i),
      expect.stringMatching(/annul/i),
    ]);
    expect(events.map((e) => actorName(e.actor))).toEqual([
      'viva-ifo',
      'viva-ifo',
      'namndsekreterare',
      'namndsekreterare',
    ]);
    for (const event of events) {
      expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false);
      expect(event.data).toBeDefined();
    }
    const positions = events.map((e) => Number(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(JSON.stringify(events[1].data)).toContain('4000');
  });

  it('given no such decision, when its history is read, then 404', async () => {
    expectApiError(await ctx.as('auditor').get(paths.history(BOARD, 'no-such-decision')), 404);
  });
});
