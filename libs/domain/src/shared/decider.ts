/**
 * The shape every stream's decider has: state is a left fold of the stream's
 * events, and `decide` only reads it. `Context` carries what the app looked up
 * outside the stream (known bodies, judgments), so the decider stays pure.
 */
export interface Decider<Command, Event, State, Context extends readonly unknown[] = []> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, ...context: Context): readonly Event[];
}
