import 'reflect-metadata';
import { isRejection, parseDecisionMessage } from './decision-message.parser';

const value = (json: unknown) =>
  Buffer.from(typeof json === 'string' ? json : JSON.stringify(json));
const decision = {
  externalId: 'viva-1',
  itemCode: '3.7.2',
  decidedAt: '2023-04-03',
  decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare' },
};

describe('parsing a message of kafka.md', () => {
  it('given a DecisionRecorded, then the record command’s fields, validated as over HTTP', async () => {
    const parsed = await parseDecisionMessage(
      value({ type: 'DecisionRecorded', boardId: 'ifon', sourceSystem: 'viva-ifo', ...decision }),
    );
    expect(parsed).toMatchObject({
      type: 'DecisionRecorded',
      boardId: 'ifon',
      sourceSystem: 'viva-ifo',
      decision,
    });
  });

  it('given a DecisionAmended, then externalId, changes and reason', async () => {
    const parsed = await parseDecisionMessage(
      value({
        type: 'DecisionAmended',
        boardId: 'ifon',
        sourceSystem: 'viva-ifo',
        externalId: 'viva-1',
        changes: { amount: 5 },
        reason: 'fel',
      }),
    );
    expect(parsed).toMatchObject({
      type: 'DecisionAmended',
      externalId: 'viva-1',
      changes: { amount: 5 },
      reason: 'fel',
    });
  });

  it('given a DecisionAnnulled, then externalId and reason', async () => {
    const parsed = await parseDecisionMessage(
      value({
        type: 'DecisionAnnulled',
        boardId: 'ifon',
        sourceSystem: 'viva-ifo',
        externalId: 'viva-1',
        reason: 'fel',
      }),
    );
    expect(parsed).toEqual({
      type: 'DecisionAnnulled',
      boardId: 'ifon',
      sourceSystem: 'viva-ifo',
      externalId: 'viva-1',
      reason: 'fel',
    });
  });

  it.each([
    ['no value', null, 'NOT_JSON'],
    ['broken JSON', value('{"type":'), 'NOT_JSON'],
    ['a JSON array', value([1]), 'VALIDATION_FAILED'],
    ['no type', value({ boardId: 'ifon' }), 'UNKNOWN_TYPE'],
    [
      'an unknown type',
      value({ type: 'DecisionDeleted', boardId: 'ifon', sourceSystem: 'x' }),
      'UNKNOWN_TYPE',
    ],
    [
      'a date that does not exist',
      value({
        type: 'DecisionRecorded',
        boardId: 'ifon',
        sourceSystem: 'x',
        ...decision,
        decidedAt: '2023-02-30',
      }),
      'VALIDATION_FAILED',
    ],
    [
      'an unknown property',
      value({
        type: 'DecisionRecorded',
        boardId: 'ifon',
        sourceSystem: 'x',
        ...decision,
        colour: 'blue',
      }),
      'VALIDATION_FAILED',
    ],
    [
      'externalId among the changes',
      value({
        type: 'DecisionAmended',
        boardId: 'ifon',
        sourceSystem: 'x',
        externalId: 'e',
        changes: { externalId: 'f' },
        reason: 'r',
      }),
      'VALIDATION_FAILED',
    ],
    [
      'a board id that is no id',
      value({ type: 'DecisionRecorded', boardId: 'IFON!', sourceSystem: 'x', ...decision }),
      'VALIDATION_FAILED',
    ],
    [
      'no source system',
      value({ type: 'DecisionRecorded', boardId: 'ifon', ...decision }),
      'VALIDATION_FAILED',
    ],
  ])('given %s, then it can never succeed: %s', async (_, raw, code) => {
    const parsed = await parseDecisionMessage(raw);
    expect(isRejection(parsed) && parsed.code).toBe(code);
  });

  it('given several problems, then one rejection names them all', async () => {
    const parsed = await parseDecisionMessage(
      value({
        type: 'DecisionRecorded',
        boardId: 'IFON!',
        sourceSystem: 'x',
        ...decision,
        itemCode: 7,
      }),
    );
    expect(isRejection(parsed) && parsed.message).toMatch(/boardId.*itemCode/);
  });
});
