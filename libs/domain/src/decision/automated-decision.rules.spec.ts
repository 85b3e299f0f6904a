import { automatedDecisionNotAllowed } from './automated-decision.rules';

describe('AUTOMATED_DECISION_NOT_ALLOWED (KL 6:37-38)', () => {
  it.each([
    ['legality-review', undefined, true],
    ['none', undefined, true],
    ['administrative', undefined, false],
    ['administrative', 'procurement', true],
    ['administrative', 'choice-system', true],
  ] as const)(
    'given automated under an item of %s, matter %s, then %s',
    (appealKind, matter, flagged) => {
      expect(automatedDecisionNotAllowed({ automated: true, appealKind, matter })).toBe(flagged);
    },
  );

  it.each([false, undefined])('given decidedBy.automated %s, then never', (automated) => {
    expect(
      automatedDecisionNotAllowed({
        automated,
        appealKind: 'legality-review',
        matter: 'procurement',
      }),
    ).toBe(false);
  });
});
