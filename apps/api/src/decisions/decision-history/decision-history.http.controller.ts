import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DecisionNotFoundError } from '@delegationsbeslut/domain';
import { Roles } from '../../auth/auth.guard';
import { maySeeConfidential, type Principal } from '../../auth/principal';
import { ApiErrors } from '../../http/api-errors.decorator';
import { HistoryDto } from '../../http/api-responses.dto';
import { DecisionParams } from '../../http/board-params';
import { Caller } from '../../http/request-context';
import { DecisionQueries } from '../../projections/decisions/decisions.queries';
import { EventLogQueries } from '../../projections/event-log/event-log.queries';
import { maskConfidentialEvents } from '../confidential-masking.policy';

export interface HistoryEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
}

@ApiTags('decisions')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/decisions')
export class DecisionHistoryHttpController {
  constructor(
    private readonly eventLog: EventLogQueries,
    private readonly decisions: DecisionQueries,
  ) {}

  @Get(':decisionId/history')
  @Roles('source-system', 'board-admin', 'auditor')
  @ApiOperation({
    summary: 'Every event that concerns the decision, wherever it is stored, with who and when',
  })
  @ApiResponse({ status: 200, type: HistoryDto })
  history(
    @Param() { boardId, decisionId }: DecisionParams,
    @Caller() caller: Principal,
  ): { events: HistoryEntry[] } {
    const logged = this.eventLog.decisionHistory(decisionId);
    const first = logged[0]?.data as { boardId?: string } | undefined;
    if (!first || first.boardId !== boardId) throw new DecisionNotFoundError(decisionId);
    const maySee = maySeeConfidential(caller, boardId);
    const visible = maskConfidentialEvents(logged, this.decisions.confidentiality(), () => maySee);
    return {
      events: visible.map((e) => ({
        position: e.position,
        type: e.type,
        recordedAt: e.recordedAt,
        actor: e.actor,
        data: e.data,
      })),
    };
  }
}
