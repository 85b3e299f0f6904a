import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DefineBoardCommand } from '../../apps/api/src/boards/define-board/define-board.command';
import { AmendDecisionCommand } from '../../apps/api/src/decisions/amend-decision/amend-decision.command';
import { AnnulDecisionCommand } from '../../apps/api/src/decisions/annul-decision/annul-decision.command';
import { RecordDecisionCommand } from '../../apps/api/src/decisions/record-decision/record-decision.command';
import type { RecordDecisionDto } from '../../apps/api/src/decisions/record-decision/record-decision.request.dto';
import { AdoptVersionCommand } from '../../apps/api/src/delegation-order/adopt-version/adopt-version.command';
import { CancelMeetingCommand } from '../../apps/api/src/meetings/cancel-meeting/cancel-meeting.command';
import { ScheduleMeetingCommand } from '../../apps/api/src/meetings/schedule-meeting/schedule-meeting.command';
import { allProjections } from '../../apps/api/src/projections/projections.module';
import { ReportDecisionsCommand } from '../../apps/api/src/reporting/report-decisions/report-decisions.command';
import { meta, startTestApp, type TestApp } from '../support/app-context';

/** Every row of every table a projection owns, in a stable order. */
function snapshot(db: Database.Database): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const projection of allProjections()) {
    for (const table of projection.tables) {
      result[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
    }
  }
  return result;
}

const decision = (n: number, overrides: Partial<RecordDecisionDto> = {}): RecordDecisionDto => ({
  externalId: `viva-${n}`,
  itemCode: n % 5 === 0 ? '9.9' : '3.7.2',
  decidedAt: `2023-0${1 + (n % 5)}-${String(1 + (n % 27)).padStart(2, '0')}`,
  decidedBy: { name: `Handläggare ${n}`, role: n % 7 === 0 ? 'praktikant' : 'socialsekreterare' },
  amount: n % 3 === 0 ? 50_000 : 1_000,
  confidential: n % 4 === 0,
  urgent: n % 11 === 0,
  caseRef: `IFO 2023/${n}`,
  ...overrides,
});

/** A history that touches every projection and every kind of re-judgment, in an order that matters. */
async function writeHistory(app: TestApp): Promise<string[]> {
  const run = <T>(command: Parameters<TestApp['commands']['execute']>[0]) =>
    app.commands.execute(command) as Promise<T>;
  await run(
    new DefineBoardCommand({
      boardId: 'ifon',
      name: 'IFON',
      bodies: [
        { bodyId: 'ifon', name: 'IFON', kind: 'board' },
        { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
        { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
      ],
      meta,
    }),
  );
  await run(
    new AdoptVersionCommand({
      boardId: 'ifon',
      versionId: 'v2022',
      effectiveFrom: '2022-06-14',
      defaultRoute: ['forvaltningschef', 'ifon'],
      items: [
        {
          code: '3.7.2',
          title: 'Bistånd',
          delegates: ['socialsekreterare'],
          reporting: 'report',
          maxAmount: 10_000,
        },
      ],
      meta,
    }),
  );
  const ids: string[] = [];
  for (let n = 0; n < 40; n++) {
    ids.push(
      (
        await run<{ decisionId: string }>(
          new RecordDecisionCommand({
            ...decision(n),
            boardId: 'ifon',
            sourceSystem: 'viva',
            meta,
          }),
        )
      ).decisionId,
    );
  }
  for (const [meetingId, bodyId, date] of [
    ['fc-02', 'forvaltningschef', '2023-02-15'],
    ['su-04', 'socialt-utskott', '2023-04-13'],
    ['su-05', 'socialt-utskott', '2023-05-11'],
    ['ifon-05', 'ifon', '2023-05-23'],
    ['ifon-06', 'ifon', '2023-06-20'],
  ]) {
    await run(new ScheduleMeetingCommand({ boardId: 'ifon', meetingId, bodyId, date, meta }));
  }
  await run(
    new AdoptVersionCommand({
      boardId: 'ifon',
      versionId: 'v2023',
      effectiveFrom: '2023-01-03',
      defaultRoute: ['socialt-utskott', 'ifon'],
      items: [
        {
          code: '3.7.2',
          title: 'Bistånd',
          delegates: ['socialsekreterare'],
          reporting: 'report',
        },
        { code: '4.1', title: 'Yttrande', delegates: ['enhetschef'], reporting: 'unspecified' },
      ],
      meta,
    }),
  );
  await run(
    new ReportDecisionsCommand({
      boardId: 'ifon',
      meetingId: 'su-04',
      decisionIds: ids.slice(0, 20),
      meta,
    }),
  );
  await run(
    new AmendDecisionCommand({
      boardId: 'ifon',
      decisionId: ids[3],
      changes: { itemCode: '4.1' },
      reason: 'fel punkt',
      meta,
    }),
  );
  await run(
    new AnnulDecisionCommand({
      boardId: 'ifon',
      decisionId: ids[4],
      reason: 'registrerat i fel ärende',
      meta,
    }),
  );
  await run(
    new CancelMeetingCommand({ boardId: 'ifon', meetingId: 'ifon-05', reason: 'inställt', meta }),
  );
  await run(
    new ReportDecisionsCommand({
      boardId: 'ifon',
      meetingId: 'ifon-06',
      decisionIds: ids.slice(0, 10),
      meta,
    }),
  );
  return ids;
}

describe('projections rebuilt from the log', () => {
  let dir: string;
  let app: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rebuild-'));
    app = await startTestApp(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a history through two versions, reports, an amendment, an annulment and a cancelled meeting, when every projection is dropped and rebuilt, then every table holds exactly the same rows', async () => {
    await writeHistory(app);
    const before = snapshot(app.db);
    expect((before.dt_decisions as unknown[]).length).toBe(40);
    expect((before.dt_reports as unknown[]).length).toBeGreaterThan(0);

    for (const projection of allProjections()) await app.runner.rebuild(projection.name);
    const head = Number(app.db.prepare('SELECT MAX(position) FROM el_events').pluck().get() ?? 0);
    await expect(app.runner.waitFor(head, 30_000)).resolves.toBe(true);

    expect(snapshot(app.db)).toEqual(before);
  });

  it('given the read models file is lost, when the service starts again, then it rebuilds the same answers', async () => {
    const before = snapshot(app.db);
    await app.close();
    rmSync(join(dir, 'read-models.sqlite'), { force: true });
    rmSync(join(dir, 'read-models.sqlite-wal'), { force: true });
    rmSync(join(dir, 'read-models.sqlite-shm'), { force: true });

    app = await startTestApp(dir);
    const head = Object.values(before.el_events as { position: number }[]).at(-1)!.position;
    await expect(app.runner.waitFor(head, 30_000)).resolves.toBe(true);
    expect(snapshot(app.db)).toEqual(before);
  });
});
