import { Command } from '@nestjs/cqrs';
import type { DefineBoard } from '@delegationsbeslut/domain';
import type { CommandProps } from '../../application/command-props';

export class DefineBoardCommand extends Command<{ created: boolean }> {
  constructor(readonly props: CommandProps<DefineBoard['data']>) {
    super();
  }
}
