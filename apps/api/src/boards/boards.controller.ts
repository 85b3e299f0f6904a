import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CommandMeta } from '../application/command-meta';
import { Roles } from '../auth/auth.guard';
import { BoardParams } from '../http/board-params';
import { Meta } from '../http/request-context';
import type { BoardView } from '../projections/boards/boards.projection';
import { BoardDirectory } from './board-directory.service';
import { DefineBoardDto } from './boards.dto';
import { DefineBoardCommand } from './define-board.handler';
import { ApiErrors } from '../http/api-errors.decorator';
import { BoardViewDto } from '../http/api-responses.dto';

@ApiTags('boards')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards')
export class BoardsController {
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
    const { created } = await this.commands.execute(new DefineBoardCommand(boardId, body, meta));
    response.status(created ? 201 : 200);
    return this.boards.require(boardId);
  }

  @Get(':boardId')
  @ApiResponse({ status: 200, type: BoardViewDto })
  @Roles('board-admin', 'auditor')
  get(@Param() { boardId }: BoardParams): BoardView {
    return this.boards.require(boardId);
  }
}
