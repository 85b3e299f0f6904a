import { Controller, Get, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.guard';
import { UiBoards } from './boards/ui-boards.adapter';
import { sendPage } from './components';
import { BoardsPage } from './pages/boards.page';
import { UiSessions } from './session/ui-session.service';
import { UiGuard, type UiRequest } from './session/ui.guard';
import { UiExceptionFilter } from './ui-exception.filter';

/** The start page: the boards the signed-in person may see. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller('namnder')
export class UiBoardsController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: UiBoards,
  ) {}

  @Get()
  list(@Req() request: UiRequest, @Res() response: Response): void {
    sendPage(
      response,
      200,
      <BoardsPage
        user={request.uiUser}
        csrfToken={this.sessions.csrfToken(request)}
        boards={this.boards.readableBy(request.uiUser)}
      />,
    );
  }
}
