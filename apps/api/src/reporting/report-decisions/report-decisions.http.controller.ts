import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { ReportResultDto } from '../../http/api-responses.dto';
import { MeetingParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import { ReportDecisionsCommand, type ReportResult } from './report-decisions.command';
import { ReportDecisionsDto } from './report-decisions.request.dto';

@ApiTags('reporting')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId')
export class ReportDecisionsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('meetings/:meetingId/reports')
  @HttpCode(200)
  @Roles('board-admin')
  @ApiOperation({
    summary: 'Record that the meeting received these decisions (läggs till handlingarna)',
  })
  @ApiResponse({ status: 200, type: ReportResultDto })
  report(
    @Param() { boardId, meetingId }: MeetingParams,
    @Body() { decisionIds, minutesParagraph }: ReportDecisionsDto,
    @Meta() meta: CommandMeta,
  ): Promise<ReportResult> {
    return this.commands.execute(
      new ReportDecisionsCommand({ boardId, meetingId, decisionIds, minutesParagraph, meta }),
    );
  }
}
