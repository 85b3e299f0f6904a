import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { WithdrawResultDto } from '../../http/api-responses.dto';
import { MeetingParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import { WithdrawReportsCommand, type WithdrawResult } from './withdraw-reports.command';
import { WithdrawReportsDto } from './withdraw-reports.request.dto';

@ApiTags('reporting')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId')
export class WithdrawReportsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('meetings/:meetingId/reports/withdraw')
  @HttpCode(200)
  @Roles('board-admin')
  @ApiOperation({
    summary:
      'Withdraw reports recorded at this meeting by mistake; each decision is judged as if not reported there',
  })
  @ApiResponse({ status: 200, type: WithdrawResultDto })
  withdraw(
    @Param() { boardId, meetingId }: MeetingParams,
    @Body() { decisionIds, reason }: WithdrawReportsDto,
    @Meta() meta: CommandMeta,
  ): Promise<WithdrawResult> {
    return this.commands.execute(
      new WithdrawReportsCommand({ boardId, meetingId, decisionIds, reason, meta }),
    );
  }
}
