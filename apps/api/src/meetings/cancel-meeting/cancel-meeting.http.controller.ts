import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '../../application/command-meta';
import { ReasonDto } from '../../application/input/reason.dto';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { MeetingViewDto } from '../../http/api-responses.dto';
import { MeetingParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import { MeetingQueries, type MeetingView } from '../../projections/meetings/meetings.queries';
import { requireMeeting } from '../meeting-view';
import { CancelMeetingCommand } from './cancel-meeting.command';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/meetings')
export class CancelMeetingHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly meetings: MeetingQueries,
  ) {}

  @Post(':meetingId/cancel')
  @HttpCode(200)
  @Roles('board-admin')
  @ApiOperation({ summary: 'Cancel a meeting; 409 if it has received decisions' })
  @ApiResponse({ status: 200, type: MeetingViewDto })
  async cancel(
    @Param() { boardId, meetingId }: MeetingParams,
    @Body() { reason }: ReasonDto,
    @Meta() meta: CommandMeta,
  ): Promise<MeetingView> {
    await this.commands.execute(new CancelMeetingCommand({ boardId, meetingId, reason, meta }));
    return requireMeeting(this.meetings, boardId, meetingId);
  }
}
