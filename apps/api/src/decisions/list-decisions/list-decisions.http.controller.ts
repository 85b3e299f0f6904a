import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Clock } from '../../application/clock';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { DecisionPageDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { Caller } from '../../http/request-context';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { ListDecisionsQuery } from './list-decisions.request.dto';

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class ListDecisionsHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('source-system', 'board-admin', 'auditor')
  @ApiOperation({
    summary: 'Decisions of the board, filtered, in decision-date order, a page at a time',
  })
  @ApiResponse({ status: 200, type: DecisionPageDto })
  list(
    @Param() { boardId }: BoardParams,
    @Query() query: ListDecisionsQuery,
    @Caller() caller: Principal,
  ) {
    this.boards.require(boardId);
    const maySee = maySeeConfidential(caller, boardId);
    // a caller who sees case numbers masked may not search them out either
    const { caseRef, ...filters } = query;
    return this.decisions.list(
      boardId,
      {
        ...filters,
        ...(maySee && { caseRef }),
        today: this.clock.todayOr(query.today),
        limit: query.limit ?? 100,
      },
      maySee,
    );
  }
}
