/**
 * domain.md's worked example (IFON, Borås Stad) driven through the HTTP API: two
 * versions of the delegation order, the utskott and nämnd meetings of spring 2023,
 * and the anmälan of decisions along their route. Each scenario uses its own board.
 */
import {
  aDecision,
  expectStatus,
  givenDecision,
  givenIfon,
  MEETINGS,
  must,
  paths,
  reportedIds,
  useService,
} from './scenario.fixture';

const BOARDS = [
  'ifon',
  'ifon-r',
  'ifon-late',
  'ifon-cancel',
  'ifon-quarterly',
  'ifon-rej',
  'ifon-q',
  'ifon-rej-other',
];
const ctx = useService({ boards: BOARDS });

const view = (boardId: string, decisionId: string, today: string) =>
  must(ctx.as('secretary').get(paths.decision(boardId, decisionId), { today }), 200);
const report = (boardId: string, meetingId: string, decisionIds: string[]) =>
  must(ctx.as('secretary').post(paths.reports(boardId, meetingId), { decisionIds }), 200);
const listIds = (body: { items: { decisionId: string }[] }) => body.items.map((d) => d.decisionId);

describe('IFON: the route is the one of the version in force on the decision date', () => {
  const decisions: Record<string, string> = {};
  beforeAll(async () => {
    await givenIfon(ctx, 'ifon');
    const record = async (name: string, decidedAt: string, registeredAt = decidedAt) => {
      decisions[name] = (
        await givenDecision(ctx, 'ifon', aDecision(name, { decidedAt, registeredAt }))
      ).decisionId;
    };
    await record('d-0102', '2023-01-02', '2023-01-05');
    await record('d-0104', '2023-01-04', '2023-01-05');
    await record('d-0403', '2023-04-03');
    await record('d-0413', '2023-04-13');
  });

  it('given a decision of 2023-01-02 recorded 2023-01-05, then it follows the old route via the förvaltningschef', async () => {
    expect(await view('ifon', decisions['d-0102'], '2023-01-05')).toMatchObject({
      orderVersionId: 'ifon-2022-06',
      reporting: {
        mode: 'report',
        route: ['forvaltningschef', 'ifon'],
        steps: [
          {
            bodyId: 'forvaltningschef',
            readyOn: '2023-01-02',
            dueMeetingId: 'fc-2023-01-31',
            dueDate: '2023-01-31',
          },
          { bodyId: 'ifon' },
        ],
      },
      status: 'pending',
    });
  });

  it('given a decision of 2023-01-04, then it follows the new route via Socialt utskott', async () => {
    expect(await view('ifon', decisions['d-0104'], '2023-01-05')).toMatchObject({
      orderVersionId: 'ifon-2023-01',
      reporting: {
        route: ['socialt-utskott', 'ifon'],
        steps: [{ bodyId: 'socialt-utskott', dueMeetingId: 'su-2023-04-13' }, { bodyId: 'ifon' }],
      },
    });
  });

  it('given a decision of 2023-04-03 not reported, when judged on 2023-04-13, then pending at the utskott meeting that day', async () => {
    const judged = await view('ifon', decisions['d-0403'], '2023-04-13');
    expect(judged).toMatchObject({
      status: 'pending',
      reporting: { steps: [{ dueMeetingId: 'su-2023-04-13', dueDate: '2023-04-13' }, {}] },
    });
    expect(judged.flags).not.toContain('OVERDUE');
  });

  it('given the same decision, when judged on 2023-04-14, then overdue and flagged OVERDUE (the missing anmälan)', async () => {
    const judged = await view('ifon', decisions['d-0403'], '2023-04-14');
    expect(judged.status).toBe('overdue');
    expect(judged.flags).toContain('OVERDUE');
  });

  it('given a decision taken on the meeting day itself, then it is due at the next utskott meeting (after the cutoff)', async () => {
    const judged = await view('ifon', decisions['d-0413'], '2023-04-14');
    expect(judged).toMatchObject({
      status: 'pending',
      reporting: { steps: [{ dueMeetingId: 'su-2023-04-27' }, {}] },
    });
  });

  it('given the utskott meeting of 2023-04-13, when its reporting list is read, then it holds the decisions ready by its cutoff on its body', async () => {
    const list = await must(
      ctx
        .as('secretary')
        .get(paths.reportingList('ifon', 'su-2023-04-13'), { today: '2023-04-13' }),
      200,
    );
    expect(list.meeting).toMatchObject({
      meetingId: 'su-2023-04-13',
      bodyId: 'socialt-utskott',
      listCutoff: '2023-04-12',
    });
    expect(listIds(list).sort()).toEqual([decisions['d-0104'], decisions['d-0403']].sort());
  });

  it('given the next utskott meeting, when its reporting list is read, then it also holds what is still not reported', async () => {
    const list = await must(
      ctx.as('auditor').get(paths.reportingList('ifon', 'su-2023-04-27'), { today: '2023-04-27' }),
      200,
    );
    expect(listIds(list).sort()).toEqual(
      [decisions['d-0104'], decisions['d-0403'], decisions['d-0413']].sort(),
    );
  });
});

describe('IFON: the anmälan along the route', () => {
  let decisionId: string;
  beforeAll(async () => {
    await givenIfon(ctx, 'ifon-r');
    decisionId = (await givenDecision(ctx, 'ifon-r', aDecision('r-0403'))).decisionId;
  });

  it('given a decision due at the utskott, when the utskott meeting receives it, then its current step is the nämnd, due 2023-05-23', async () => {
    const result = await report('ifon-r', 'su-2023-04-13', [decisionId]);
    expect(reportedIds(result)).toEqual([decisionId]);
    expect(result.rejected).toEqual([]);

    const judged = await view('ifon-r', decisionId, '2023-04-14');
    expect(judged).toMatchObject({
      status: 'pending',
      reporting: {
        steps: [
          {
            bodyId: 'socialt-utskott',
            dueMeetingId: 'su-2023-04-13',
            reportedAtMeetingId: 'su-2023-04-13',
            reportedOn: '2023-04-13',
            late: false,
          },
          {
            bodyId: 'ifon',
            readyOn: '2023-04-13',
            dueMeetingId: 'ifon-2023-05-23',
            dueDate: '2023-05-23',
            reportedAtMeetingId: null,
          },
        ],
      },
    });
    expect(judged.flags).toEqual([]);
  });

  it('given it was received by the utskott, then it left the utskott list and is on the nämnd list', async () => {
    const utskott = await must(
      ctx.as('secretary').get(paths.reportingList('ifon-r', 'su-2023-04-13')),
      200,
    );
    expect(listIds(utskott)).not.toContain(decisionId);
    const namnd = await must(
      ctx.as('secretary').get(paths.reportingList('ifon-r', 'ifon-2023-05-23')),
      200,
    );
    expect(listIds(namnd)).toContain(decisionId);
  });

  it('given its nämnd step, when judged the day after the nämnd meeting without a report, then overdue', async () => {
    expect((await view('ifon-r', decisionId, '2023-05-24')).status).toBe('overdue');
  });

  it('given the nämnd meeting receives it ("läggs till handlingarna"), then reported, on time, however late that was recorded', async () => {
    expect(reportedIds(await report('ifon-r', 'ifon-2023-05-23', [decisionId]))).toEqual([
      decisionId,
    ]);
    const judged = await view('ifon-r', decisionId, '2023-05-24');
    expect(judged.status).toBe('reported');
    expect(judged.flags).toEqual([]);
    expect(judged.reporting.steps[1]).toMatchObject({
      reportedAtMeetingId: 'ifon-2023-05-23',
      reportedOn: '2023-05-23',
      late: false,
    });
  });
});

describe('IFON: late and skipped meetings', () => {
  it('given a decision due 2023-04-13, when it is reported at the 2023-04-27 meeting, then the step is complete but REPORTED_LATE', async () => {
    await givenIfon(ctx, 'ifon-late');
    const { decisionId } = await givenDecision(ctx, 'ifon-late', aDecision('late-1'));
    expect(reportedIds(await report('ifon-late', 'su-2023-04-27', [decisionId]))).toEqual([
      decisionId,
    ]);

    const judged = await view('ifon-late', decisionId, '2023-04-28');
    expect(judged.status).toBe('pending');
    expect(judged.flags).toContain('REPORTED_LATE');
    expect(judged.reporting.steps).toEqual([
      expect.objectContaining({
        dueMeetingId: 'su-2023-04-13',
        reportedAtMeetingId: 'su-2023-04-27',
        late: true,
      }),
      expect.objectContaining({
        bodyId: 'ifon',
        readyOn: '2023-04-27',
        dueMeetingId: 'ifon-2023-05-23',
      }),
    ]);
  });

  it('given a decision due 2023-04-13, when that meeting is cancelled, then it is re-judged due at 2023-04-27, and the cancelled meeting refuses it', async () => {
    await givenIfon(ctx, 'ifon-cancel');
    const { decisionId } = await givenDecision(ctx, 'ifon-cancel', aDecision('cancel-1'));
    expect(
      (await view('ifon-cancel', decisionId, '2023-04-10')).reporting.steps[0].dueMeetingId,
    ).toBe('su-2023-04-13');

    await must(
      ctx
        .as('secretary')
        .post(paths.cancel('ifon-cancel', 'su-2023-04-13'), { reason: 'Inställt' }),
      200,
    );

    const judged = await view('ifon-cancel', decisionId, '2023-04-14');
    expect(judged).toMatchObject({
      status: 'pending',
      reporting: { steps: [{ dueMeetingId: 'su-2023-04-27', dueDate: '2023-04-27' }, {}] },
    });
    const result = await report('ifon-cancel', 'su-2023-04-13', [decisionId]);
    expect(reportedIds(result)).toEqual([]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ decisionId, error: expect.anything() }),
    ]);
  });

  it('given the utskott takes no reports on 2023-04-13 (receivesReports false), then a decision of 2023-04-03 is due 2023-04-27', async () => {
    const meetings = MEETINGS.map((m) =>
      m.meetingId === 'su-2023-04-13' ? { ...m, receivesReports: false } : m,
    );
    await givenIfon(ctx, 'ifon-quarterly', { meetings });
    const { decisionId } = await givenDecision(ctx, 'ifon-quarterly', aDecision('quarterly-1'));
    expect(await view('ifon-quarterly', decisionId, '2023-04-14')).toMatchObject({
      status: 'pending',
      reporting: { steps: [{ dueMeetingId: 'su-2023-04-27' }, {}] },
    });
  });
});

describe('IFON: reports a meeting refuses', () => {
  const d: Record<string, string> = {};
  beforeAll(async () => {
    await givenIfon(ctx, 'ifon-rej');
    d.early = (await givenDecision(ctx, 'ifon-rej', aDecision('rej-early'))).decisionId;
    d.later = (
      await givenDecision(ctx, 'ifon-rej', aDecision('rej-later', { decidedAt: '2023-04-20' }))
    ).decisionId;
    d.may = (
      await givenDecision(ctx, 'ifon-rej', aDecision('rej-may', { decidedAt: '2023-04-28' }))
    ).decisionId;
  });

  it("given a decision whose current step is the utskott, when the nämnd's meeting reports it, then it is rejected", async () => {
    const result = await report('ifon-rej', 'ifon-2023-05-23', [d.early]);
    expect(reportedIds(result)).toEqual([]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ decisionId: d.early, error: expect.anything() }),
    ]);
  });

  it('given decisions one decided after the meeting, when both are reported there, then that one alone is rejected', async () => {
    const result = await report('ifon-rej', 'su-2023-04-13', [d.early, d.later]);
    expect(reportedIds(result)).toEqual([d.early]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ decisionId: d.later, error: expect.anything() }),
    ]);
    expect(
      (await view('ifon-rej', d.later, '2023-04-21')).reporting.steps[0].reportedAtMeetingId,
    ).toBeNull();
  });

  it('given a decision already reported at the utskott, when it is reported there again, then it is rejected', async () => {
    const result = await report('ifon-rej', 'su-2023-04-13', [d.early]);
    expect(reportedIds(result)).toEqual([]);
    expect(result.rejected).toEqual([expect.objectContaining({ decisionId: d.early })]);
    const again = await report('ifon-rej', 'su-2023-04-27', [d.early]);
    expect(reportedIds(again)).toEqual([]);
  });

  it('given a decision of another board, or an id that is no decision, when reported at this board’s meeting, then rejected', async () => {
    await givenIfon(ctx, 'ifon-rej-other');
    const foreign = (await givenDecision(ctx, 'ifon-rej-other', aDecision('foreign-1'))).decisionId;
    const result = await ctx.as('admin').post(paths.reports('ifon-rej', 'su-2023-04-27'), {
      decisionIds: [foreign, 'no-such-decision'],
    });
    expectStatus(result, 200);
    expect(reportedIds(result.body)).toEqual([]);
    expect(result.body.rejected).toEqual([
      expect.objectContaining({ decisionId: foreign, error: expect.anything() }),
      expect.objectContaining({ decisionId: 'no-such-decision', error: expect.anything() }),
    ]);
    const judged = await must(
      ctx.as('admin').get(paths.decision('ifon-rej-other', foreign), { today: '2023-04-28' }),
      200,
    );
    expect(judged.reporting.steps[0].reportedAtMeetingId).toBeNull();
  });

  it('given a cancelled meeting, when decisions are reported at it, then they are rejected and stay unreported', async () => {
    await must(
      ctx.as('secretary').post(paths.cancel('ifon-rej', 'su-2023-05-11'), { reason: 'Inställt' }),
      200,
    );
    const result = await report('ifon-rej', 'su-2023-05-11', [d.may]);
    expect(reportedIds(result)).toEqual([]);
    expect(result.rejected).toEqual([expect.objectContaining({ decisionId: d.may })]);
    const judged = await view('ifon-rej', d.may, '2023-05-12');
    expect(judged.reporting.steps[0].reportedAtMeetingId).toBeNull();
    expect(judged.flags).toContain('NO_MEETING_SCHEDULED');
  });
});

describe('IFON: the anmälan queue', () => {
  const q: Record<string, string> = {};
  beforeAll(async () => {
    await givenIfon(ctx, 'ifon-q');
    const record = async (name: string, overrides: Record<string, unknown>) => {
      q[name] = (await givenDecision(ctx, 'ifon-q', aDecision(name, overrides))).decisionId;
    };
    await record('q-utskott-0403', { decidedAt: '2023-04-03' });
    await record('q-utskott-0420', { decidedAt: '2023-04-20' });
    await record('q-chef-0102', { decidedAt: '2023-01-02' });
    await record('q-utskott-0428', { decidedAt: '2023-04-28' });
    await record('q-none', { decidedAt: '2023-04-03', itemCode: '3.8.1' });
    await record('q-namnd', { decidedAt: '2023-04-05' });
    await record('q-annulled', { decidedAt: '2023-04-03' });
    await must(
      ctx.as('secretary').post(paths.annul('ifon-q', q['q-annulled']), { reason: 'fel' }),
      200,
    );
    expect(reportedIds(await report('ifon-q', 'su-2023-04-13', [q['q-namnd']]))).toEqual([
      q['q-namnd'],
    ]);
  });

  it('given the board on 2023-04-28, when the queue is read, then every pending and overdue decision at its current step, oldest due first', async () => {
    const response = await ctx.as('secretary').get(paths.queue('ifon-q'), { today: '2023-04-28' });
    expectStatus(response, 200);
    expect(response.body.today).toBe('2023-04-28');
    expect(response.body.counts).toEqual({ pending: 2, overdue: 3 });
    expect(response.body.items).toEqual([
      expect.objectContaining({
        decisionId: q['q-chef-0102'],
        externalId: 'q-chef-0102',
        itemCode: '3.7.2',
        decidedAt: '2023-01-02',
        bodyId: 'forvaltningschef',
        dueMeetingId: 'fc-2023-01-31',
        dueDate: '2023-01-31',
        status: 'overdue',
      }),
      expect.objectContaining({
        decisionId: q['q-utskott-0403'],
        bodyId: 'socialt-utskott',
        dueMeetingId: 'su-2023-04-13',
        status: 'overdue',
        flags: expect.arrayContaining(['OVERDUE']),
      }),
      expect.objectContaining({
        decisionId: q['q-utskott-0420'],
        dueMeetingId: 'su-2023-04-27',
        status: 'overdue',
      }),
      expect.objectContaining({
        decisionId: q['q-utskott-0428'],
        dueMeetingId: 'su-2023-05-11',
        status: 'pending',
      }),
      expect.objectContaining({
        decisionId: q['q-namnd'],
        bodyId: 'ifon',
        dueMeetingId: 'ifon-2023-05-23',
        dueDate: '2023-05-23',
        status: 'pending',
      }),
    ]);
  });

  it('given ?bodyId=, then only decisions whose current step is at that body', async () => {
    const utskott = await must(
      ctx
        .as('auditor')
        .get(paths.queue('ifon-q'), { today: '2023-04-28', bodyId: 'socialt-utskott' }),
      200,
    );
    expect(listIds(utskott)).toEqual([
      q['q-utskott-0403'],
      q['q-utskott-0420'],
      q['q-utskott-0428'],
    ]);
    const namnd = await must(
      ctx.as('auditor').get(paths.queue('ifon-q'), { today: '2023-04-28', bodyId: 'ifon' }),
      200,
    );
    expect(listIds(namnd)).toEqual([q['q-namnd']]);
  });

  it('given ?status=overdue, then only the overdue ones', async () => {
    const overdue = await must(
      ctx.as('auditor').get(paths.queue('ifon-q'), { today: '2023-04-28', status: 'overdue' }),
      200,
    );
    expect(listIds(overdue)).toEqual([q['q-chef-0102'], q['q-utskott-0403'], q['q-utskott-0420']]);
  });

  it('given an earlier day, then the same decisions are judged as they stood then', async () => {
    const early = await must(
      ctx
        .as('auditor')
        .get(paths.queue('ifon-q'), { today: '2023-01-31', bodyId: 'forvaltningschef' }),
      200,
    );
    expect(early.items).toEqual([
      expect.objectContaining({ decisionId: q['q-chef-0102'], status: 'pending' }),
    ]);
  });
});
