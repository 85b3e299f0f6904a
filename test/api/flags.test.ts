/**
 * The findings an auditor would write down (domain.md, "Flags"), each produced by
 * recording a decision over HTTP and reading its view on a fixed `today`.
 */
import {
  ITEMS,
  VERSION_2022,
  VERSION_2023,
  aDecision,
  givenDecision,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARDS = ['ifon', 'ifon-items', 'ifon-nm'];
const ctx = useService({ boards: BOARDS });

beforeAll(() => givenIfon(ctx, 'ifon'));

/** Records the decision and reads it as it stands on `today`. */
const judged = async (
  externalId: string,
  overrides: Record<string, unknown>,
  today = '2023-04-10',
  boardId = 'ifon',
) => {
  const { decisionId } = await givenDecision(ctx, boardId, aDecision(externalId, overrides));
  return must(ctx.as('auditor').get(paths.decision(boardId, decisionId), { today }), 200);
};

describe('a decision that breaks no rule', () => {
  it('given 3.7.2 by a socialsekreterare within the limit, registered in time, then no flags and pending', async () => {
    const view = await judged('clean', { amount: 10000 });
    expect(view).toMatchObject({ status: 'pending', flags: [] });
  });
});

describe('flags on the delegation order', () => {
  it('given an item code not in the version in force, then UNKNOWN_ITEM, still recorded, on the default route', async () => {
    const view = await judged('unknown-item', { itemCode: '9.9.9' });
    expect(view.flags).toContain('UNKNOWN_ITEM');
    expect(view).toMatchObject({
      orderVersionId: 'ifon-2023-01',
      status: 'pending',
      reporting: { route: ['socialt-utskott', 'ifon'] },
    });
  });

  it('given a decider whose role is not among the delegates, then UNAUTHORIZED_DELEGATE', async () => {
    const view = await judged('wrong-delegate', {
      decidedBy: { name: 'Kim Karlsson', role: 'vaktmastare' },
    });
    expect(view.flags).toEqual(['UNAUTHORIZED_DELEGATE']);
  });

  it("given an amount over the item's maxAmount, then AMOUNT_OVER_LIMIT (and not at the limit itself)", async () => {
    expect((await judged('over-limit', { amount: 10001 })).flags).toEqual(['AMOUNT_OVER_LIMIT']);
    expect((await judged('at-limit', { amount: 10000 })).flags).toEqual([]);
  });

  it("given an item whose reporting is 'unspecified', then REPORTING_RULE_UNCLEAR and it is reported on the default route", async () => {
    const view = await judged('unclear', { itemCode: '3.9.9' });
    expect(view.flags).toEqual(['REPORTING_RULE_UNCLEAR']);
    expect(view).toMatchObject({
      status: 'pending',
      reporting: {
        route: ['socialt-utskott', 'ifon'],
        steps: [{ bodyId: 'socialt-utskott', dueMeetingId: 'su-2023-04-13' }, { bodyId: 'ifon' }],
      },
    });
  });

  it('given a decision taken before any version was effective, then NO_ORDER_IN_FORCE on the earliest default route', async () => {
    const view = await judged('before-order', { decidedAt: '2022-06-13' }, '2022-06-20');
    expect(view.flags).toContain('NO_ORDER_IN_FORCE');
    expect(view).toMatchObject({
      orderVersionId: null,
      reporting: {
        route: ['forvaltningschef', 'ifon'],
        steps: [{ bodyId: 'forvaltningschef', dueMeetingId: 'fc-2023-01-31' }, {}],
      },
    });
  });

  it('given an item that the new version dropped, then a decision is judged by the version in force on its decision date', async () => {
    const without391 = { ...VERSION_2023, items: ITEMS.filter((i) => i.code !== '3.9.1') };
    await givenIfon(ctx, 'ifon-items', { versions: [VERSION_2022, without391] });
    const before = await judged(
      'dropped-before',
      { itemCode: '3.9.1', decidedAt: '2023-01-02', decidedBy: { name: 'E', role: 'enhetschef' } },
      '2023-01-05',
      'ifon-items',
    );
    const after = await judged(
      'dropped-after',
      { itemCode: '3.9.1', decidedAt: '2023-01-03', decidedBy: { name: 'E', role: 'enhetschef' } },
      '2023-01-05',
      'ifon-items',
    );
    expect(before.flags).not.toContain('UNKNOWN_ITEM');
    expect(before).toMatchObject({ orderVersionId: 'ifon-2022-06', status: 'not-required' });
    expect(after.flags).toContain('UNKNOWN_ITEM');
    expect(after.orderVersionId).toBe('ifon-2023-01');
  });
});

describe('reporting modes', () => {
  it.each([
    ['none', '3.8.1', 'socialsekreterare'],
    ['separate-minutes', '3.9.1', 'enhetschef'],
  ])(
    "given an item whose reporting is '%s', then not-required, with no flags",
    async (_mode, itemCode, role) => {
      const view = await judged(
        `mode-${itemCode}`,
        { itemCode, decidedBy: { name: 'X', role } },
        '2023-12-31',
      );
      expect(view).toMatchObject({ status: 'not-required', flags: [] });
    },
  );

  it('given an urgent decision (KL 6:39), then it is reported to the nämnd itself, whatever the item says', async () => {
    const view = await judged('urgent-1', {
      urgent: true,
      decidedBy: { name: 'E', role: 'enhetschef' },
    });
    expect(view).toMatchObject({
      urgent: true,
      status: 'pending',
      reporting: {
        route: ['ifon'],
        steps: [{ bodyId: 'ifon', dueMeetingId: 'ifon-2023-05-23', dueDate: '2023-05-23' }],
      },
    });
    const none = await judged('urgent-none', { urgent: true, itemCode: '3.8.1' });
    expect(none).toMatchObject({ status: 'pending', reporting: { route: ['ifon'] } });
  });
});

describe('flags on time', () => {
  it('given registeredAt after the first due meeting, then LATE_REGISTERED (judged on registeredAt, not on when it reached us)', async () => {
    expect((await judged('registered-late', { registeredAt: '2023-04-14' })).flags).toContain(
      'LATE_REGISTERED',
    );
    expect((await judged('registered-on-day', { registeredAt: '2023-04-13' })).flags).not.toContain(
      'LATE_REGISTERED',
    );
  });

  it('given a decision whose registeredAt is amended to after its due meeting, then it is re-judged LATE_REGISTERED', async () => {
    const { decisionId } = await givenDecision(ctx, 'ifon', aDecision('registered-amended'));
    const amended = await must(
      ctx.as('viva').post(paths.amend('ifon', decisionId), {
        changes: { registeredAt: '2023-04-20' },
        reason: 'fel registreringsdatum',
      }),
      200,
    );
    expect(amended.flags).toContain('LATE_REGISTERED');
  });

  it('given no later meeting of the body, then pending and NO_MEETING_SCHEDULED; once a meeting is scheduled, it is due there', async () => {
    await givenIfon(ctx, 'ifon-nm');
    const { decisionId } = await givenDecision(
      ctx,
      'ifon-nm',
      aDecision('no-meeting', { decidedAt: '2023-05-15' }),
    );
    const read = () =>
      must(
        ctx.as('auditor').get(paths.decision('ifon-nm', decisionId), { today: '2023-09-01' }),
        200,
      );

    const before = await read();
    expect(before).toMatchObject({
      status: 'pending',
      reporting: { steps: [{ dueMeetingId: null, dueDate: null }, {}] },
    });
    expect(before.flags).toContain('NO_MEETING_SCHEDULED');

    await must(
      ctx.as('secretary').post(paths.meetings('ifon-nm'), {
        meetingId: 'su-2023-06-08',
        bodyId: 'socialt-utskott',
        date: '2023-06-08',
      }),
      201,
    );

    const after = await read();
    expect(after).toMatchObject({
      status: 'overdue',
      reporting: { steps: [{ dueMeetingId: 'su-2023-06-08', dueDate: '2023-06-08' }, {}] },
    });
    expect(after.flags).not.toContain('NO_MEETING_SCHEDULED');
    expect(after.flags).toContain('OVERDUE');
  });
});
