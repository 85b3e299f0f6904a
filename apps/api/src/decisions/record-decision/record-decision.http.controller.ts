import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Clock } from '../../application/clock';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { DecisionViewDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { Caller, Meta } from '../../http/request-context';
import { DecisionQueries, type DecisionView } from '../../projections/decisions/decisions.queries';
import { RecordDecisionCommand } from './record-decision.command';
import { RecordDecisionDto } from './record-decision.request.dto';

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class RecordDecisionHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Post()
  @Roles('source-system', 'board-admin')
  @ApiOperation({
    summary: 'Record a decision: 201 created, 200 the same re-sent, 409 different content',
  })
  @ApiResponse({ status: 201, type: DecisionViewDto })
  @ApiResponse({
    status: 200,
    type: DecisionViewDto,
    description: 'the same externalId and content were already recorded',
  })
  async record(
    @Param() { boardId }: BoardParams,
    @Body() body: RecordDecisionDto,
    @Caller() caller: Principal,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DecisionView> {
    const outcome = await this.commands.execute(
      new RecordDecisionCommand({ ...body, boardId, sourceSystem: caller.name, meta }),
    );
    response.status(outcome.status === 'created' ? 201 : 200);
    return this.decisions.get(
      boardId,
      outcome.decisionId,
      this.clock.today(),
      maySeeConfidential(caller, boardId),
    );
  }
}
