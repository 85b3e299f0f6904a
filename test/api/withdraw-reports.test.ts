import {
  aDecision,
  expectApiError,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const ctx = useService({ boards: ['ifon'] });

beforeAll(async () => {
  await givenIfon(ctx, 'ifon');
});

const secretary = () => ctx.as('secretary');

describe('a report with its minutes paragraph', () => {
  it('given a decision on the utskott list, when reported with "§ 123", then the step shows it, trimmed', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('para-1'));
    const reported = await must(
      secretary().post(paths.reports('ifon', 'su-2023-04-13'), {
        decisionIds: [decisionId],
        minutesParagraph: ' § 123 ',
      }),
      200,
    );
    expect(reported).toEqual({ reported: [decisionId], rejected: [] });
    const view = await must(
      secretary().get(`${paths.decision('ifon', decisionId)}?today=2023-04-14`),
      200,
    );
    expect(view.reporting.steps[0]).toMatchObject({
      reportedAtMeetingId: 'su-2023-04-13',
      minutesParagraph: '§ 123',
    });
    expect(view.reporting.steps[1].minutesParagraph).toBeNull();
  });

  it('given a blank minutes paragraph, then 400 and nothing is reported', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('para-2'));
    const refused = await secretary().post(paths.reports('ifon', 'su-2023-04-13'), {
      decisionIds: [decisionId],
      minutesParagraph: '   ',
    });
    expectApiError(refused, 400);
    const view = await must(secretary().get(paths.decision('ifon', decisionId)), 200);
    expect(view.reporting.steps[0].reportedAtMeetingId).toBeNull();
  });
});

describe('withdrawing a report recorded by mistake', () => {
  const reportedCount = async (meetingId: string): Promise<number> => {
    const { meetings } = await must(secretary().get(paths.meetings('ifon')), 200);
    return meetings.find((m: { meetingId: string }) => m.meetingId === meetingId).reportedCount;
  };

  it('given a decision reported at the utskott, when withdrawn there, then it is pending again, the step unreported, and its history keeps both', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('wd-1'));
    const countBefore = await reportedCount('su-2023-04-13');
    await must(
      secretary().post(paths.reports('ifon', 'su-2023-04-13'), { decisionIds: [decisionId] }),
      200,
    );
    expect(await reportedCount('su-2023-04-13')).toBe(countBefore + 1);
    const withdrawn = await must(
      secretary().post(paths.withdraw('ifon', 'su-2023-04-13'), {
        decisionIds: [decisionId],
        reason: 'fel ärende i listan',
      }),
      200,
    );
    expect(withdrawn).toEqual({ withdrawn: [decisionId], rejected: [] });
    expect(await reportedCount('su-2023-04-13')).toBe(countBefore);
    const view = await must(
      secretary().get(`${paths.decision('ifon', decisionId)}?today=2023-04-13`),
      200,
    );
    expect(view.status).toBe('pending');
    expect(view.reporting.steps[0]).toMatchObject({
      dueMeetingId: 'su-2023-04-13',
      reportedAtMeetingId: null,
    });
    const queue = await must(secretary().get(`${paths.queue('ifon')}?today=2023-04-14`), 200);
    expect(queue.items.map((i: { decisionId: string }) => i.decisionId)).toContain(decisionId);
    const history = await must(secretary().get(paths.history('ifon', decisionId)), 200);
    expect(history.events.map((e: { type: string }) => e.type)).toEqual([
      'DecisionRecorded',
      'DecisionsReported',
      'ReportsWithdrawn',
    ]);
  });

  it('given a withdrawn report, when the decision is reported again at the same meeting, then it is reported', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('wd-2'));
    const at = paths.reports('ifon', 'su-2023-04-13');
    await must(secretary().post(at, { decisionIds: [decisionId] }), 200);
    await must(
      secretary().post(paths.withdraw('ifon', 'su-2023-04-13'), {
        decisionIds: [decisionId],
        reason: 'fel',
      }),
      200,
    );
    expect(await must(secretary().post(at, { decisionIds: [decisionId] }), 200)).toEqual({
      reported: [decisionId],
      rejected: [],
    });
  });

  it('given a decision never reported here, and one whose nämnd step was reported since, then each is rejected with its reason and nothing changes', async () => {
    const never = (await givenDecision(ctx, 'ifon', aDecision('wd-3'))).decisionId;
    const both = (await givenDecision(ctx, 'ifon', aDecision('wd-4'))).decisionId;
    await must(
      secretary().post(paths.reports('ifon', 'su-2023-04-13'), { decisionIds: [both] }),
      200,
    );
    await must(
      secretary().post(paths.reports('ifon', 'ifon-2023-05-23'), { decisionIds: [both] }),
      200,
    );
    const before = await must(secretary().get(paths.history('ifon', both)), 200);
    const answer = await must(
      secretary().post(paths.withdraw('ifon', 'su-2023-04-13'), {
        decisionIds: [never, both],
        reason: 'fel',
      }),
      200,
    );
    expect(answer.withdrawn).toEqual([]);
    expect(answer.rejected).toEqual([
      { decisionId: never, error: expect.stringMatching(/^NOT_REPORTED_AT_MEETING: /) },
      { decisionId: both, error: expect.stringMatching(/^LATER_STEP_REPORTED: .*ifon-2023-05-23/) },
    ]);
    expect(await must(secretary().get(paths.history('ifon', both)), 200)).toEqual(before);
  });

  it('given no reason, then 400; given an auditor, then 403; given an unknown meeting, then 404', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('wd-5'));
    const body = { decisionIds: [decisionId], reason: 'fel' };
    expectApiError(
      await secretary().post(paths.withdraw('ifon', 'su-2023-04-13'), {
        decisionIds: [decisionId],
      }),
      400,
    );
    expectApiError(
      await ctx.as('auditor').post(paths.withdraw('ifon', 'su-2023-04-13'), body),
      403,
    );
    expectApiError(await secretary().post(paths.withdraw('ifon', 'no-such-meeting'), body), 404);
  });
});

describe('comparing two versions of the delegation order', () => {
  it('given the 2022 and 2023 versions, then the default route change förvaltningschef → utskott shows and no item changed', async () => {
    const comparison = await must(
      ctx.as('auditor').get(paths.compare('ifon', 'ifon-2022-06', 'ifon-2023-01')),
      200,
    );
    expect(comparison).toEqual({
      from: 'ifon-2022-06',
      to: 'ifon-2023-01',
      defaultRoute: { from: ['forvaltningschef', 'ifon'], to: ['socialt-utskott', 'ifon'] },
      items: { added: [], removed: [], changed: [] },
    });
  });

  it('given a version that does not exist, then 404; given a bad id, then 400', async () => {
    expectApiError(await ctx.as('auditor').get(paths.compare('ifon', 'ifon-2022-06', 'nope')), 404);
    expectApiError(
      await ctx.as('auditor').get(paths.compare('ifon', 'ifon-2022-06', 'NOPE!')),
      400,
    );
  });
});
