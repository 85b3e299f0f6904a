import { nextPositionOf, revisionFilterOf, revisionHref } from './revision.view-model';

describe('the revision filter', () => {
  it('takes a known event type and a position; anything else is no filter', () => {
    expect(revisionFilterOf({ handelse: 'DecisionRecorded', franPosition: '12' })).toEqual({
      type: 'DecisionRecorded',
      fromPosition: 12,
    });
    expect(revisionFilterOf({ handelse: 'DROP TABLE', franPosition: '-3' })).toEqual({
      type: undefined,
      fromPosition: 0,
    });
  });

  it('pages by position as the API does, and keeps the filter in the links', () => {
    const event = (position: number) => ({
      position,
      streamId: 's',
      type: 'BoardDefined',
      recordedAt: '2023-01-01T00:00:00.000Z',
      actor: null,
      data: {},
    });
    expect(nextPositionOf([event(3), event(9)], 0)).toBe(10);
    expect(nextPositionOf([], 7)).toBe(7);
    expect(revisionHref('/namnder/ifon/revision', { type: 'BoardUpdated', fromPosition: 10 })).toBe(
      '/namnder/ifon/revision?handelse=BoardUpdated&franPosition=10',
    );
    expect(revisionHref('/namnder/ifon/revision', { fromPosition: 0 })).toBe(
      '/namnder/ifon/revision',
    );
  });
});
