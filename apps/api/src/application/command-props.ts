import type { CommandMeta } from './command-meta';

/**
 * What a door gives a command: the domain command's data, less what the
 * handler derives itself (ids, the clock's day), plus the event metadata.
 * Typed from the domain, so a door never rebuilds a command field by field.
 */
export type CommandProps<Data, Derived extends keyof Data = never> = Omit<Data, Derived> & {
  readonly meta: CommandMeta;
};
