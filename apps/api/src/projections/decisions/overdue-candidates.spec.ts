import { statusOn } from '@delegationsbeslut/domain';
import {
  BOARD,
  decisionAnnulled,
  decisionRecorded,
  decisionsReported,
  ifon,
  UTSKOTT,
} from '../ifon-events.fixtures';
import { ProjectionSpec } from '../projection-specification';
import { allProjections } from '../projections.module';

const spec = ProjectionSpec.for(allProjections());

const board = spec.given(
  ...ifon(),
  ...ifon('other'),
  decisionRecorded('o-0403', { decidedAt: '2023-04-03' }),
  decisionRecorded('o-0420', { decidedAt: '2023-04-20' }),
  decisionRecorded('o-namnd', { decidedAt: '2023-04-04' }),
  decisionsReported('su-2023-04-13', UTSKOTT, '2023-04-13', ['o-namnd']),
  decisionRecorded('o-none', { decidedAt: '2023-04-03', itemCode: '3.8.1' }),
  decisionRecorded('o-annulled', { decidedAt: '2023-04-03' }),
  decisionAnnulled('o-annulled'),
  decisionRecorded('o-late', { decidedAt: '2023-05-12' }),
  decisionRecorded('o-other', { decidedAt: '2023-04-03', boardId: 'other' }),
);

describe('given open, reported-on, not-required and annulled decisions on two boards', () => {
  it('when the overdue candidates of 2023-04-14 are read, then the decisions due 2023-04-13 of every board', () =>
    board
      .when((q) =>
        q.decisions
          .overdueOn('2023-04-14')
          .map((c) => [c.boardId, c.decisionId, c.bodyId, c.dueMeetingId, c.dueDate])
          .sort(),
      )
      .then([
        ['ifon', 'o-0403', UTSKOTT, 'su-2023-04-13', '2023-04-13'],
        ['other', 'o-other', UTSKOTT, 'su-2023-04-13', '2023-04-13'],
      ]));

  it('when the overdue candidates of the due day are read, then none', () =>
    board.when((q) => q.decisions.overdueOn('2023-04-13')).then([]));

  it.each([
    '2023-04-13',
    '2023-04-14',
    '2023-04-27',
    '2023-04-28',
    '2023-05-23',
    '2023-05-24',
    '2030-01-01',
  ])(
    'when the overdue candidates of %s are read, then exactly the decisions statusOn judges overdue that day',
    (today) =>
      board
        .when((q) => ({
          candidates: q.decisions
            .overdueOn(today)
            .map((c) => c.decisionId)
            .sort(),
          overdue: [BOARD, 'other']
            .flatMap((boardId) => {
              const judgmentOf = q.decisions.judgmentOf(boardId);
              return q.decisions
                .list(boardId, { today, limit: 100 }, true)
                .items.filter(
                  (d) => statusOn(judgmentOf(d.decisionId)!, today).status === 'overdue',
                );
            })
            .map((d) => d.decisionId)
            .sort(),
        }))
        .then(({ candidates, overdue }) => expect(candidates).toEqual(overdue)),
  );

  it('when a candidate is read, then it carries the judgment statusOn re-checks', () =>
    board
      .when((q) =>
        q.decisions.overdueOn('2023-04-14').map((c) => statusOn(c.judgment, '2023-04-14').status),
      )
      .then(['overdue', 'overdue']));
});
