import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Clock } from '../../application/clock';
import { TodayQuery } from '../../application/input/today.query';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { DecisionViewDto } from '../../http/api-responses.dto';
import { DecisionParams } from '../../http/board-params';
import { Caller } from '../../http/request-context';
import { DecisionQueries, type DecisionView } from '../../projections/decisions/decisions.queries';

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class GetDecisionHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Get(':decisionId')
  @Roles('source-system', 'board-admin', 'auditor')
  @ApiResponse({ status: 200, type: DecisionViewDto })
  get(
    @Param() { boardId, decisionId }: DecisionParams,
    @Query() query: TodayQuery,
    @Caller() caller: Principal,
  ): DecisionView {
    this.boards.require(boardId);
    return this.decisions.get(
      boardId,
      decisionId,
      this.clock.todayOr(query.today),
      maySeeConfidential(caller, boardId),
    );
  }
}
