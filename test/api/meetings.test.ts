import {
  IFON_BODIES,
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

const BOARDS = ['cal', 'ifon'];
const ctx = useService({ boards: BOARDS });

beforeAll(async () => {
  await must(
    ctx.as('admin').put(paths.board('cal'), { name: 'Kalender', bodies: IFON_BODIES }),
    201,
  );
  await givenIfon(ctx, 'ifon');
});

const schedule = (body: Record<string, unknown>, boardId = 'cal') =>
  ctx.as('secretary').post(paths.meetings(boardId), body);

describe('scheduling meetings', () => {
  it('given a body, when a meeting is POSTed without a cutoff, then 201 and the cutoff is the day before, receiving reports', async () => {
    const created = await schedule({
      meetingId: 'su-2023-04-13',
      bodyId: 'socialt-utskott',
      date: '2023-04-13',
    });
    expectStatus(created, 201);
    expect(created.body).toMatchObject({
      meetingId: 'su-2023-04-13',
      bodyId: 'socialt-utskott',
      date: '2023-04-13',
      listCutoff: '2023-04-12',
      receivesReports: true,
    });
  });

  it.each([
    ['2023-03-01', '2023-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2024-01-01', '2023-12-31'],
  ])(
    'given a meeting on %s, when no cutoff is given, then the cutoff is %s',
    async (date, listCutoff) => {
      const created = await schedule({ meetingId: `ifon-${date}`, bodyId: 'ifon', date });
      expectStatus(created, 201);
      expect(created.body).toMatchObject({ listCutoff });
    },
  );

  it('given an explicit cutoff (on the date itself, too) and receivesReports false, when POSTed, then they are kept', async () => {
    const early = await schedule({
      meetingId: 'su-early',
      bodyId: 'socialt-utskott',
      date: '2023-06-15',
      listCutoff: '2023-06-01',
    });
    expect(early.body).toMatchObject({ listCutoff: '2023-06-01' });
    const sameDay = await schedule({
      meetingId: 'fc-same-day',
      bodyId: 'forvaltningschef',
      date: '2023-06-20',
      listCutoff: '2023-06-20',
      receivesReports: false,
    });
    expectStatus(sameDay, 201);
    expect(sameDay.body).toMatchObject({ listCutoff: '2023-06-20', receivesReports: false });
  });

  it('given a meetingId in use, when it is POSTed again, then 409 and the first stays', async () => {
    expectApiError(
      await schedule({ meetingId: 'su-2023-04-13', bodyId: 'ifon', date: '2023-09-09' }),
      409,
    );
    const listed = await must(ctx.as('secretary').get(paths.meetings('cal')), 200);
    const meetings = listed.meetings.filter(
      (m: { meetingId: string }) => m.meetingId === 'su-2023-04-13',
    );
    expect(meetings).toEqual([
      expect.objectContaining({ bodyId: 'socialt-utskott', date: '2023-04-13' }),
    ]);
  });

  it('given a body the board does not have, when a meeting of it is POSTed, then 422', async () => {
    expectApiError(
      await schedule({ meetingId: 'kf-1', bodyId: 'kommunfullmaktige', date: '2023-04-13' }),
      422,
    );
  });

  it('given a cutoff after the date, when POSTed, then 422', async () => {
    expectApiError(
      await schedule({
        meetingId: 'late-cutoff',
        bodyId: 'ifon',
        date: '2023-04-13',
        listCutoff: '2023-04-14',
      }),
      422,
    );
  });

  it('given an impossible date, when POSTed, then 400', async () => {
    expectApiError(
      await schedule({ meetingId: 'feb-30', bodyId: 'ifon', date: '2023-02-30' }),
      400,
    );
  });

  it('given refused meetings, when listed, then none of them is there', async () => {
    const listed = await must(ctx.as('secretary').get(paths.meetings('cal')), 200);
    const ids = listed.meetings.map((m: { meetingId: string }) => m.meetingId);
    for (const refused of ['kf-1', 'late-cutoff', 'feb-30']) expect(ids).not.toContain(refused);
  });
});

describe('listing meetings', () => {
  it('given meetings POSTed out of order, when GET, then they come ordered by date', async () => {
    const listed = await must(ctx.as('auditor').get(paths.meetings('cal')), 200);
    const dates = listed.meetings.map((m: { date: string }) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(6);
  });

  it('given meetings of several bodies, when GET ?bodyId=, then only that body', async () => {
    const listed = await must(
      ctx.as('auditor').get(paths.meetings('cal'), { bodyId: 'ifon' }),
      200,
    );
    expect(listed.meetings.map((m: { meetingId: string }) => m.meetingId)).toEqual([
      'ifon-2023-03-01',
      'ifon-2024-01-01',
      'ifon-2024-03-01',
    ]);
  });

  it('given meetings over two years, when GET ?from=&to=, then only those dated inside, both ends included', async () => {
    const listed = await must(
      ctx.as('auditor').get(paths.meetings('cal'), { from: '2023-04-13', to: '2023-06-20' }),
      200,
    );
    expect(listed.meetings.map((m: { meetingId: string }) => m.meetingId)).toEqual([
      'su-2023-04-13',
      'su-early',
      'fc-same-day',
    ]);
  });

  it('given no such board, when its meetings are listed, then 404', async () => {
    expectApiError(await ctx.as('admin').get(paths.meetings('no-board')), 404);
  });
});

describe('cancelling meetings', () => {
  it('given a meeting, when it is cancelled with a reason, then 200 and it is listed as cancelled', async () => {
    const cancelled = await ctx
      .as('secretary')
      .post(paths.cancel('cal', 'su-early'), { reason: 'Inställt, ej beslutsmässigt' });
    expectStatus(cancelled, 200);
    const listed = await must(
      ctx.as('secretary').get(paths.meetings('cal'), { bodyId: 'socialt-utskott' }),
      200,
    );
    expect(
      listed.meetings.find((m: { meetingId: string }) => m.meetingId === 'su-early'),
    ).toMatchObject({ cancelled: true });
  });

  it('given no such meeting, when it is cancelled, then 404', async () => {
    expectApiError(
      await ctx.as('secretary').post(paths.cancel('cal', 'never-scheduled'), { reason: 'x' }),
      404,
    );
  });

  it('given a meeting that received reports, when it is cancelled, then 409 and it is not cancelled', async () => {
    const decision = await givenDecision(ctx, 'ifon', aDecision('cancel-1'));
    const report = await must(
      ctx
        .as('secretary')
        .post(paths.reports('ifon', 'su-2023-04-13'), { decisionIds: [decision.decisionId] }),
      200,
    );
    expect(reportedIds(report)).toEqual([decision.decisionId]);

    expectApiError(
      await ctx.as('secretary').post(paths.cancel('ifon', 'su-2023-04-13'), { reason: 'för sent' }),
      409,
    );
    const listed = await must(
      ctx.as('secretary').get(paths.meetings('ifon'), { bodyId: 'socialt-utskott' }),
      200,
    );
    expect(
      listed.meetings.find((m: { meetingId: string }) => m.meetingId === 'su-2023-04-13'),
    ).toMatchObject({ cancelled: false });
  });
});
