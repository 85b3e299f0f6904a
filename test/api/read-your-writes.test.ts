/**
 * api.md: "once a write has answered 2xx, every read that starts after that answer
 * reflects it". Each read below starts right after the write's answer, once, with
 * no retry: a projection that lags behind its write fails the test.
 */
import type { Json } from '../support/service';
import {
  IFON_BODIES,
  aDecision,
  allAuditEvents,
  givenIfon,
  must,
  paths,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD, 'ryw-board'] });

beforeAll(() => givenIfon(ctx, BOARD));

const ids = (items: Json[]) => items.map((d) => d.decisionId);

describe('read your writes', () => {
  it('given 25 decisions recorded one after the other, then each is readable by id, in the list and in the queue at once', async () => {
    const viva = ctx.as('viva');
    const reader = ctx.as('secretary');
    for (let i = 0; i < 25; i++) {
      const { decisionId } = await must(
        viva.post(paths.decisions(BOARD), aDecision(`seq-${i}`, { decidedAt: '2023-04-20' })),
        201,
      );
      expect((await reader.get(paths.decision(BOARD, decisionId))).status).toBe(200);
      const list = await must(
        reader.get(paths.decisions(BOARD), { limit: 1000, from: '2023-04-20', to: '2023-04-20' }),
        200,
      );
      expect(ids(list.items)).toContain(decisionId);
      const queue = await must(reader.get(paths.queue(BOARD), { today: '2023-04-21' }), 200);
      expect(ids(queue.items)).toContain(decisionId);
    }
  });

  it('given a batch answered, then every decision it created is in the list at once', async () => {
    const decisions = Array.from({ length: 200 }, (_, i) =>
      aDecision(`batch-ryw-${i}`, { decidedAt: '2023-04-22' }),
    );
    const answer = await must(ctx.as('viva').post(paths.batch(BOARD), { decisions }), 200);
    const created = answer.results.map((r: { decisionId: string }) => r.decisionId);
    const list = await must(
      ctx
        .as('viva')
        .get(paths.decisions(BOARD), { from: '2023-04-22', to: '2023-04-22', limit: 1000 }),
      200,
    );
    expect(ids(list.items).sort()).toEqual([...created].sort());
  });

  it('given 20 writers in parallel, each reading right after its own write, then every read reflects its write', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const written = await ctx
          .as('viva')
          .post(paths.decisions(BOARD), aDecision(`par-${i}`, { decidedAt: '2023-04-21' }));
        const read = await ctx
          .as('auditor')
          .get(paths.decision(BOARD, written.body?.decisionId ?? 'none'));
        return { written: written.status, read: read.status };
      }),
    );
    expect(results).toEqual(Array(20).fill({ written: 201, read: 200 }));
  });

  it('given a report, then the view, the reporting list and the queue show it at once', async () => {
    const viva = ctx.as('viva');
    const secretary = ctx.as('secretary');
    for (let i = 0; i < 5; i++) {
      const { decisionId } = await must(
        viva.post(paths.decisions(BOARD), aDecision(`rep-${i}`)),
        201,
      );
      await must(
        secretary.post(paths.reports(BOARD, 'su-2023-04-13'), { decisionIds: [decisionId] }),
        200,
      );
      const view = await must(
        secretary.get(paths.decision(BOARD, decisionId), { today: '2023-04-14' }),
        200,
      );
      expect(view.reporting.steps[0].reportedAtMeetingId).toBe('su-2023-04-13');
      const list = await must(secretary.get(paths.reportingList(BOARD, 'su-2023-04-13')), 200);
      expect(ids(list.items)).not.toContain(decisionId);
      const queue = await must(
        secretary.get(paths.queue(BOARD), { today: '2023-04-14', bodyId: 'ifon' }),
        200,
      );
      expect(ids(queue.items)).toContain(decisionId);
    }
  });

  it('given an amendment and an annulment, then the view, the list and the history show them at once', async () => {
    const viva = ctx.as('viva');
    for (let i = 0; i < 5; i++) {
      const { decisionId } = await must(
        viva.post(paths.decisions(BOARD), aDecision(`chg-${i}`)),
        201,
      );
      await must(
        viva.post(paths.amend(BOARD, decisionId), { changes: { amount: 7000 + i }, reason: 'r' }),
        200,
      );
      expect((await must(viva.get(paths.decision(BOARD, decisionId)), 200)).amount).toBe(7000 + i);
      expect((await must(viva.get(paths.history(BOARD, decisionId)), 200)).events).toHaveLength(2);
      await must(viva.post(paths.annul(BOARD, decisionId), { reason: 'r' }), 200);
      const annulled = await must(
        viva.get(paths.decisions(BOARD), { status: 'annulled', limit: 1000 }),
        200,
      );
      expect(ids(annulled.items)).toContain(decisionId);
    }
  });

  it('given a meeting scheduled or cancelled, then the decisions it concerns are re-judged at once', async () => {
    const secretary = ctx.as('secretary');
    const { decisionId } = await must(
      ctx
        .as('viva')
        .post(paths.decisions(BOARD), aDecision('calendar-1', { decidedAt: '2023-05-15' })),
      201,
    );
    const dueMeeting = async () =>
      (await must(secretary.get(paths.decision(BOARD, decisionId), { today: '2023-05-16' }), 200))
        .reporting.steps[0].dueMeetingId;
    expect(await dueMeeting()).toBeNull();

    await must(
      secretary.post(paths.meetings(BOARD), {
        meetingId: 'su-2023-06-01',
        bodyId: 'socialt-utskott',
        date: '2023-06-01',
      }),
      201,
    );
    expect(await dueMeeting()).toBe('su-2023-06-01');
    expect(
      (await must(secretary.get(paths.meetings(BOARD), { from: '2023-06-01' }), 200)).meetings,
    ).toEqual([expect.objectContaining({ meetingId: 'su-2023-06-01' })]);

    await must(
      secretary.post(paths.meetings(BOARD), {
        meetingId: 'su-2023-05-25',
        bodyId: 'socialt-utskott',
        date: '2023-05-25',
      }),
      201,
    );
    expect(await dueMeeting()).toBe('su-2023-05-25');
    await must(secretary.post(paths.cancel(BOARD, 'su-2023-05-25'), { reason: 'inställt' }), 200);
    expect(await dueMeeting()).toBe('su-2023-06-01');
  });

  it('given a board and a version written, then they read back at once, and so does the audit log', async () => {
    const admin = ctx.as('admin');
    for (let i = 0; i < 5; i++) {
      await must(
        admin.put(paths.board('ryw-board'), { name: `Namn ${i}`, bodies: IFON_BODIES }),
        200,
        201,
      );
      expect((await must(admin.get(paths.board('ryw-board')), 200)).name).toBe(`Namn ${i}`);
      const effectiveFrom = `203${i}-01-01`;
      await must(
        admin.post(paths.versions('ryw-board'), {
          versionId: `v${i}`,
          effectiveFrom,
          defaultRoute: ['ifon'],
          items: [{ code: '1', title: 'Punkt', delegates: ['x'], reporting: 'none' }],
        }),
        201,
      );
      expect(
        (await must(admin.get(paths.inForce('ryw-board'), { at: effectiveFrom }), 200)).versionId,
      ).toBe(`v${i}`);
      const log = await allAuditEvents(admin, { boardId: 'ryw-board' });
      expect(log.some((e) => JSON.stringify(e.data).includes(`"v${i}"`))).toBe(true);
    }
  });
});
