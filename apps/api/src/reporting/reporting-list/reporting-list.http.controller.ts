import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Clock } from '../../application/clock';
import { TodayQuery } from '../../application/input/today.query';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { ReportingListDto } from '../../http/api-responses.dto';
import { MeetingParams } from '../../http/board-params';
import { Caller } from '../../http/request-context';
import { requireMeeting } from '../../meetings/meeting-view';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { MeetingQueries } from '../../projections/meetings/meetings.queries';

@ApiTags('reporting')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId')
export class ReportingListHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly meetings: MeetingQueries,
    private readonly decisions: DecisionQueries,
    private readonly clock: Clock,
  ) {}

  @Get('meetings/:meetingId/reporting-list')
  @ApiResponse({ status: 200, type: ReportingListDto })
  @Roles('board-admin', 'auditor')
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
    const meeting = requireMeeting(this.meetings, boardId, meetingId);
    return {
      meeting,
      items: this.decisions.reportingList(
        boardId,
        meeting,
        this.clock.todayOr(query.today),
        maySeeConfidential(caller, boardId),
      ),
    };
  }
}
