import type { DecisionEvent } from './decision.events';
import {
  applyDecisionChanges,
  evolveDecisionHistory,
  type DecisionHistory,
} from './decision-facts';

const recorded: DecisionEvent = {
  type: 'DecisionRecorded',
  data: {
    boardId: 'ifon',
    decisionId: 'd-1',
    sourceSystem: 'viva-ifo',
    externalId: 'VIVA-1001',
    itemCode: '3.7.2',
    decidedAt: '2023-04-03',
    decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: null },
    registeredAt: '2023-04-05',
    caseRef: null,
    summary: null,
    confidential: false,
    amount: null,
    urgent: false,
  },
};

const fold = (entries: readonly [DecisionEvent, number][]) =>
  entries.reduce<DecisionHistory | undefined>(
    (history, [event, position]) => evolveDecisionHistory(history, event, position),
    undefined,
  );

describe('decision facts', () => {
  it('given recorded, amended and annulled events, then the facts are current and positions kept', () => {
    const history = fold([
      [recorded, 10],
      [
        {
          type: 'DecisionAmended',
          data: { boardId: 'ifon', decisionId: 'd-1', changes: { amount: 500 }, reason: 'r' },
        },
        42,
      ],
      [{ type: 'DecisionAnnulled', data: { boardId: 'ifon', decisionId: 'd-1', reason: 'r' } }, 50],
    ]);
    expect(history?.recordedPosition).toBe(10);
    expect(history?.amendmentPositions).toEqual([42]);
    expect(history?.facts.amount).toBe(500);
    expect(history?.facts.itemCode).toBe('3.7.2');
    expect(history?.facts.annulled).toBe(true);
  });

  it('given changes with undefined values, then applying them keeps the current values', () => {
    const facts = { ...recorded.data, annulled: false };
    expect(applyDecisionChanges(facts, { summary: undefined, caseRef: 'SN 1' })).toEqual({
      ...facts,
      caseRef: 'SN 1',
    });
  });
});
