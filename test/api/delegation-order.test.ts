import {
  IFON_BODIES,
  ITEMS,
  VERSION_2022,
  VERSION_2023,
  expectApiError,
  expectStatus,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARDS = ['ifon', 'rules', 'empty'];
const ctx = useService({ boards: BOARDS });

beforeAll(async () => {
  for (const boardId of BOARDS) {
    await must(
      ctx.as('admin').put(paths.board(boardId), { name: boardId, bodies: IFON_BODIES }),
      201,
    );
  }
});

const version = (
  versionId: string,
  effectiveFrom: string,
  overrides: Record<string, unknown> = {},
) => ({
  versionId,
  effectiveFrom,
  adoptedRef: `IFON ${effectiveFrom}`,
  defaultRoute: ['socialt-utskott', 'ifon'],
  items: ITEMS,
  ...overrides,
});

describe('adopting versions', () => {
  it('given a board, when a board admin POSTs two versions in date order, then 201 with each version', async () => {
    const secretary = ctx.as('secretary');
    const first = await secretary.post(paths.versions('ifon'), VERSION_2022);
    expectStatus(first, 201);
    expect(first.body).toMatchObject({
      versionId: 'ifon-2022-06',
      effectiveFrom: '2022-06-14',
      adoptedRef: VERSION_2022.adoptedRef,
      defaultRoute: ['forvaltningschef', 'ifon'],
    });
    expect(first.body.items).toHaveLength(ITEMS.length);
    expect(first.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: '3.7.2',
          legalBasis: 'SoL 4 kap. 1 §',
          maxAmount: 10000,
          reporting: 'report',
        }),
        expect.objectContaining({ code: '5.1.1', route: ['ifon'] }),
      ]),
    );
    expectStatus(await secretary.post(paths.versions('ifon'), VERSION_2023), 201);
  });

  it('given an existing versionId, when it is POSTed again (even later), then 409', async () => {
    expectApiError(
      await ctx
        .as('secretary')
        .post(paths.versions('ifon'), { ...VERSION_2023, effectiveFrom: '2024-01-01' }),
      409,
    );
  });

  it('given versions, when a new one is not effective later than every existing one, then 409', async () => {
    const secretary = ctx.as('secretary');
    expectApiError(
      await secretary.post(paths.versions('ifon'), version('same-day', '2023-01-03')),
      409,
    );
    expectApiError(
      await secretary.post(paths.versions('ifon'), version('earlier', '2022-12-31')),
      409,
    );
    expectApiError(
      await secretary.post(paths.versions('ifon'), version('before-all', '2020-01-01')),
      409,
    );
  });

  it('given a route naming a body the board does not have, when POSTed, then 422', async () => {
    const secretary = ctx.as('secretary');
    expectApiError(
      await secretary.post(
        paths.versions('rules'),
        version('r1', '2023-01-01', { defaultRoute: ['kommunfullmaktige'] }),
      ),
      422,
    );
    expectApiError(
      await secretary.post(
        paths.versions('rules'),
        version('r2', '2023-01-01', {
          items: [
            {
              code: '1',
              title: 't',
              delegates: ['x'],
              reporting: 'report',
              route: ['ifon', 'no-such-body'],
            },
          ],
        }),
      ),
      422,
    );
  });

  it('given two items with one code, when POSTed, then 422', async () => {
    const items = [ITEMS[0], { ...ITEMS[1], code: ITEMS[0].code }];
    expectApiError(
      await ctx
        .as('secretary')
        .post(paths.versions('rules'), version('r3', '2023-01-01', { items })),
      422,
    );
  });

  it('given an empty default route or an empty item route, when POSTed, then 422', async () => {
    const secretary = ctx.as('secretary');
    expectApiError(
      await secretary.post(
        paths.versions('rules'),
        version('r4', '2023-01-01', { defaultRoute: [] }),
      ),
      422,
    );
    expectApiError(
      await secretary.post(
        paths.versions('rules'),
        version('r5', '2023-01-01', {
          items: [{ code: '1', title: 't', delegates: ['x'], reporting: 'report', route: [] }],
        }),
      ),
      422,
    );
  });

  it('given refused versions, when the versions are listed, then none of them was stored', async () => {
    const listed = await must(ctx.as('secretary').get(paths.versions('rules')), 200);
    expect(listed.versions).toEqual([]);
  });

  it('given an unknown reporting mode or an impossible date, when POSTed, then 400', async () => {
    const secretary = ctx.as('secretary');
    expectApiError(
      await secretary.post(
        paths.versions('rules'),
        version('r6', '2023-01-01', {
          items: [{ code: '1', title: 't', delegates: ['x'], reporting: 'sometimes' }],
        }),
      ),
      400,
    );
    expectApiError(await secretary.post(paths.versions('rules'), version('r7', '2023-02-30')), 400);
  });
});

describe('reading versions', () => {
  it('given two versions, when GET /versions, then both in effectiveFrom order with their item counts', async () => {
    const listed = await must(ctx.as('auditor').get(paths.versions('ifon')), 200);
    expect(listed.versions).toEqual([
      expect.objectContaining({
        versionId: 'ifon-2022-06',
        effectiveFrom: '2022-06-14',
        adoptedRef: VERSION_2022.adoptedRef,
        itemCount: ITEMS.length,
      }),
      expect.objectContaining({
        versionId: 'ifon-2023-01',
        effectiveFrom: '2023-01-03',
        adoptedRef: VERSION_2023.adoptedRef,
        itemCount: ITEMS.length,
      }),
    ]);
  });

  it('given a version, when GET /versions/{versionId}, then the whole version', async () => {
    const read = await must(ctx.as('auditor').get(paths.version('ifon', 'ifon-2023-01')), 200);
    expect(read).toMatchObject({
      versionId: 'ifon-2023-01',
      effectiveFrom: '2023-01-03',
      defaultRoute: ['socialt-utskott', 'ifon'],
    });
    expect(read.items.map((i: { code: string }) => i.code)).toEqual(ITEMS.map((i) => i.code));
    expect(read.items.find((i: { code: string }) => i.code === '3.9.9')).toMatchObject({
      reporting: 'unspecified',
    });
  });

  it('given no such version, when GET /versions/{versionId}, then 404', async () => {
    expectApiError(await ctx.as('auditor').get(paths.version('ifon', 'ifon-1999')), 404);
  });

  it.each([
    ['2022-06-14', 'ifon-2022-06'],
    ['2023-01-02', 'ifon-2022-06'],
    ['2023-01-03', 'ifon-2023-01'],
    ['2030-12-31', 'ifon-2023-01'],
  ])('given two versions, when GET ?at=%s, then %s is in force', async (at, versionId) => {
    const read = await must(ctx.as('auditor').get(paths.inForce('ifon'), { at }), 200);
    expect(read).toMatchObject({ versionId });
  });

  it('given no version effective yet on a date, when GET ?at= that date, then 404', async () => {
    expectApiError(await ctx.as('auditor').get(paths.inForce('ifon'), { at: '2022-06-13' }), 404);
    expectApiError(await ctx.as('auditor').get(paths.inForce('empty'), { at: '2023-01-01' }), 404);
  });

  it('given an impossible date, when GET ?at=2023-02-30, then 400', async () => {
    expectApiError(await ctx.as('auditor').get(paths.inForce('ifon'), { at: '2023-02-30' }), 400);
  });
});
