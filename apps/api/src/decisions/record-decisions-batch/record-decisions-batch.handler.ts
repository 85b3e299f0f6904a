import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toApiError } from '../../application/api-error';
import { BoardDirectory } from '../../application/board-directory.service';
import { validated, validationDetails } from '../../application/input/validation';
import { StreamCommands } from '../../application/stream-commands.service';
import { RecordDecisionCommand } from '../record-decision/record-decision.command';
import { RecordDecisionDto } from '../record-decision/record-decision.request.dto';
import { type BatchResult, RecordDecisionsBatchCommand } from './record-decisions-batch.command';

/** Parses and validates one item as the HTTP edge would, without failing the rest. */
async function parseDecision(item: unknown): Promise<RecordDecisionDto | { error: string }> {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return { error: 'not a JSON object' };
  const result = await validated(RecordDecisionDto, item);
  return 'ok' in result
    ? result.ok
    : { error: `invalid input: ${validationDetails(result.errors).join('; ')}` };
}

/**
 * Every item runs the same command as a single POST, all at once, so their
 * appends share the store's group commits; the batch waits once for the read
 * side at the end.
 */
@CommandHandler(RecordDecisionsBatchCommand)
export class RecordDecisionsBatchHandler
  implements ICommandHandler<RecordDecisionsBatchCommand, { results: BatchResult[] }>
{
  constructor(
    private readonly commands: CommandBus,
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async execute({ props }: RecordDecisionsBatchCommand): Promise<{ results: BatchResult[] }> {
    const { boardId, sourceSystem, items, meta } = props;
    await this.boards.requireForCommand(boardId);
    let last: number | undefined;
    const results = await Promise.all(
      items.map(async (item, index): Promise<BatchResult> => {
        const externalId =
          typeof (item as { externalId?: unknown })?.externalId === 'string'
            ? (item as { externalId: string }).externalId
            : null;
        const parsed = await parseDecision(item);
        if ('error' in parsed)
          return { externalId, status: 'rejected', error: `decisions[${index}]: ${parsed.error}` };
        try {
          const outcome = await this.commands.execute(
            new RecordDecisionCommand({ ...parsed, boardId, sourceSystem, meta, settle: false }),
          );
          if (outcome.position !== undefined) last = Math.max(last ?? 0, outcome.position);
          return { externalId, status: outcome.status, decisionId: outcome.decisionId };
        } catch (error) {
          // each item stands alone, a passing failure too (the item may be sent again)
          const apiError = toApiError(error);
          const code = apiError.code ?? (apiError.statusCode >= 500 ? 'UNAVAILABLE' : undefined);
          return {
            externalId,
            status: 'rejected',
            error: code ? `${code}: ${apiError.message}` : apiError.message,
          };
        }
      }),
    );
    await this.streams.settled(last);
    return { results };
  }
}
