import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  compareVersions,
  type VersionComparison,
  VersionNotFoundError,
} from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { VersionComparisonDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { DelegationOrderQueries } from '../../projections/delegation-order/delegation-order.queries';
import { CompareQuery } from './compare-versions.request.dto';

@ApiTags('delegation order')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/delegation-order')
export class CompareVersionsHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly versions: DelegationOrderQueries,
  ) {}

  @Get('compare')
  @Roles('board-admin', 'auditor')
  @ApiOperation({
    summary: 'Compare two versions: items added, removed and changed, and the default route',
  })
  @ApiResponse({ status: 200, type: VersionComparisonDto })
  compare(@Param() { boardId }: BoardParams, @Query() query: CompareQuery): VersionComparison {
    this.boards.require(boardId);
    const version = (versionId: string) => {
      const found = this.versions.get(boardId, versionId);
      if (!found) throw new VersionNotFoundError(versionId);
      return found;
    };
    return compareVersions(version(query.from), version(query.to));
  }
}
