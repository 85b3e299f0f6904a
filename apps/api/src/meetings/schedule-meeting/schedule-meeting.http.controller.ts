import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { MeetingViewDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import { MeetingQueries, type MeetingView } from '../../projections/meetings/meetings.queries';
import { requireMeeting } from '../meeting-view';
import { ScheduleMeetingCommand } from './schedule-meeting.command';
import { ScheduleMeetingDto } from './schedule-meeting.request.dto';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/meetings')
export class ScheduleMeetingHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly meetings: MeetingQueries,
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
    await this.commands.execute(new ScheduleMeetingCommand({ boardId, ...body, meta }));
    return requireMeeting(this.meetings, boardId, body.meetingId);
  }
}
