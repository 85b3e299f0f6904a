/**
 * api.md: "stop the process (SIGTERM, or SIGKILL) and start it again on the same
 * DATA_DIR, and every acknowledged write is still there". The service is killed
 * right after the last acknowledged write, with no read in between.
 */
import { Agent, request } from 'node:http';
import type { Json } from '../support/service';
import { waitFor } from '../support/wait-for';
import {
  aDecision,
  allAuditEvents,
  allDecisions,
  givenIfon,
  must,
  paths,
  reportedIds,
  useService,
} from './scenario.fixture';

const BOARD = 'ifon';
const ctx = useService({ boards: [BOARD] });
const TODAY = '2023-04-28';

/** Everything a user can read about the board, on a fixed day. */
async function snapshot() {
  const reader = ctx.as('secretary');
  const decisions = await allDecisions(reader, BOARD, { today: TODAY });
  const views: Json[] = [];
  const histories: Json[] = [];
  for (const d of decisions) {
    views.push(await must(reader.get(paths.decision(BOARD, d.decisionId), { today: TODAY }), 200));
    histories.push(await must(reader.get(paths.history(BOARD, d.decisionId)), 200));
  }
  return {
    board: await must(reader.get(paths.board(BOARD)), 200),
    versions: await must(reader.get(paths.versions(BOARD)), 200),
    inForce: await must(reader.get(paths.inForce(BOARD), { at: TODAY }), 200),
    meetings: await must(reader.get(paths.meetings(BOARD)), 200),
    decisions,
    views,
    histories,
    queue: await must(reader.get(paths.queue(BOARD), { today: TODAY }), 200),
    reportingList: await must(
      reader.get(paths.reportingList(BOARD, 'su-2023-04-27'), { today: TODAY }),
      200,
    ),
    audit: await allAuditEvents(ctx.as('admin')),
  };
}

describe('data survives a restart', () => {
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await givenIfon(ctx, BOARD);
    const viva = ctx.as('viva');
    const recorded = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        must(
          viva.post(
            paths.decisions(BOARD),
            aDecision(`before-${i}`, { decidedAt: `2023-04-${String(3 + i).padStart(2, '0')}` }),
          ),
          201,
        ),
      ),
    );
    const secretary = ctx.as('secretary');
    await must(
      secretary.post(paths.reports(BOARD, 'su-2023-04-13'), {
        decisionIds: [recorded[0].decisionId, recorded[1].decisionId],
      }),
      200,
    );
    await must(
      viva.post(paths.amend(BOARD, recorded[2].decisionId), {
        changes: { amount: 9000 },
        reason: 'rättelse',
      }),
      200,
    );
    await must(viva.post(paths.annul(BOARD, recorded[3].decisionId), { reason: 'fel' }), 200);
    await must(secretary.post(paths.cancel(BOARD, 'su-2023-05-11'), { reason: 'inställt' }), 200);
    await must(
      viva.post(paths.batch(BOARD), {
        decisions: [aDecision('batch-0'), aDecision('batch-1', { itemCode: '9.9.9' })],
      }),
      200,
    );
    before = await snapshot();
  });

  it('given acknowledged writes, when the service is killed with SIGKILL and started again, then everything reads the same', async () => {
    await ctx.service.kill9();
    await ctx.service.restart();
    expect(await snapshot()).toEqual(before);
  });

  it('given a burst of acknowledged writes, when SIGKILL follows the last answer at once, then every one of them is there', async () => {
    const viva = ctx.as('viva');
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        viva.post(paths.decisions(BOARD), aDecision(`burst-${i}`, { decidedAt: '2023-04-20' })),
      ),
    );
    const report = await ctx
      .as('secretary')
      .post(paths.reports(BOARD, 'su-2023-04-27'), { decisionIds: [burst[0].body.decisionId] });
    const amend = await viva.post(paths.amend(BOARD, burst[1].body.decisionId), {
      changes: { summary: 'rättad' },
      reason: 'r',
    });
    await ctx.service.kill9();

    expect(burst.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(report.status).toBe(200);
    expect(reportedIds(report.body)).toEqual([burst[0].body.decisionId]);
    expect(amend.status).toBe(200);

    await ctx.service.restart();
    const reader = ctx.as('secretary');
    for (const [i, response] of burst.entries()) {
      const read = await reader.get(paths.decision(BOARD, response.body.decisionId));
      expect({ status: read.status, externalId: read.body.externalId }).toEqual({
        status: 200,
        externalId: `burst-${i}`,
      });
      if (i > 1) expect(read.body).toEqual(response.body);
    }
    const reported = await must(
      reader.get(paths.decision(BOARD, burst[0].body.decisionId), { today: TODAY }),
      200,
    );
    expect(reported.reporting.steps[0]).toMatchObject({ reportedAtMeetingId: 'su-2023-04-27' });
    expect(
      (await must(reader.get(paths.decision(BOARD, burst[1].body.decisionId)), 200)).summary,
    ).toBe('rättad');
    expect(await must(reader.get(paths.decision(BOARD, burst[1].body.decisionId)), 200)).toEqual(
      amend.body,
    );
  });

  it('given a restarted service, when a decision is re-sent, then 200 with the same id; new writes continue the log', async () => {
    const viva = ctx.as('viva');
    const original = before.decisions.find((d: Json) => d.externalId === 'before-5');
    const again = await viva.post(
      paths.decisions(BOARD),
      aDecision('before-5', { decidedAt: '2023-04-08' }),
    );
    expect({ status: again.status, decisionId: again.body.decisionId }).toEqual({
      status: 200,
      decisionId: original.decisionId,
    });
    expect(
      (
        await viva.post(
          paths.decisions(BOARD),
          aDecision('before-5', { decidedAt: '2023-04-08', amount: 1 }),
        )
      ).status,
    ).toBe(409);

    const lastBefore = Number((await allAuditEvents(ctx.as('admin'))).at(-1).position);
    expect((await viva.post(paths.decisions(BOARD), aDecision('after-restart'))).status).toBe(201);
    const log = await allAuditEvents(ctx.as('admin'));
    expect(Number(log.at(-1).position)).toBeGreaterThan(lastBefore);
    expect(new Set(log.map((e) => e.position)).size).toBe(log.length);
  });

  it('given a graceful stop (SIGTERM), when started again, then everything reads the same', async () => {
    const current = await snapshot();
    const exit = await ctx.service.stop('SIGTERM');
    // graceful: it exits by itself, either with 0 or by re-raising SIGTERM after closing (as Nest's shutdown hooks do)
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(exit);
    await ctx.service.restart();
    expect(await snapshot()).toEqual(current);
  });

  it('given a write in flight, when SIGTERM arrives, then it is answered before the service exits, and is there after restart', async () => {
    const inFlight = await startHalfSentBatch(
      Array.from({ length: 20 }, (_, i) => aDecision(`drain-${i}`, { decidedAt: '2023-04-21' })),
    );
    const stopping = ctx.service.stop('SIGTERM');
    // once new connections are refused the service is shutting down; only then does the rest of the body go
    await waitFor(() => refusesConnections(), 'the service to stop accepting connections', 20_000);
    const answer = await inFlight.finish();
    const exit = await stopping;

    expect({
      status: answer.status,
      error: answer.status === 200 ? undefined : answer.body,
      log: answer.status === 200 ? undefined : ctx.service.logs().split('\n').slice(-4),
    }).toEqual({ status: 200 });
    expect(answer.body.results.map((r: { status: string }) => r.status)).toEqual(
      Array(20).fill('created'),
    );
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGTERM' },
    ]).toContainEqual(exit);
    await ctx.service.restart();
    const stored = new Set((await allDecisions(ctx.as('admin'), BOARD)).map((d) => d.decisionId));
    const acknowledged: string[] = answer.body.results.map(
      (r: { decisionId: string }) => r.decisionId,
    );
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});

/**
 * A batch POST whose first half of the body is sent on a connection the service has
 * already served (so it has surely accepted it); `finish` sends the rest and returns the answer.
 */
async function startHalfSentBatch(decisions: object[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, headers: Record<string, string | number>) =>
    request({ host: '127.0.0.1', port: ctx.service.port, method, path, agent, headers });
  await new Promise<void>((resolve, reject) => {
    send('GET', '/health', {})
      .on('response', (res) => res.resume().on('end', resolve))
      .on('error', reject)
      .end();
  });
  const body = Buffer.from(JSON.stringify({ decisions }));
  const post = send('POST', paths.batch(BOARD), {
    authorization: `Bearer ${ctx.tokens.viva.token}`,
    'content-type': 'application/json',
    'content-length': body.length,
  });
  const answer = new Promise<{ status: number | string; body: Json }>((resolve) => {
    post.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let parsed: Json = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // the raw text is the answer
        }
        resolve({ status: res.statusCode ?? 'no status', body: parsed });
      });
    });
    post.on('error', (error) => resolve({ status: 'no answer', body: String(error) }));
  });
  const half = Math.floor(body.length / 2);
  await new Promise<void>((resolve) => post.write(body.subarray(0, half), () => resolve()));
  return {
    async finish() {
      post.end(body.subarray(half));
      const result = await answer;
      agent.destroy();
      return result;
    },
  };
}

async function refusesConnections(): Promise<true | undefined> {
  try {
    const response = await fetch(`${ctx.service.baseUrl}/health`);
    await response.arrayBuffer();
    return undefined;
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    return code === 'ECONNREFUSED' ? true : undefined;
  }
}
