import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { stockholmDate } from '../application/command-meta';
import type { CommandMeta } from '../application/command-meta';
import { Roles } from '../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../auth/principal';
import { BoardDirectory } from '../boards/board-directory.service';
import { BoardParams, DecisionParams } from '../http/board-params';
import { Caller, Meta } from '../http/request-context';
import { AmendDecisionCommand } from './amend-decision/amend-decision.command';
import { AnnulDecisionCommand } from './annul-decision/annul-decision.command';
import { ReasonDto } from '../http/reason.dto';
import { AmendDecisionDto } from './amend-decision/amend-decision.dto';
import { DecisionHistoryQuery } from './queries/decision-history.query';
import { ListDecisionsQuery, TodayQuery } from './queries/decision-queries.dto';
import { type DecisionView, DecisionViews } from '../projections/decisions/decisions.queries';
import { RecordDecisionCommand } from './record-decision/record-decision.command';
import { RecordDecisionDto } from './record-decision/record-decision.dto';
import {
  RecordDecisionsBatch,
  type BatchResult,
} from './record-decision/record-decisions-batch.service';
import { BatchDto } from './record-decision/record-decisions-batch.dto';
import { ApiErrors } from '../http/api-errors.decorator';
import {
  BatchResponseDto,
  DecisionPageDto,
  DecisionViewDto,
  HistoryDto,
} from '../http/api-responses.dto';

/** A source system changes only its own decisions; board admins and admins any of the board's. */
const authorityOf = (caller: Principal) =>
  caller.roles.includes('source-system') &&
  !caller.roles.some((r) => r === 'admin' || r === 'board-admin')
    ? { sourceSystem: caller.name }
    : {};

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class DecisionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly views: DecisionViews,
    private readonly boards: BoardDirectory,
    private readonly batch: RecordDecisionsBatch,
    private readonly history: DecisionHistoryQuery,
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
      new RecordDecisionCommand(boardId, caller.name, body, meta),
    );
    response.status(outcome.status === 'created' ? 201 : 200);
    return this.views.get(
      boardId,
      outcome.decisionId,
      stockholmDate(),
      maySeeConfidential(caller, boardId),
    );
  }

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
    return this.batch.record(boardId, caller.name, body.decisions, meta);
  }

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
    return this.views.list(
      boardId,
      { ...query, today: query.today ?? stockholmDate(), limit: query.limit ?? 100 },
      maySeeConfidential(caller, boardId),
    );
  }

  @Get(':decisionId')
  @Roles('source-system', 'board-admin', 'auditor')
  @ApiResponse({ status: 200, type: DecisionViewDto })
  get(
    @Param() { boardId, decisionId }: DecisionParams,
    @Query() query: TodayQuery,
    @Caller() caller: Principal,
  ) {
    this.boards.require(boardId);
    return this.views.get(
      boardId,
      decisionId,
      query.today ?? stockholmDate(),
      maySeeConfidential(caller, boardId),
    );
  }

  @Get(':decisionId/history')
  @Roles('source-system', 'board-admin', 'auditor')
  @ApiOperation({
    summary: 'Every event that concerns the decision, wherever it is stored, with who and when',
  })
  @ApiResponse({ status: 200, type: HistoryDto })
  getHistory(@Param() { boardId, decisionId }: DecisionParams, @Caller() caller: Principal) {
    return this.history.events(boardId, decisionId, maySeeConfidential(caller, boardId));
  }

  @Post(':decisionId/amend')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: DecisionViewDto })
  @Roles('source-system', 'board-admin')
  async amend(
    @Param() { boardId, decisionId }: DecisionParams,
    @Body() body: AmendDecisionDto,
    @Caller() caller: Principal,
    @Meta() meta: CommandMeta,
  ): Promise<DecisionView> {
    await this.commands.execute(
      new AmendDecisionCommand(
        boardId,
        decisionId,
        body.changes,
        body.reason,
        authorityOf(caller),
        meta,
      ),
    );
    return this.views.get(
      boardId,
      decisionId,
      stockholmDate(),
      maySeeConfidential(caller, boardId),
    );
  }

  @Post(':decisionId/annul')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: DecisionViewDto })
  @Roles('source-system', 'board-admin')
  async annul(
    @Param() { boardId, decisionId }: DecisionParams,
    @Body() body: ReasonDto,
    @Caller() caller: Principal,
    @Meta() meta: CommandMeta,
  ): Promise<DecisionView> {
    await this.commands.execute(
      new AnnulDecisionCommand(boardId, decisionId, body.reason, authorityOf(caller), meta),
    );
    return this.views.get(
      boardId,
      decisionId,
      stockholmDate(),
      maySeeConfidential(caller, boardId),
    );
  }
}
