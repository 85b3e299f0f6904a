import { aDecision, expectApiError, givenIfon, must, paths, useService } from './scenario.fixture';

const BOARD = 'filters';
const ctx = useService({ boards: [BOARD] });

type View = { externalId: string; caseRef: string | null; sourceSystem: string };

/**
 * Given, on 2023-04-20: f-1 (viva, IFO 2023-1), f-2 (viva, IFO 2023-12, reported at the utskott,
 * now waiting at the nämnd), f-3 (ecos, MHN 2023-3, confidential), all under 3.7.2.
 */
beforeAll(async () => {
  await givenIfon(ctx, BOARD);
  await must(
    ctx.as('viva').post(paths.decisions(BOARD), aDecision('f-1', { caseRef: 'IFO 2023-1' })),
    201,
  );
  const f2 = await must(
    ctx
      .as('viva')
      .post(
        paths.decisions(BOARD),
        aDecision('f-2', { caseRef: 'IFO 2023-12', decidedAt: '2023-04-04' }),
      ),
    201,
  );
  await must(
    ctx
      .as('ecos')
      .post(
        paths.decisions(BOARD),
        aDecision('f-3', { caseRef: 'MHN 2023-3', decidedAt: '2023-04-05', confidential: true }),
      ),
    201,
  );
  await must(
    ctx
      .as('secretary')
      .post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [f2.decisionId] }),
    200,
  );
});

const listed = async (who: 'auditor' | 'cityAuditor', query: Record<string, string>) => {
  const body = await must(
    ctx.as(who).get(paths.decisions(BOARD), { today: '2023-04-20', ...query }),
    200,
  );
  return (body.items as View[]).map((d) => d.externalId);
};

describe('GET /decisions?bodyId=&sourceSystem=&caseRef=', () => {
  it('given decisions at two steps, when ?bodyId=, then those whose current step is at that body', async () => {
    await expect(listed('auditor', { bodyId: 'socialt-utskott' })).resolves.toEqual(['f-1', 'f-3']);
    await expect(listed('auditor', { bodyId: 'ifon' })).resolves.toEqual(['f-2']);
  });

  it('given two source systems, when ?sourceSystem=, then only what that system sent', async () => {
    await expect(listed('auditor', { sourceSystem: 'viva-ifo' })).resolves.toEqual(['f-1', 'f-2']);
    await expect(listed('auditor', { sourceSystem: 'ecos' })).resolves.toEqual(['f-3']);
  });

  it('given a caller who may see the board’s confidential data, when ?caseRef=, then exact or beginning', async () => {
    await expect(listed('auditor', { caseRef: 'IFO 2023-12' })).resolves.toEqual(['f-2']);
    await expect(listed('auditor', { caseRef: 'IFO 2023-1' })).resolves.toEqual(['f-1', 'f-2']);
    await expect(listed('auditor', { caseRef: 'MHN' })).resolves.toEqual(['f-3']);
  });

  it('given a city-wide auditor, who sees case numbers of confidential decisions masked, when ?caseRef=, then it is ignored', async () => {
    await expect(listed('cityAuditor', { caseRef: 'MHN' })).resolves.toEqual(['f-1', 'f-2', 'f-3']);
    await expect(listed('cityAuditor', { caseRef: 'finns-inte' })).resolves.toEqual([
      'f-1',
      'f-2',
      'f-3',
    ]);
  });

  it.each([
    { bodyId: 'x'.repeat(65) },
    { sourceSystem: 'x'.repeat(201) },
    { caseRef: 'x'.repeat(201) },
  ])('given a value too long (%#), then 400', async (query) => {
    expectApiError(await ctx.as('auditor').get(paths.decisions(BOARD), query), 400);
  });
});
