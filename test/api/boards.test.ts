import {
  IFON_BODIES,
  expectApiError,
  expectStatus,
  must,
  paths,
  useService,
} from './scenario.fixture';

const ctx = useService({ boards: ['*'] });

const body = (bodyId: string, kind: string, name = bodyId) => ({ bodyId, name, kind });

describe('PUT /boards/{boardId}', () => {
  it('given no board, when an admin PUTs it, then 201, and GET returns it', async () => {
    const admin = ctx.as('admin');
    const created = await admin.put(paths.board('ifon'), {
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: IFON_BODIES,
    });
    expectStatus(created, 201);

    const read = await admin.get(paths.board('ifon'));
    expectStatus(read, 200);
    expect(read.body).toMatchObject({ name: 'Individ- och familjeomsorgsnämnden' });
    expect(read.body.bodies).toEqual(
      expect.arrayContaining(IFON_BODIES.map((b) => expect.objectContaining(b))),
    );
    expect(read.body.bodies).toHaveLength(3);
  });

  it('given a board, when it is PUT again with a body added and one renamed, then 200 and GET shows both', async () => {
    const admin = ctx.as('admin');
    await must(
      admin.put(paths.board('renamed'), {
        name: 'Nämnd',
        bodies: [body('n', 'board'), body('au', 'committee')],
      }),
      201,
    );

    const updated = await admin.put(paths.board('renamed'), {
      name: 'Nämnden',
      bodies: [
        body('n', 'board'),
        body('au', 'committee', 'Arbetsutskottet'),
        body('ordf', 'chair'),
      ],
    });
    expectStatus(updated, 200);

    const read = await must(admin.get(paths.board('renamed')), 200);
    expect(read.name).toBe('Nämnden');
    expect(read.bodies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bodyId: 'au', name: 'Arbetsutskottet', kind: 'committee' }),
        expect.objectContaining({ bodyId: 'ordf', kind: 'chair' }),
      ]),
    );
  });

  it('given bodies with no body of kind board, or two, when PUT, then 422 and no board exists', async () => {
    const admin = ctx.as('admin');
    expectApiError(
      await admin.put(paths.board('no-board-kind'), {
        name: 'x',
        bodies: [body('au', 'committee')],
      }),
      422,
    );
    expectApiError(
      await admin.put(paths.board('two-board-kinds'), {
        name: 'x',
        bodies: [body('a', 'board'), body('b', 'board')],
      }),
      422,
    );
    expectApiError(await admin.get(paths.board('no-board-kind')), 404);
    expectApiError(await admin.get(paths.board('two-board-kinds')), 404);
  });

  it('given an existing board, when it is PUT with two bodies of kind board, then 422 and it is unchanged', async () => {
    const admin = ctx.as('admin');
    await must(
      admin.put(paths.board('stays'), { name: 'Stays', bodies: [body('n', 'board')] }),
      201,
    );
    expectApiError(
      await admin.put(paths.board('stays'), {
        name: 'Changed',
        bodies: [body('n', 'board'), body('m', 'board')],
      }),
      422,
    );
    const read = await must(admin.get(paths.board('stays')), 200);
    expect(read.name).toBe('Stays');
    expect(read.bodies).toHaveLength(1);
  });

  it('given a kind outside board|committee|presidium|chair|official, when PUT, then 400', async () => {
    expectApiError(
      await ctx.as('admin').put(paths.board('bad-kind'), {
        name: 'x',
        bodies: [body('n', 'board'), body('m', 'mayor')],
      }),
      400,
    );
  });

  it('given an id outside a-z 0-9 . _ - (or longer than 64), when PUT, then 400', async () => {
    const admin = ctx.as('admin');
    expectApiError(
      await admin.put(paths.board('IFON'), { name: 'x', bodies: [body('n', 'board')] }),
      400,
    );
    expectApiError(
      await admin.put(paths.board('b'.repeat(65)), { name: 'x', bodies: [body('n', 'board')] }),
      400,
    );
    expectApiError(
      await admin.put(paths.board('ok-id'), { name: 'x', bodies: [body('Nämnd', 'board')] }),
      400,
    );
  });

  it('given no such board, when GET, then 404', async () => {
    expectApiError(await ctx.as('admin').get(paths.board('never-defined')), 404);
  });
});

describe('removing a body', () => {
  const bodies = [
    body('n', 'board'),
    body('su', 'committee'),
    body('fc', 'official'),
    body('pres', 'presidium'),
    body('spare', 'chair'),
  ];

  beforeAll(async () => {
    const admin = ctx.as('admin');
    await must(admin.put(paths.board('refs'), { name: 'Refs', bodies }), 201);
    await must(
      admin.post(paths.versions('refs'), {
        versionId: 'v1',
        effectiveFrom: '2023-01-01',
        defaultRoute: ['fc', 'n'],
        items: [
          {
            code: '1.1',
            title: 'Punkt',
            delegates: ['enhetschef'],
            reporting: 'report',
            route: ['su', 'n'],
          },
        ],
      }),
      201,
    );
    await must(
      admin.post(paths.meetings('refs'), {
        meetingId: 'pres-1',
        bodyId: 'pres',
        date: '2023-03-01',
      }),
      201,
    );
  });

  const without = (bodyId: string) => ({
    name: 'Refs',
    bodies: bodies.filter((b) => b.bodyId !== bodyId),
  });

  it('given a body in a default route, when PUT without it, then 409 and the body stays', async () => {
    expectApiError(await ctx.as('admin').put(paths.board('refs'), without('fc')), 409);
    const read = await must(ctx.as('admin').get(paths.board('refs')), 200);
    expect(read.bodies.map((b: { bodyId: string }) => b.bodyId)).toContain('fc');
  });

  it("given a body in an item's route, when PUT without it, then 409", async () => {
    expectApiError(await ctx.as('admin').put(paths.board('refs'), without('su')), 409);
  });

  it('given a body with a meeting, when PUT without it, then 409', async () => {
    expectApiError(await ctx.as('admin').put(paths.board('refs'), without('pres')), 409);
  });

  it('given a referenced body, when it is renamed, then 200: renaming is not removing', async () => {
    const renamed = {
      name: 'Refs',
      bodies: bodies.map((b) => (b.bodyId === 'fc' ? { ...b, name: 'Förvaltningschefen' } : b)),
    };
    expectStatus(await ctx.as('admin').put(paths.board('refs'), renamed), 200);
    const read = await must(ctx.as('admin').get(paths.board('refs')), 200);
    expect(read.bodies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ bodyId: 'fc', name: 'Förvaltningschefen' }),
      ]),
    );
  });

  it('given a body nothing refers to, when PUT without it, then 200 and it is gone', async () => {
    expectStatus(await ctx.as('admin').put(paths.board('refs'), without('spare')), 200);
    const read = await must(ctx.as('admin').get(paths.board('refs')), 200);
    expect(read.bodies.map((b: { bodyId: string }) => b.bodyId).sort()).toEqual([
      'fc',
      'n',
      'pres',
      'su',
    ]);
  });
});
