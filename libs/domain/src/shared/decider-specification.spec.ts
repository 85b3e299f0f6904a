import type { Decider } from './decider';
import { deciderSpecification } from './decider-specification';

type Counted = { readonly type: 'Counted'; readonly data: { readonly by: number } };
type Count = { readonly type: 'Count'; readonly data: { readonly by: number } };
class NegativeCountError extends Error {}

const counter: Decider<Count, Counted, number> = {
  initialState: 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.data.by < 0) throw new NegativeCountError('below zero');
    return [{ type: 'Counted', data: command.data }];
  },
};
const spec = deciderSpecification(counter);
const count = (by: number): Count => ({ type: 'Count', data: { by } });
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('decider specification', () => {
  it('given past events, when a command, then passes on the expected events', () => {
    expect(() =>
      spec
        .given([counted(2)])
        .when(count(-2))
        .then([counted(-2)]),
    ).not.toThrow();
  });

  it('fails when the events differ', () => {
    expect(() =>
      spec
        .given([])
        .when(count(1))
        .then([counted(2)]),
    ).toThrow(/expected events/);
  });

  it('fails when an error was expected but events came', () => {
    expect(() => spec.given([]).when(count(1)).thenThrows(NegativeCountError)).toThrow(
      /expected NegativeCountError but got events/,
    );
  });

  it('fails when another error was thrown, or the check fails', () => {
    expect(() => spec.given([]).when(count(-1)).thenThrows(TypeError)).toThrow(
      /expected TypeError/,
    );
    expect(() =>
      spec
        .given([])
        .when(count(-1))
        .thenThrows(NegativeCountError, () => false),
    ).toThrow(/failed the check/);
  });

  it('returns the expected error for further checks', () => {
    const error = spec
      .given([counted(1)])
      .when(count(-5))
      .thenThrows(NegativeCountError);
    expect(error.message).toBe('below zero');
  });
});
