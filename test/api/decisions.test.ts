import {
  aDecision,
  expectApiError,
  expectStatus,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const OTHER_BOARD = 'ifon-b';
const ctx = useService({ boards: [BOARD, OTHER_BOARD] });

beforeAll(async () => {
  await givenIfon(ctx, BOARD);
  await givenIfon(ctx, OTHER_BOARD);
});

const stockholmToday = () =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const byExternalId = async (externalId: string, boardId = BOARD) => {
  const list = await must(ctx.as('secretary').get(paths.decisions(boardId), { limit: 1000 }), 200);
  return list.items.filter((d: { externalId: string }) => d.externalId === externalId);
};

const VIEW_FIELDS = [
  'decisionId',
  'externalId',
  'sourceSystem',
  'itemCode',
  'decidedAt',
  'decidedBy',
  'caseRef',
  'summary',
  'confidential',
  'amount',
  'urgent',
  'registeredAt',
  'recordedAt',
  'orderVersionId',
  'reporting',
  'status',
  'flags',
];

describe('recording a decision', () => {
  it('given IFON, when a source system POSTs a decision, then 201 with the whole decision view', async () => {
    const before = Date.now();
    const response = await ctx.as('viva').post(paths.decisions(BOARD), aDecision('rec-1'));
    expectStatus(response, 201);
    expect(Object.keys(response.body)).toEqual(expect.arrayContaining(VIEW_FIELDS));
    expect(response.body).toMatchObject({
      decisionId: expect.any(String),
      externalId: 'rec-1',
      sourceSystem: 'viva-ifo',
      itemCode: '3.7.2',
      decidedAt: '2023-04-03',
      decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: 'aa01' },
      caseRef: 'IFO 2023-rec-1',
      summary: 'Ekonomiskt bistånd, ärende rec-1',
      confidential: false,
      amount: 4500,
      urgent: false,
      registeredAt: '2023-04-03',
      recordedAt: expect.any(String),
      orderVersionId: 'ifon-2023-01',
      reporting: {
        mode: 'report',
        route: ['socialt-utskott', 'ifon'],
        steps: [
          {
            bodyId: 'socialt-utskott',
            readyOn: '2023-04-03',
            dueMeetingId: 'su-2023-04-13',
            dueDate: '2023-04-13',
            reportedAtMeetingId: null,
            reportedOn: null,
            late: false,
          },
          { bodyId: 'ifon', reportedAtMeetingId: null },
        ],
      },
      // today defaults to the real date, long after the 2023-04-13 meeting
      status: 'overdue',
      flags: ['OVERDUE'],
    });
    const recordedAt = Date.parse(response.body.recordedAt);
    expect(recordedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(recordedAt).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('given no registeredAt, when recorded, then registeredAt is the day it was recorded (Europe/Stockholm)', async () => {
    const { registeredAt, ...decision } = aDecision('rec-no-registered');
    expect(registeredAt).toBeDefined();
    const view = await givenDecision(ctx, BOARD, decision);
    expect(view.registeredAt).toBe(stockholmToday());
    expect(view.flags).toContain('LATE_REGISTERED');
  });

  it('given a recorded decision, when GET by its id, then the same view', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('rec-get'));
    const read = await ctx.as('auditor').get(paths.decision(BOARD, recorded.decisionId));
    expectStatus(read, 200);
    expect(read.body).toEqual(recorded);
  });
});

describe('idempotency: source systems re-send', () => {
  it('given a recorded decision, when the same is re-sent, then 200 with the same decisionId', async () => {
    const first = await givenDecision(ctx, BOARD, aDecision('idem-1'));
    const again = await ctx.as('viva').post(paths.decisions(BOARD), aDecision('idem-1'));
    expectStatus(again, 200);
    expect(again.body.decisionId).toBe(first.decisionId);
    expect(await byExternalId('idem-1')).toHaveLength(1);
  });

  it('given a recorded decision, when the same externalId comes with different content, then 409 and it is unchanged', async () => {
    const first = await givenDecision(ctx, BOARD, aDecision('idem-2'));
    expectApiError(
      await ctx
        .as('viva')
        .post(paths.decisions(BOARD), aDecision('idem-2', { summary: 'Något annat' })),
      409,
    );
    expectApiError(
      await ctx.as('viva').post(paths.decisions(BOARD), aDecision('idem-2', { amount: 4501 })),
      409,
    );
    const read = await must(ctx.as('viva').get(paths.decision(BOARD, first.decisionId)), 200);
    expect(read).toMatchObject({ summary: first.summary, amount: 4500 });
  });

  it('given an externalId of one source system, when another source system uses it, then it is another decision', async () => {
    const viva = await givenDecision(ctx, BOARD, aDecision('shared-ext'));
    const ecos = await ctx.as('ecos').post(paths.decisions(BOARD), aDecision('shared-ext'));
    expectStatus(ecos, 201);
    expect(ecos.body.decisionId).not.toBe(viva.decisionId);
    expect(ecos.body.sourceSystem).toBe('ecos');
  });

  it('given an externalId on one board, when the same is sent to another board, then it is another decision', async () => {
    const here = await givenDecision(ctx, BOARD, aDecision('two-boards'));
    const there = await ctx.as('viva').post(paths.decisions(OTHER_BOARD), aDecision('two-boards'));
    expectStatus(there, 201);
    expect(there.body.decisionId).not.toBe(here.decisionId);
  });

  it('given 20 identical POSTs in parallel, when they all answer, then exactly one 201, the rest 200, one decision', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        ctx.as('viva').post(paths.decisions(BOARD), aDecision('parallel-1')),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(18).fill(200), 201].sort());
    expect(new Set(responses.map((r) => r.body.decisionId)).size).toBe(1);
    expect(await byExternalId('parallel-1')).toHaveLength(1);
  });

  it('given a recorded decision, when re-sent with keys reordered and its defaults spelled out, then 200: same content', async () => {
    const sparse = {
      externalId: 'idem-sparse',
      itemCode: '3.7.2',
      decidedAt: '2023-04-03',
      decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' },
      registeredAt: '2023-04-03',
    };
    const first = await givenDecision(ctx, BOARD, sparse);
    const spelledOut = await ctx.as('viva').post(paths.decisions(BOARD), {
      registeredAt: '2023-04-03',
      urgent: false,
      confidential: false,
      decidedBy: { role: 'socialsekreterare', name: 'Anna Andersson' },
      decidedAt: '2023-04-03',
      itemCode: '3.7.2',
      externalId: 'idem-sparse',
    });
    expectStatus(spelledOut, 200);
    expect(spelledOut.body.decisionId).toBe(first.decisionId);
  });

  it('given 10 POSTs in parallel with one externalId and different content, then exactly one 201 and nine 409', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ctx
          .as('viva')
          .post(paths.decisions(BOARD), aDecision('parallel-2', { summary: `version ${i}` })),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    const stored = await byExternalId('parallel-2');
    expect(stored).toHaveLength(1);
    expect(stored[0].summary).toBe(responses.find((r) => r.status === 201)!.body.summary);
  });
});

describe('POST /decisions/batch', () => {
  it('given a batch of new, re-sent, invalid and conflicting decisions, then one result per input, in order, each on its own', async () => {
    const existing = await givenDecision(ctx, BOARD, aDecision('batch-existing'));
    const { itemCode: _dropped, ...missingItem } = aDecision('batch-missing-item');
    const response = await ctx.as('viva').post(paths.batch(BOARD), {
      decisions: [
        aDecision('batch-1'),
        aDecision('batch-existing'),
        aDecision('batch-bad-date', { decidedAt: '2023-02-30' }),
        aDecision('batch-existing', { summary: 'ändrat innehåll' }),
        missingItem,
        aDecision('batch-2', { decidedAt: '2023-04-20' }),
      ],
    });
    expectStatus(response, 200);
    expect(response.body.results).toEqual([
      expect.objectContaining({
        externalId: 'batch-1',
        status: 'created',
        decisionId: expect.any(String),
      }),
      expect.objectContaining({
        externalId: 'batch-existing',
        status: 'unchanged',
        decisionId: existing.decisionId,
      }),
      expect.objectContaining({
        externalId: 'batch-bad-date',
        status: 'rejected',
        error: expect.anything(),
      }),
      expect.objectContaining({
        externalId: 'batch-existing',
        status: 'rejected',
        error: expect.anything(),
      }),
      expect.objectContaining({
        externalId: 'batch-missing-item',
        status: 'rejected',
        error: expect.anything(),
      }),
      expect.objectContaining({
        externalId: 'batch-2',
        status: 'created',
        decisionId: expect.any(String),
      }),
    ]);

    const created = response.body.results[5].decisionId;
    expect(
      await must(ctx.as('viva').get(paths.decision(BOARD, created), { today: '2023-04-21' }), 200),
    ).toMatchObject({
      externalId: 'batch-2',
      reporting: {
        steps: [expect.objectContaining({ dueMeetingId: 'su-2023-04-27' }), expect.anything()],
      },
    });
    expect(await byExternalId('batch-bad-date')).toHaveLength(0);
    expect(await byExternalId('batch-missing-item')).toHaveLength(0);
    expect((await byExternalId('batch-existing'))[0].summary).toBe(existing.summary);
  });

  it('given one externalId twice in a batch, then the first is created and the second judged against it', async () => {
    const response = await must(
      ctx.as('viva').post(paths.batch(BOARD), {
        decisions: [
          aDecision('in-batch-twice'),
          aDecision('in-batch-twice'),
          aDecision('in-batch-twice', { amount: 1 }),
        ],
      }),
      200,
    );
    expect(response.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'unchanged',
      'rejected',
    ]);
    expect(response.results[1].decisionId).toBe(response.results[0].decisionId);
    expect(await byExternalId('in-batch-twice')).toHaveLength(1);
  });

  it('given the same batch sent twice, then the second time every result is unchanged with the same ids', async () => {
    const batch = { decisions: [aDecision('twice-1'), aDecision('twice-2')] };
    const first = await must(ctx.as('viva').post(paths.batch(BOARD), batch), 200);
    const second = await must(ctx.as('viva').post(paths.batch(BOARD), batch), 200);
    expect(second.results.map((r: { status: string }) => r.status)).toEqual([
      'unchanged',
      'unchanged',
    ]);
    expect(second.results.map((r: { decisionId: string }) => r.decisionId)).toEqual(
      first.results.map((r: { decisionId: string }) => r.decisionId),
    );
  });

  it('given more than 1000 decisions, when POSTed as a batch, then 400 and none is recorded', async () => {
    const decisions = Array.from({ length: 1001 }, (_, i) => aDecision(`too-many-${i}`));
    expectApiError(await ctx.as('viva').post(paths.batch(BOARD), { decisions }), 400);
    expect(await byExternalId('too-many-0')).toHaveLength(0);
  });
});
