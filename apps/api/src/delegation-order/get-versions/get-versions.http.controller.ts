import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type DelegationOrderVersion, VersionNotFoundError } from '@delegationsbeslut/domain';
import { BoardDirectory } from '../../application/board-directory.service';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { VersionListDto } from '../../http/api-responses.dto';
import { BoardParams, VersionParams } from '../../http/board-params';
import {
  DelegationOrderQueries,
  type VersionSummary,
} from '../../projections/delegation-order/delegation-order.queries';
import { AdoptVersionDto } from '../adopt-version/adopt-version.request.dto';
import { AtQuery } from './get-versions.request.dto';

const READERS = ['board-admin', 'auditor'] as const;

@ApiTags('delegation order')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/delegation-order')
export class GetVersionsHttpController {
  constructor(
    private readonly boards: BoardDirectory,
    private readonly versions: DelegationOrderQueries,
  ) {}

  @Get('versions')
  @ApiResponse({ status: 200, type: VersionListDto })
  @Roles(...READERS)
  list(@Param() { boardId }: BoardParams): { versions: VersionSummary[] } {
    this.boards.require(boardId);
    return { versions: this.versions.list(boardId) };
  }

  @Get('versions/:versionId')
  @ApiResponse({ status: 200, type: AdoptVersionDto })
  @Roles(...READERS)
  get(@Param() { boardId, versionId }: VersionParams): DelegationOrderVersion {
    this.boards.require(boardId);
    const version = this.versions.get(boardId, versionId);
    if (!version) throw new VersionNotFoundError(versionId);
    return version;
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The version in force on a date; 404 if none' })
  @ApiResponse({ status: 200, type: AdoptVersionDto })
  inForce(@Param() { boardId }: BoardParams, @Query() { at }: AtQuery): DelegationOrderVersion {
    this.boards.require(boardId);
    const version = this.versions.inForce(boardId, at);
    if (!version) throw new VersionNotFoundError(`in force on ${at}`);
    return version;
  }
}
