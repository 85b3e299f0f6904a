import {
  Body,
  Controller,
  Get,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { toApiError } from '../../../application/api-error';
import { commandMeta } from '../../../application/command-meta';
import { Public } from '../../../auth/auth.guard';
import { DefineBoardCommand } from '../../../boards/define-board/define-board.command';
import { BoardQueries } from '../../../projections/boards/boards.queries';
import { type FieldError, sendPage } from '../../components';
import { UiSessions } from '../../session/ui-session.service';
import { UiGuard, type UiRequest, UiRoles } from '../../session/ui.guard';
import { UiExceptionFilter } from '../../ui-exception.filter';
import { UI_PATHS } from '../../ui-paths';
import { BoardFormPage } from './board-form.page';
import {
  type BoardForm,
  boardFormFrom,
  boardFormOf,
  boardRefusal,
  checkBoardForm,
  emptyBoardForm,
  withOneMoreRow,
} from './board-form.view-model';
import { requireBoard } from '../board-screen';

export const boardEditPath = (boardId: string): string =>
  `${UI_PATHS.boards}/${encodeURIComponent(boardId)}/andra`;
export const NEW_BOARD_PATH = `${UI_PATHS.boards}/ny`;

/**
 * Board administration for the admin (the API's PUT /boards/{id} is admin
 * only): a new board, or a board's name and bodies changed, through
 * DefineBoardCommand as the API does.
 */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@UiRoles('admin')
@Controller('namnder')
export class UiBoardFormController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly commands: CommandBus,
    private readonly boards: BoardQueries,
  ) {}

  @Get('ny')
  newBoard(@Req() request: UiRequest, @Res() response: Response): void {
    this.show(request, response, 200, 'new', emptyBoardForm());
  }

  @Post('ny')
  async create(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const form = boardFormFrom(body);
    if (body.atgard === 'lagg-till-rad') {
      this.show(request, response, 200, 'new', withOneMoreRow(form));
      return;
    }
    // PUT creates or replaces; this form only creates, so an existing id is not overwritten
    if (form.boardId !== '' && this.boards.find(form.boardId)) {
      this.show(request, response, 409, 'new', form, [
        {
          field: 'boardId',
          message: 'Det finns redan en nämnd med det id:t. Ändra den i stället.',
        },
      ]);
      return;
    }
    await this.save(request, response, 'new', form);
  }

  @Get(':boardId/andra')
  edit(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Query('sparad') saved?: string,
  ): void {
    this.show(
      request,
      response,
      200,
      'edit',
      boardFormOf(this.require(boardId)),
      [],
      saved === '1',
    );
  }

  @Post(':boardId/andra')
  async update(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Param('boardId') boardId: string,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    this.require(boardId);
    const form = boardFormFrom(body, boardId);
    if (body.atgard === 'lagg-till-rad') {
      this.show(request, response, 200, 'edit', withOneMoreRow(form));
      return;
    }
    await this.save(request, response, 'edit', form);
  }

  private async save(
    request: UiRequest,
    response: Response,
    mode: 'new' | 'edit',
    form: BoardForm,
  ): Promise<void> {
    const checked = await checkBoardForm(form);
    if ('errors' in checked) {
      this.show(request, response, 400, mode, form, checked.errors);
      return;
    }
    const before = this.boards.find(form.boardId);
    try {
      await this.commands.execute(
        new DefineBoardCommand({
          boardId: form.boardId,
          ...checked.ok,
          meta: commandMeta(request.uiUser.name),
        }),
      );
    } catch (error) {
      const refused = boardRefusal(error, form, before);
      this.show(request, response, toApiError(error).statusCode, mode, form, refused);
      return;
    }
    response.redirect(303, `${boardEditPath(form.boardId)}?sparad=1`);
  }

  private require(boardId: string) {
    return requireBoard(this.boards, boardId);
  }

  private show(
    request: UiRequest,
    response: Response,
    status: number,
    mode: 'new' | 'edit',
    form: BoardForm,
    errors: readonly FieldError[] = [],
    saved = false,
  ): void {
    sendPage(
      response,
      status,
      <BoardFormPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        mode={mode}
        action={mode === 'new' ? NEW_BOARD_PATH : boardEditPath(form.boardId)}
        form={form}
        errors={errors}
        saved={saved}
      />,
    );
  }
}
