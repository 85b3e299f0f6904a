import type { Decider } from './decider';
import { deepEqual } from './deep-equal';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given/when/then for deciders, as in emmett's DeciderSpecification: given the
 * stream's past events, when a command arrives, then these events or this
 * error. It throws on a mismatch instead of using jest's `expect`, so the
 * library builds without test typings.
 */
export function deciderSpecification<Command, Event, State, Context extends readonly unknown[]>(
  decider: Decider<Command, Event, State, Context>,
) {
  return {
    given: (past: readonly Event[]) => ({
      when: (command: Command, ...context: Context) => {
        const run = (): readonly Event[] => {
          const state = past.reduce((s, event) => decider.evolve(s, event), decider.initialState);
          return decider.decide(command, state, ...context);
        };
        return {
          then: (expected: readonly Event[]): void => {
            const actual = run();
            if (!deepEqual(actual, expected)) {
              throw new Error(`expected events ${json(expected)}\nbut got ${json(actual)}`);
            }
          },
          thenThrows: <E extends Error>(
            errorClass: ErrorClass,
            check?: (error: E) => boolean,
          ): E => {
            let actual: readonly Event[];
            try {
              actual = run();
            } catch (error) {
              if (!(error instanceof errorClass)) {
                throw new Error(`expected ${errorClass.name} but ${String(error)} was thrown`);
              }
              if (check !== undefined && !check(error as E)) {
                throw new Error(
                  `${errorClass.name} was thrown but failed the check: ${String(error)}`,
                );
              }
              return error as E;
            }
            throw new Error(`expected ${errorClass.name} but got events ${json(actual)}`);
          },
        };
      },
    }),
  };
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
