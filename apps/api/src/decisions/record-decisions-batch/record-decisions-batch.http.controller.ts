import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import type { Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { BatchResponseDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { Caller, Meta } from '../../http/request-context';
import { type BatchResult, RecordDecisionsBatchCommand } from './record-decisions-batch.command';
import { BatchDto } from './record-decisions-batch.request.dto';

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class RecordDecisionsBatchHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('batch')
  @HttpCode(200)
  @Roles('source-system', 'board-admin')
  @ApiOperation({ summary: 'Record up to 1000 decisions, each accepted or rejected on its own' })
  @ApiResponse({ status: 200, type: BatchResponseDto })
  recordBatch(
    @Param() { boardId }: BoardParams,
    @Body() body: BatchDto,
    @Caller() caller: Principal,
    @Meta() meta: CommandMeta,
  ): Promise<{ results: BatchResult[] }> {
    return this.commands.execute(
      new RecordDecisionsBatchCommand({
        boardId,
        sourceSystem: caller.name,
        items: body.decisions,
        meta,
      }),
    );
  }
}
