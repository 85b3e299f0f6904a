import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { CommandMeta } from '../../application/command-meta';
import { StreamCommands } from '../../application/stream-commands.service';
import { BoardDirectory } from '../../boards/board-directory.service';
import { toApiError } from '../../http/api-exception.filter';
import { validationDetails } from '../../http/validation';
import { RecordDecisionCommand } from './record-decision.command';
import { RecordDecisionDto } from './record-decision.dto';

export interface BatchResult {
  readonly externalId: string | null;
  readonly status: 'created' | 'unchanged' | 'rejected';
  readonly decisionId?: string;
  readonly error?: string;
}

/** Parses and validates one item as the HTTP edge would, without failing the rest. */
export async function parseDecision(item: unknown): Promise<RecordDecisionDto | { error: string }> {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return { error: 'not a JSON object' };
  const dto = plainToInstance(RecordDecisionDto, item);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length === 0
    ? dto
    : { error: `invalid input: ${validationDetails(errors).join('; ')}` };
}

/**
 * Every item runs the same command as a single POST, all at once, so their
 * appends share the store's group commits; the batch waits once for the read
 * side at the end.
 */
@Injectable()
export class RecordDecisionsBatch {
  constructor(
    private readonly commands: CommandBus,
    private readonly streams: StreamCommands,
    private readonly boards: BoardDirectory,
  ) {}

  async record(
    boardId: string,
    sourceSystem: string,
    items: readonly unknown[],
    meta: CommandMeta,
  ): Promise<{ results: BatchResult[] }> {
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
            new RecordDecisionCommand(boardId, sourceSystem, parsed, meta, false),
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
