import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMeta } from '../../application/command-meta';
import { BoardDirectory } from '../../application/board-directory.service';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { BoardViewDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import { Meta } from '../../http/request-context';
import type { BoardView } from '../../projections/boards/boards.queries';
import { DefineBoardCommand } from './define-board.command';
import { DefineBoardDto } from './define-board.request.dto';

@ApiTags('boards')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards')
export class DefineBoardHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly boards: BoardDirectory,
  ) {}

  @Put(':boardId')
  @Roles()
  @ApiOperation({ summary: 'Create (201) or update (200) a board and its bodies; admin only' })
  @ApiResponse({ status: 201, type: BoardViewDto })
  @ApiResponse({ status: 200, type: BoardViewDto })
  async define(
    @Param() { boardId }: BoardParams,
    @Body() body: DefineBoardDto,
    @Meta() meta: CommandMeta,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BoardView> {
    const { created } = await this.commands.execute(
      new DefineBoardCommand({ boardId, ...body, meta }),
    );
    response.status(created ? 201 : 200);
    return this.boards.require(boardId);
  }
}
