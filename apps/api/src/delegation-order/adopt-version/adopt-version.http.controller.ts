import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type DelegationOrderVersion, VersionNotFoundError } from '@delegationsbeslut/domain';
import type { CommandMeta } from '../../application/command-meta';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { BoardParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import { DelegationOrderQueries } from '../../projections/delegation-order/delegation-order.queries';
import { AdoptVersionCommand } from './adopt-version.command';
import { AdoptVersionDto } from './adopt-version.request.dto';

@ApiTags('delegation order')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards/:boardId/delegation-order')
export class AdoptVersionHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly versions: DelegationOrderQueries,
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
    await this.commands.execute(new AdoptVersionCommand({ boardId, ...body, meta }));
    const version = this.versions.get(boardId, body.versionId);
    if (!version) throw new VersionNotFoundError(body.versionId);
    return version;
  }
}
