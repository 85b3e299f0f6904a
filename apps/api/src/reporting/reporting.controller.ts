import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import { MeetingNotFoundError } from '@delegationsbeslut/domain';
import { stockholmDate, type CommandMeta } from '../application/command-meta';
import { Roles } from '../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../auth/principal';
import { BoardDirectory } from '../boards/board-directory.service';
import { QueueQuery, TodayQuery } from '../decisions/queries/decision-queries.dto';
import { DecisionViews } from '../projections/decisions/decisions.queries';
import { BoardParams, MeetingParams } from '../http/board-params';
import { Caller, Meta } from '../http/request-context';
import { meetingQueries } from '../projections/meetings/meetings.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { ReportDecisionsCommand, type ReportResult } from './report-decisions.handler';
import { ReportDecisionsDto } from './reporting.dto';
import { ApiErrors } from '../http/api-errors.decorator';
import { QueueDto, ReportResultDto, ReportingListDto } from '../http/api-responses.dto';

const READERS = ['board-admin', 'auditor'] as const;

@ApiTags('reporting')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId')
export class ReportingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly boards: BoardDirectory,
    private readonly views: DecisionViews,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  @Get('meetings/:meetingId/reporting-list')
  @ApiResponse({ status: 200, type: ReportingListDto })
  @Roles(...READERS)
  @ApiOperation({
    summary:
      "The decisions to take to this meeting (anmälningslista): current step at the meeting's body, ready by its cutoff",
  })
  reportingList(
    @Param() { boardId, meetingId }: MeetingParams,
    @Query() query: TodayQuery,
    @Caller() caller: Principal,
  ) {
    this.boards.require(boardId);
    const meeting = meetingQueries.get(this.db, boardId, meetingId);
    if (!meeting) throw new MeetingNotFoundError(meetingId);
    return {
      meeting,
      items: this.views.reportingList(
        boardId,
        meeting,
        query.today ?? stockholmDate(),
        maySeeConfidential(caller, boardId),
      ),
    };
  }

  @Post('meetings/:meetingId/reports')
  @HttpCode(200)
  @Roles('board-admin')
  @ApiOperation({
    summary: 'Record that the meeting received these decisions (läggs till handlingarna)',
  })
  @ApiResponse({ status: 200, type: ReportResultDto })
  report(
    @Param() { boardId, meetingId }: MeetingParams,
    @Body() body: ReportDecisionsDto,
    @Meta() meta: CommandMeta,
  ): Promise<ReportResult> {
    return this.commands.execute(
      new ReportDecisionsCommand(boardId, meetingId, body.decisionIds, meta),
    );
  }

  @Get('reporting-queue')
  @ApiResponse({ status: 200, type: QueueDto })
  @Roles(...READERS)
  @ApiOperation({
    summary:
      'The anmälan queue: every pending or overdue decision at its current step, oldest due first',
  })
  queue(@Param() { boardId }: BoardParams, @Query() query: QueueQuery) {
    this.boards.require(boardId);
    const today = query.today ?? stockholmDate();
    return {
      today,
      ...this.views.queue(boardId, { bodyId: query.bodyId, status: query.status, today }),
    };
  }
}
