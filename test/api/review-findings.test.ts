/**
 * Findings of a review against the spec, each a request that once broke a
 * promise of api.md: bad input stored and stopping the read side, masking
 * bypassed, a header scheme refused, roles beyond the table.
 */
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
const ctx = useService({ boards: [BOARD] });

beforeAll(() => givenIfon(ctx, BOARD));

async function healthy(): Promise<void> {
  const health = await fetch(`${ctx.service.baseUrl}/health`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { status: string }).status).toBe('ok');
}

describe('an amendment never clears what every decision has', () => {
  it.each([
    [{ itemCode: null }],
    [{ decidedAt: null }],
    [{ decidedBy: null }],
    [{ registeredAt: null }],
    [{ confidential: null }],
    [{ urgent: null }],
  ])('given a decision, when amended with %j, then 400 and nothing changes', async (changes) => {
    const recorded = await givenDecision(
      ctx,
      BOARD,
      aDecision(`null-${Object.keys(changes)[0]}`, { confidential: true }),
    );
    const response = await ctx
      .as('viva')
      .post(paths.amend(BOARD, recorded.decisionId), { changes, reason: 'x' });
    expectApiError(response, 400);

    const history = await must(ctx.as('viva').get(paths.history(BOARD, recorded.decisionId)), 200);
    expect(history.events).toHaveLength(1);
    await healthy();
  });

  it('given a decision, when changes is an array, then 400', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('changes-array'));
    expectApiError(
      await ctx
        .as('viva')
        .post(paths.amend(BOARD, recorded.decisionId), { changes: [], reason: 'x' }),
      400,
    );
  });

  it('given a decision, when caseRef is cleared with null, then 200 (it is optional)', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('clear-caseref'));
    const amended = await must(
      ctx.as('viva').post(paths.amend(BOARD, recorded.decisionId), {
        changes: { caseRef: null },
        reason: 'fel ärende',
      }),
      200,
    );
    expect(amended.caseRef).toBeNull();
    await healthy();
  });
});

describe('a source system changes only its own decisions', () => {
  it('given a decision sent by VIVA, when Ecos amends or annuls it, then 403 NOT_DECISION_SOURCE and nothing changes', async () => {
    const recorded = await givenDecision(ctx, BOARD, aDecision('viva-owned'));
    const amend = await ctx
      .as('ecos')
      .post(paths.amend(BOARD, recorded.decisionId), { changes: { amount: 1 }, reason: 'x' });
    expectApiError(amend, 403);
    expect(amend.body.code).toBe('NOT_DECISION_SOURCE');
    expectApiError(
      await ctx.as('ecos').post(paths.annul(BOARD, recorded.decisionId), { reason: 'x' }),
      403,
    );
    const view = await must(ctx.as('viva').get(paths.decision(BOARD, recorded.decisionId)), 200);
    expect(view.status).not.toBe('annulled');
    expect(view.amount).toBe(recorded.amount);
  });
});

describe('the edges of the HTTP contract', () => {
  it('accepts the bearer scheme in any case', async () => {
    const response = await fetch(`${ctx.service.baseUrl}${paths.decisions(BOARD)}`, {
      headers: { authorization: `bearer ${ctx.tokens.viva.token}` },
    });
    expect(response.status).toBe(200);
  });

  it('treats empty query parameters, as api.md writes its templates, as not given', async () => {
    const queue = await ctx.as('secretary').get(`${paths.queue(BOARD)}?bodyId=&status=&today=`);
    expectStatus(queue, 200);
    const list = await ctx
      .as('viva')
      .get(`${paths.decisions(BOARD)}?status=&flag=&itemCode=&from=&to=&today=&limit=&cursor=`);
    expectStatus(list, 200);
  });

  it.each([
    ['the board', paths.board(BOARD)],
    ['the versions', paths.versions(BOARD)],
    ['the meetings', paths.meetings(BOARD)],
  ])('refuses a source system reading %s (api.md: it reads decisions)', async (_, path) => {
    expectApiError(await ctx.as('viva').get(path), 403);
  });
});
