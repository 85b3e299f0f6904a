import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { MeetingListDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { MeetingQueries, type MeetingView } from '../../projections/meetings/meetings.queries';
import { MeetingsQuery } from './list-meetings.request.dto';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/meetings')
export class ListMeetingsHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly meetings: MeetingQueries,
  ) {}

  @Get()
  @ApiResponse({ status: 200, type: MeetingListDto })
  @Roles('board-admin', 'auditor')
  list(
    @Param() { boardId }: BoardParams,
    @Query() query: MeetingsQuery,
  ): { meetings: MeetingView[] } {
    this.boards.require(boardId);
    return { meetings: this.meetings.list(boardId, query) };
  }
}
