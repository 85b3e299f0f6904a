import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import { MeetingNotFoundError } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { Roles } from '../auth/auth.guard';
import { BoardDirectory } from '../boards/board-directory.service';
import { ReasonDto } from '../http/reason.dto';
import { BoardParams, MeetingParams } from '../http/board-params';
import { Meta } from '../http/request-context';
import { meetingQueries, type MeetingView } from '../projections/meetings/meetings.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { CancelMeetingCommand } from './cancel-meeting/cancel-meeting.handler';
import { ScheduleMeetingCommand } from './schedule-meeting/schedule-meeting.handler';
import { MeetingsQuery, ScheduleMeetingDto } from './meetings.dto';
import { ApiErrors } from '../http/api-errors.decorator';
import { MeetingListDto, MeetingViewDto } from '../http/api-responses.dto';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly boards: BoardDirectory,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  @Post()
  @Roles('board-admin')
  @ApiOperation({ summary: 'Schedule a meeting (sammanträde) of a body' })
  @ApiResponse({ status: 201, type: MeetingViewDto })
  async schedule(
    @Param() { boardId }: BoardParams,
    @Body() body: ScheduleMeetingDto,
    @Meta() meta: CommandMeta,
  ): Promise<MeetingView> {
    await this.commands.execute(new ScheduleMeetingCommand(boardId, body, meta));
    return this.meeting(boardId, body.meetingId);
  }

  @Get()
  @ApiResponse({ status: 200, type: MeetingListDto })
  @Roles('board-admin', 'auditor')
  list(
    @Param() { boardId }: BoardParams,
    @Query() query: MeetingsQuery,
  ): { meetings: MeetingView[] } {
    this.boards.require(boardId);
    return { meetings: meetingQueries.list(this.db, boardId, query) };
  }

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @Roles('board-admin')
  @ApiOperation({ summary: 'Cancel a meeting; 409 if it has received decisions' })
  @ApiResponse({ status: 200, type: MeetingViewDto })
  async cancel(
    @Param() { boardId, meetingId }: MeetingParams,
    @Body() body: ReasonDto,
    @Meta() meta: CommandMeta,
  ): Promise<MeetingView> {
    await this.commands.execute(new CancelMeetingCommand(boardId, meetingId, body.reason, meta));
    return this.meeting(boardId, meetingId);
  }

  private meeting(boardId: string, meetingId: string): MeetingView {
    const meeting = meetingQueries.get(this.db, boardId, meetingId);
    if (!meeting) throw new MeetingNotFoundError(meetingId);
    return meeting;
  }
}
