import {
  aDecision,
  allAuditEvents,
  expectApiError,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARD = 'list';
const SECRET = 'secret';
const ctx = useService({ boards: [BOARD, SECRET] });

type View = { decisionId: string; externalId: string; status: string; flags: string[] };
const ids: Record<string, string> = {};

/**
 * Given, on 2023-04-20:
 * overdue  l-1 (due 2023-04-13), l-4 (unknown item, due 2023-04-13)
 * pending  l-2 (due 2023-04-27), l-5 (due 2023-04-27), l-7 (reported at the utskott, now due at the nämnd 2023-05-23)
 * not-required l-3 (reporting none); annulled l-6; reported l-8 (5.1.1 straight to the nämnd, reported 2023-02-21)
 * Everything happened on or before that day, so no reading of `today` as "as known then" changes the answers.
 */
beforeAll(async () => {
  await givenIfon(ctx, BOARD);
  const record = async (externalId: string, overrides: Record<string, unknown>) => {
    ids[externalId] = (
      await givenDecision(ctx, BOARD, aDecision(externalId, overrides))
    ).decisionId;
  };
  await record('l-1', { decidedAt: '2023-04-03' });
  await record('l-2', { decidedAt: '2023-04-20' });
  await record('l-3', { decidedAt: '2023-04-05', itemCode: '3.8.1' });
  await record('l-4', { decidedAt: '2023-04-06', itemCode: '9.9.9' });
  await record('l-5', { decidedAt: '2023-04-15' });
  await record('l-6', { decidedAt: '2023-04-07' });
  await record('l-7', { decidedAt: '2023-04-04' });
  await record('l-8', {
    decidedAt: '2023-02-01',
    itemCode: '5.1.1',
    decidedBy: { name: 'Ordf', role: 'ordforande' },
  });
  const secretary = ctx.as('secretary');
  await must(secretary.post(paths.annul(BOARD, ids['l-6']), { reason: 'fel' }), 200);
  await must(
    secretary.post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [ids['l-7']] }),
    200,
  );
  await must(
    secretary.post(paths.reports(BOARD, 'ifon-2023-02-21'), { decisionIds: [ids['l-8']] }),
    200,
  );
});

const list = async (query: Record<string, string | number>) => {
  const response = await must(
    ctx.as('auditor').get(paths.decisions(BOARD), { today: '2023-04-20', ...query }),
    200,
  );
  return response as { items: View[]; nextCursor: string | null };
};
const externalIds = (items: View[]) => items.map((d) => d.externalId).sort();

describe('GET /decisions filters', () => {
  it.each([
    ['pending', ['l-2', 'l-5', 'l-7']],
    ['overdue', ['l-1', 'l-4']],
    ['not-required', ['l-3']],
    ['annulled', ['l-6']],
    ['reported', ['l-8']],
  ])(
    'given the board on 2023-04-20, when ?status=%s, then exactly %j',
    async (status, expected) => {
      const { items } = await list({ status, limit: 100 });
      expect(externalIds(items)).toEqual(expected);
      for (const item of items) expect(item.status).toBe(status);
    },
  );

  it.each(['2023-04-12', '2023-04-13', '2023-04-14', '2023-05-23', '2023-05-24'])(
    'given the board on %s (around due dates), when filtered by each status, then the filter agrees with every view and the statuses partition the list',
    async (today) => {
      // the filter is SQL over stored columns; the view's status is the domain's statusOn
      const all = (await list({ today, limit: 100 })).items;
      const seen: string[] = [];
      for (const status of ['pending', 'overdue', 'reported', 'not-required', 'annulled']) {
        const { items } = await list({ today, status, limit: 100 });
        expect(externalIds(items)).toEqual(externalIds(all.filter((d) => d.status === status)));
        seen.push(...items.map((d) => d.externalId));
      }
      expect(seen.sort()).toEqual(externalIds(all));
      const overdue = (await list({ today, flag: 'OVERDUE', limit: 100 })).items;
      expect(externalIds(overdue)).toEqual(
        externalIds(all.filter((d) => d.flags.includes('OVERDUE'))),
      );
    },
  );

  it('given the board, when ?flag=OVERDUE, then the missing anmälan on that day', async () => {
    expect(externalIds((await list({ flag: 'OVERDUE' })).items)).toEqual(['l-1', 'l-4']);
    expect(externalIds((await list({ flag: 'OVERDUE', today: '2023-04-13' })).items)).toEqual([]);
  });

  it('given the board, when ?flag=UNKNOWN_ITEM, then only the decision under an item not in the order', async () => {
    expect(externalIds((await list({ flag: 'UNKNOWN_ITEM' })).items)).toEqual(['l-4']);
  });

  it('given the board, when ?itemCode=3.8.1, then only that item', async () => {
    expect(externalIds((await list({ itemCode: '3.8.1' })).items)).toEqual(['l-3']);
  });

  it('given the board, when ?from=&to=, then decisions decided inside, both ends included', async () => {
    expect(externalIds((await list({ from: '2023-04-05', to: '2023-04-20' })).items)).toEqual([
      'l-2',
      'l-3',
      'l-4',
      'l-5',
      'l-6',
    ]);
  });

  it('given filters together, then all of them apply', async () => {
    expect(
      externalIds((await list({ status: 'pending', itemCode: '3.7.2', from: '2023-04-10' })).items),
    ).toEqual(['l-2', 'l-5']);
  });
});

describe('GET /decisions paging', () => {
  it('given 8 decisions, when read 3 at a time following nextCursor, then every one exactly once and the last page ends it', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ limit: 3, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((d) => d.externalId));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(['l-1', 'l-2', 'l-3', 'l-4', 'l-5', 'l-6', 'l-7', 'l-8']);
  });

  it('given a filter, when paged one at a time, then the pages hold exactly the filtered decisions', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ status: 'pending', limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((d) => d.externalId));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen.sort()).toEqual(['l-2', 'l-5', 'l-7']);
  });

  it('given a cursor this API never gave out, then 400', async () => {
    expectApiError(
      await ctx.as('auditor').get(paths.decisions(BOARD), { cursor: 'not-a-cursor' }),
      400,
    );
  });
});

describe('confidential decisions (sekretess)', () => {
  const CASE_REF = 'IFO 2023-SEKRETESS-77';
  const SUMMARY = 'Placering i skyddat boende';
  let decisionId: string;

  beforeAll(async () => {
    await givenIfon(ctx, SECRET);
    const view = await givenDecision(
      ctx,
      SECRET,
      aDecision('s-1', { confidential: true, caseRef: CASE_REF, summary: SUMMARY }),
    );
    decisionId = view.decisionId;
  });

  it('given a token naming the board, when it reads the decision, then caseRef and summary are shown', async () => {
    for (const who of ['viva', 'secretary', 'auditor'] as const) {
      const view = await must(ctx.as(who).get(paths.decision(SECRET, decisionId)), 200);
      expect(view).toMatchObject({ confidential: true, caseRef: CASE_REF, summary: SUMMARY });
    }
  });

  it('given a token whose boards are ["*"], when it reads the decision, then it exists but caseRef and summary are masked', async () => {
    for (const who of ['cityAuditor', 'admin'] as const) {
      const view = await must(ctx.as(who).get(paths.decision(SECRET, decisionId)), 200);
      expect(view).toMatchObject({ decisionId, confidential: true, externalId: 's-1' });
      expect(JSON.stringify(view)).not.toContain(CASE_REF);
      expect(JSON.stringify(view)).not.toContain(SUMMARY);
    }
  });

  it('given a ["*"] token, when it lists, reads the reporting list or the history, then nothing confidential shows either', async () => {
    const auditor = ctx.as('cityAuditor');
    const listed = await must(auditor.get(paths.decisions(SECRET)), 200);
    expect(listed.items.map((d: View) => d.decisionId)).toContain(decisionId);
    const reportingList = await must(
      auditor.get(paths.reportingList(SECRET, 'su-2023-04-13'), { today: '2023-04-13' }),
      200,
    );
    expect(reportingList.items.map((d: View) => d.decisionId)).toContain(decisionId);
    const history = await must(auditor.get(paths.history(SECRET, decisionId)), 200);
    for (const body of [listed, reportingList, history]) {
      expect(JSON.stringify(body)).not.toContain(CASE_REF);
      expect(JSON.stringify(body)).not.toContain(SUMMARY);
    }
  });

  it('given a ["*"] auditor, when it reads the audit log of the board, then caseRef and summary do not show there either', async () => {
    const log = await allAuditEvents(ctx.as('cityAuditor'), { boardId: SECRET });
    expect(log.some((e) => JSON.stringify(e).includes('s-1'))).toBe(true);
    const leaking = log.filter((e) =>
      [CASE_REF, SUMMARY].some((t) => JSON.stringify(e).includes(t)),
    );
    expect(leaking.map((e) => ({ position: e.position, type: e.type, data: e.data }))).toEqual([]);
  });

  it('given the recording source system, when it re-sends the confidential decision, then 200: masking is not content', async () => {
    const again = await ctx
      .as('viva')
      .post(
        paths.decisions(SECRET),
        aDecision('s-1', { confidential: true, caseRef: CASE_REF, summary: SUMMARY }),
      );
    expect(again.status).toBe(200);
    expect(again.body.decisionId).toBe(decisionId);
  });
});
