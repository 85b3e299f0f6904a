import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Clock } from '../../application/clock';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { QueueDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { QueueQuery } from './reporting-queue.request.dto';

@ApiTags('reporting')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId')
export class ReportingQueueHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Get('reporting-queue')
  @ApiResponse({ status: 200, type: QueueDto })
  @Roles('board-admin', 'auditor')
  @ApiOperation({
    summary:
      'The anmälan queue: every pending or overdue decision at its current step, oldest due first',
  })
  queue(@Param() { boardId }: BoardParams, @Query() query: QueueQuery) {
    this.boards.require(boardId);
    const today = this.clock.todayOr(query.today);
    return {
      today,
      ...this.decisions.queue(boardId, { bodyId: query.bodyId, status: query.status, today }),
    };
  }
}
