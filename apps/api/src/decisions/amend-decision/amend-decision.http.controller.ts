import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Clock } from '../../application/clock';
import type { CommandMeta } from '../../application/command-meta';
import { AmendDecisionDto } from './amend-decision.request.dto';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { DecisionViewDto } from '../../http/api-responses.dto';
import { DecisionParams } from '../../http/board-params';
import { Caller, Meta } from '../../http/request-context';
import { DecisionQueries, type DecisionView } from '../../projections/decisions/decisions.queries';
import { actingSourceSystemOf } from '../acting-source-system';
import { AmendDecisionCommand } from './amend-decision.command';

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class AmendDecisionHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Post(':decisionId/amend')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: DecisionViewDto })
  @Roles('source-system', 'board-admin')
  async amend(
    @Param() { boardId, decisionId }: DecisionParams,
    @Body() { changes, reason }: AmendDecisionDto,
    @Caller() caller: Principal,
    @Meta() meta: CommandMeta,
  ): Promise<DecisionView> {
    await this.commands.execute(
      new AmendDecisionCommand({
        boardId,
        decisionId,
        changes,
        reason,
        actingSourceSystem: actingSourceSystemOf(caller),
        meta,
      }),
    );
    return this.decisions.get(
      boardId,
      decisionId,
      this.clock.today(),
      maySeeConfidential(caller, boardId),
    );
  }
}
