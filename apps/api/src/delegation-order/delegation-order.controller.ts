import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type Database from 'better-sqlite3';
import { type DelegationOrderVersion, VersionNotFoundError } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../application/command-meta';
import { Roles } from '../auth/auth.guard';
import { BoardDirectory } from '../boards/board-directory.service';
import { BoardParams, VersionParams } from '../http/board-params';
import { Meta } from '../http/request-context';
import {
  delegationOrderQueries,
  type VersionSummary,
} from '../projections/delegation-order/delegation-order.projection';
import { READ_MODEL_DB } from '../projections/read-model-database';
import { AdoptVersionCommand } from './adopt-version.handler';
import { AdoptVersionDto, AtQuery } from './delegation-order.dto';
import { ApiErrors } from '../http/api-errors.decorator';
import { VersionListDto } from '../http/api-responses.dto';

const READERS = ['board-admin', 'auditor'] as const;

@ApiTags('delegation order')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/delegation-order')
export class DelegationOrderController {
  constructor(
    private readonly commands: CommandBus,
    private readonly boards: BoardDirectory,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
  ) {}

  @Post('versions')
  @Roles('board-admin')
  @ApiOperation({
    summary: 'Adopt a new version; versions are append-only, effectiveFrom later than every other',
  })
  @ApiResponse({ status: 201, type: AdoptVersionDto })
  async adopt(
    @Param() { boardId }: BoardParams,
    @Body() body: AdoptVersionDto,
    @Meta() meta: CommandMeta,
  ): Promise<DelegationOrderVersion> {
    await this.commands.execute(new AdoptVersionCommand(boardId, body, meta));
    return this.version(boardId, body.versionId);
  }

  @Get('versions')
  @ApiResponse({ status: 200, type: VersionListDto })
  @Roles(...READERS)
  list(@Param() { boardId }: BoardParams): { versions: VersionSummary[] } {
    this.boards.require(boardId);
    return { versions: delegationOrderQueries.list(this.db, boardId) };
  }

  @Get('versions/:versionId')
  @ApiResponse({ status: 200, type: AdoptVersionDto })
  @Roles(...READERS)
  get(@Param() { boardId, versionId }: VersionParams): DelegationOrderVersion {
    this.boards.require(boardId);
    return this.version(boardId, versionId);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'The version in force on a date; 404 if none' })
  @ApiResponse({ status: 200, type: AdoptVersionDto })
  inForce(@Param() { boardId }: BoardParams, @Query() { at }: AtQuery): DelegationOrderVersion {
    this.boards.require(boardId);
    const version = delegationOrderQueries.inForce(this.db, boardId, at);
    if (!version) throw new VersionNotFoundError(`in force on ${at}`);
    return version;
  }

  private version(boardId: string, versionId: string): DelegationOrderVersion {
    const version = delegationOrderQueries.get(this.db, boardId, versionId);
    if (!version) throw new VersionNotFoundError(versionId);
    return version;
  }
}
