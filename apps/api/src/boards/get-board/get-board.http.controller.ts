import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { BoardDirectory } from '../../application/board-directory.service';
import { Roles } from '../../auth/auth.guard';
import { ApiErrors } from '../../http/api-errors.decorator';
import { BoardViewDto } from '../../http/api-responses.dto';
import { BoardParams } from '../../http/board-params';
import type { BoardView } from '../../projections/boards/boards.queries';

@ApiTags('boards')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/v1/boards')
export class GetBoardHttpController {
  constructor(private readonly boards: BoardDirectory) {}

  @Get(':boardId')
  @ApiResponse({ status: 200, type: BoardViewDto })
  @Roles('board-admin', 'auditor')
  get(@Param() { boardId }: BoardParams): BoardView {
    return this.boards.require(boardId);
  }
}
