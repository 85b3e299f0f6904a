import {
  boardDefined,
  BOARD,
  CHEF,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  IFON,
  meetingCancelled,
  meetingScheduled,
  UTSKOTT,
  VERSION_2022,
  VERSION_2023,
  versionAdopted,
} from '../ifon-events.fixtures';
import { ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';
import type { QueueItem } from './decisions.queries';

const spec = ProjectionSpec.for(allProjections());

/** One line per queue item: who, where, due when, and how it stands. */
const line = (i: QueueItem) => [i.externalId, i.bodyId, i.dueMeetingId, i.status];

describe('given the IFON board with decisions at every status (the worked example’s queue)', () => {
  const board = spec.given(
    ...ifon(),
    decisionRecorded('q-utskott-0403', { decidedAt: '2023-04-03' }),
    decisionRecorded('q-utskott-0420', { decidedAt: '2023-04-20' }),
    decisionRecorded('q-chef-0102', { decidedAt: '2023-01-02' }),
    decisionRecorded('q-utskott-0428', { decidedAt: '2023-04-28' }),
    decisionRecorded('q-none', { decidedAt: '2023-04-03', itemCode: '3.8.1' }),
    decisionRecorded('q-namnd', { decidedAt: '2023-04-05' }),
    decisionRecorded('q-annulled', { decidedAt: '2023-04-03' }),
    decisionAnnulled('q-annulled'),
    decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['q-namnd']),
    decisionRecorded('q-reported', { decidedAt: '2023-02-01', itemCode: '5.1.1' }),
    decisionsReported('ifon-2023-02-21', IFON, '2023-02-21', ['q-reported']),
  );

  it('when the queue is read on 2023-04-28, then every pending and overdue decision at its current step, oldest due first', () =>
    board
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-28' }).items.map(line))
      .then([
        ['q-chef-0102', CHEF, 'fc-2023-01-31', 'overdue'],
        ['q-utskott-0403', UTSKOTT, 'su-2023-04-13', 'overdue'],
        ['q-utskott-0420', UTSKOTT, 'su-2023-04-27', 'overdue'],
        ['q-utskott-0428', UTSKOTT, 'su-2023-05-11', 'pending'],
        ['q-namnd', IFON, 'ifon-2023-05-23', 'pending'],
      ]));

  it('when the queue is read on 2023-04-28, then it counts 2 pending and 3 overdue', () =>
    board
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-28' }).counts)
      .then({ pending: 2, overdue: 3 }));

  it('when the queue is read, then an item carries the decision, its due meeting and OVERDUE', () =>
    board
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-28' }).items[0])
      .then({
        decisionId: 'q-chef-0102',
        externalId: 'q-chef-0102',
        itemCode: '3.7.2',
        decidedAt: '2023-01-02',
        bodyId: CHEF,
        dueMeetingId: 'fc-2023-01-31',
        dueDate: '2023-01-31',
        status: 'overdue',
        flags: ['OVERDUE'],
      }));

  it('when the queue is read, then not-required, reported and annulled decisions are never in it', () =>
    board
      .when((q) =>
        ['2023-01-01', '2023-04-28', '2024-01-01'].flatMap((today) =>
          q.decisions.queue(BOARD, { today }).items.map((i) => i.externalId),
        ),
      )
      .then((ids) => {
        for (const id of ['q-none', 'q-annulled', 'q-reported'])
          if (ids.includes(id)) throw new Error(`${id} is in the queue`);
      }));

  it('when the queue is read with bodyId=socialt-utskott, then only decisions whose current step is there', () =>
    board
      .when((q) =>
        q.decisions
          .queue(BOARD, { today: '2023-04-28', bodyId: UTSKOTT })
          .items.map((i) => i.externalId),
      )
      .then(['q-utskott-0403', 'q-utskott-0420', 'q-utskott-0428']));

  it('when the queue is read with bodyId=ifon, then only the decision moved on to the nämnd', () =>
    board
      .when((q) =>
        q.decisions
          .queue(BOARD, { today: '2023-04-28', bodyId: IFON })
          .items.map((i) => i.externalId),
      )
      .then(['q-namnd']));

  it('when the queue is read with status=overdue, then only the overdue ones, and the counts stay whole', () =>
    board
      .when((q) => {
        const { items, counts } = q.decisions.queue(BOARD, {
          today: '2023-04-28',
          status: 'overdue',
        });
        return { ids: items.map((i) => i.externalId), counts };
      })
      .then({
        ids: ['q-chef-0102', 'q-utskott-0403', 'q-utskott-0420'],
        counts: { pending: 2, overdue: 3 },
      }));

  it('when the queue is read with status=pending, then only the pending ones', () =>
    board
      .when((q) =>
        q.decisions
          .queue(BOARD, { today: '2023-04-28', status: 'pending' })
          .items.map((i) => i.externalId),
      )
      .then(['q-utskott-0428', 'q-namnd']));

  it('when the queue is read on an earlier day, then the same decisions are judged as they stood then', () =>
    board
      .when((q) => q.decisions.queue(BOARD, { today: '2023-01-31', bodyId: CHEF }).items.map(line))
      .then([['q-chef-0102', CHEF, 'fc-2023-01-31', 'pending']]));

  it('when the queue is read for another board, then it is empty', () =>
    board
      .when((q) => q.decisions.queue('other', { today: '2023-04-28' }))
      .then({ items: [], counts: { pending: 0, overdue: 0 } }));
});

describe('given a decision due at the utskott meeting of 2023-04-13', () => {
  const board = spec.given(...ifon(), decisionRecorded('d', { decidedAt: '2023-04-03' }));
  const statusOn = (today: string) =>
    board.when((q) => q.decisions.queue(BOARD, { today }).items.map((i) => i.status));

  it('when the queue is read on the meeting day, then pending', () =>
    statusOn('2023-04-13').then(['pending']));

  it('when the queue is read the day after the meeting, then overdue', () =>
    statusOn('2023-04-14').then(['overdue']));
});

describe('given the utskott meeting of 2023-04-13 is cancelled', () => {
  it('when the queue is read, then a decision of 2023-04-03 is due at the next utskott meeting', () =>
    spec
      .given(
        ...ifon(),
        decisionRecorded('d', { decidedAt: '2023-04-03' }),
        meetingCancelled('su-2023-04-13'),
      )
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-14' }).items.map(line))
      .then([['d', UTSKOTT, 'su-2023-04-27', 'pending']]));
});

describe('given the utskott takes no reports on 2023-04-13 (receivesReports false)', () => {
  it('when the queue is read, then a decision of 2023-04-03 is due 2023-04-27', () =>
    spec
      .given(
        boardDefined(),
        versionAdopted(VERSION_2023),
        meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13', { receivesReports: false }),
        meetingScheduled('su-2023-04-27', UTSKOTT, '2023-04-27'),
        decisionRecorded('d', { decidedAt: '2023-04-03' }),
      )
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-20' }).items.map(line))
      .then([['d', UTSKOTT, 'su-2023-04-27', 'pending']]));
});

describe('given a decision after the last utskott meeting', () => {
  const noMeeting = [...ifon(), decisionRecorded('late', { decidedAt: '2023-05-12' })];

  it('when the queue is read, then it is pending with no due meeting, after every dated one', () =>
    spec
      .given(...noMeeting, decisionRecorded('dated', { decidedAt: '2023-05-01' }))
      .when((q) =>
        q.decisions
          .queue(BOARD, { today: '2030-01-01' })
          .items.map((i) => [i.externalId, i.dueDate, i.status]),
      )
      .then([
        ['dated', '2023-05-11', 'overdue'],
        ['late', null, 'pending'],
      ]));

  it('when a later utskott meeting is scheduled, then the decision is re-judged due there', () =>
    spec
      .given(...noMeeting, meetingScheduled('su-2023-06-08', UTSKOTT, '2023-06-08'))
      .when((q) => q.decisions.queue(BOARD, { today: '2023-06-09' }).items.map(line))
      .then([['late', UTSKOTT, 'su-2023-06-08', 'overdue']]));
});

describe('given a decision of 2023-01-04 while only the 2022 version is adopted', () => {
  const before = [
    boardDefined(),
    versionAdopted(VERSION_2022),
    ...ifon().filter((e) => e.type === 'MeetingScheduled'),
    decisionRecorded('d', { decidedAt: '2023-01-04' }),
  ];

  it('when the queue is read, then it is due at the förvaltningschef', () =>
    spec
      .given(...before)
      .when((q) => q.decisions.queue(BOARD, { today: '2023-01-05' }).items.map(line))
      .then([['d', CHEF, 'fc-2023-01-31', 'pending']]));

  it('when the 2023 version (in force from 2023-01-03) is adopted afterwards, then it is re-judged onto the utskott', () =>
    spec
      .given(...before, versionAdopted(VERSION_2023))
      .when((q) => q.decisions.queue(BOARD, { today: '2023-01-05' }).items.map(line))
      .then([['d', UTSKOTT, 'su-2023-04-13', 'pending']]));
});
