import { InvalidCursorError } from './decisions/decisions.errors';
import { BOARD, boardDefined, decisionRecorded, ifon } from './ifon-events.fixtures';
import { type ProjectionQueries, ProjectionSpec, recorded } from './projection-specification';
import { allProjections } from './projections.module';
import { BoardsProjection } from './boards/boards.projection';
import { EventLogProjection } from './event-log/event-log.projection';

const spec = ProjectionSpec.for(allProjections());
const listed = (cursor: string) => (q: ProjectionQueries) =>
  q.decisions.list(BOARD, { today: '2023-04-20', limit: 10, cursor }, true);

describe('ProjectionSpec', () => {
  it('given events, when the query answers as expected, then it passes', () =>
    spec
      .given(boardDefined())
      .when((q) => q.boards.list().map((b) => b.boardId))
      .then([BOARD]));

  it('given events, when the answer differs, then it throws naming both', async () => {
    await expect(
      spec
        .given(boardDefined())
        .when((q) => q.boards.list().map((b) => b.boardId))
        .then(['other']),
    ).rejects.toThrow(/expected \[\s*"other"\s*\]\s*but got \[\s*"ifon"\s*\]/);
  });

  it('given events, when a check is given, then it runs on the answer', async () => {
    await expect(
      spec
        .given(boardDefined())
        .when((q) => q.boards.list())
        .then((boards) => {
          if (boards.length !== 2) throw new Error('not two boards');
        }),
    ).rejects.toThrow('not two boards');
  });

  it('given a query that throws the DomainError, when thenThrows its code, then it returns the error', async () => {
    const error = await spec
      .given()
      .when(listed('not-a-cursor'))
      .thenThrows('INVALID_CURSOR', InvalidCursorError);
    expect(error).toBeInstanceOf(InvalidCursorError);
  });

  it('given a query that throws another code, when thenThrows, then it fails', async () => {
    await expect(spec.given().when(listed('x')).thenThrows('DECISION_NOT_FOUND')).rejects.toThrow(
      /expected a DomainError DECISION_NOT_FOUND/,
    );
  });

  it('given a query that answers, when thenThrows, then it fails', async () => {
    await expect(
      spec
        .given()
        .when((q) => q.boards.list())
        .thenThrows('INVALID_CURSOR'),
    ).rejects.toThrow(/but got \[\]/);
  });

  it('given events, then each is recorded on its own stream, with a position, a recordedAt and metadata', () =>
    ProjectionSpec.for([new EventLogProjection()])
      .given(
        boardDefined(),
        recorded(decisionRecorded('d'), {
          recordedAt: '2023-04-05T08:00:00.000Z',
          metadata: { actor: 'procapita' },
        }),
      )
      .when((q) =>
        q.eventLog
          .page(0, 10, undefined)
          .map((e) => [e.position, e.streamId, e.recordedAt, e.actor]),
      )
      .then([
        [1, 'board-ifon', '2023-01-01T00:00:00.000Z', 'system'],
        [2, 'decision-d', '2023-04-05T08:00:00.000Z', 'procapita'],
      ]));

  it('given one projection only, then the others’ tables do not exist', async () => {
    const db = await ProjectionSpec.for(new BoardsProjection())
      .given(...ifon())
      .database();
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['b_boards', 'projection_checkpoints']);
  });

  it('given the same projections for two givens, then neither sees the other’s board (caches are reset)', async () => {
    const one = spec.given(...ifon(), decisionRecorded('d', { decidedAt: '2023-04-03' }));
    const other = spec.given(boardDefined(), decisionRecorded('d', { decidedAt: '2023-04-03' }));
    await one
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-14' }).counts)
      .then({ pending: 0, overdue: 1 });
    await other
      .when((q) => q.decisions.queue(BOARD, { today: '2023-04-14' }).counts)
      .then({ pending: 1, overdue: 0 });
  });
});

describe('ProjectionSpec equality', () => {
  it.each([
    [{ a: 1 }, { a: 1, b: undefined }],
    [
      [1, 2],
      [2, 1],
    ],
    [new Set(['a']), new Set(['b'])],
    [new Set(['a']), ['a']],
    [{ n: null }, { n: undefined }],
    [{ n: '1' }, { n: 1 }],
  ])('given the answer %j, when %j is expected, then it fails', async (answer, expected) => {
    await expect(
      spec
        .given()
        .when((): unknown => answer)
        .then(expected),
    ).rejects.toThrow(/expected/);
  });

  it('given a Set answer, when the same members are expected in another order, then it passes', () =>
    spec
      .given()
      .when(() => new Set(['a', 'b']))
      .then(new Set(['b', 'a'])));
});
