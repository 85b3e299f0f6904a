import {
  Body,
  Controller,
  Get,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.guard';
import { UiBoards } from './boards/ui-boards.adapter';
import { sendPage } from './components';
import { ForbiddenPage } from './pages/forbidden.page';
import { SignInPage } from './pages/sign-in.page';
import { UiSessions } from './session/ui-session.service';
import { UiGuard, UiPublic, type UiRequest } from './session/ui.guard';
import { UiExceptionFilter } from './ui-exception.filter';
import type { UiUser } from './session/ui-user';
import { UI_PATHS, safeLocalPath, screenPath } from './ui-paths';

/** Sign-in with a token, sign-out, and the root that sends a browser to one or the other. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller()
export class SignInController {
  constructor(
    private readonly sessions: UiSessions,
    private readonly boards: UiBoards,
  ) {}

  @Get()
  @UiPublic()
  root(@Req() request: Request, @Res() response: Response): void {
    const user = this.sessions.userOf(request);
    response.redirect(303, user ? this.afterSignIn(user) : UI_PATHS.signIn);
  }

  @Get('logga-in')
  @UiPublic()
  form(
    @Req() request: Request,
    @Res() response: Response,
    @Query('returnTo') returnTo?: string,
    @Query('utloggad') signedOut?: string,
  ): void {
    const user = this.sessions.userOf(request);
    if (user) {
      response.redirect(303, safeLocalPath(returnTo) ?? this.afterSignIn(user));
      return;
    }
    sendPage(
      response,
      200,
      <SignInPage
        csrfToken={this.sessions.csrfToken(request)}
        signedOut={signedOut === '1'}
        returnTo={safeLocalPath(returnTo)}
      />,
    );
  }

  @Post('logga-in')
  @UiPublic()
  async signIn(
    @Req() request: UiRequest,
    @Res() response: Response,
    @Body() body: Record<string, unknown>,
  ): Promise<void> {
    const token = typeof body?.token === 'string' ? body.token : '';
    const returnTo = safeLocalPath(body?.returnTo);
    if (token.trim() === '') {
      this.again(request, response, 'Ange din nyckel.', returnTo);
      return;
    }
    const outcome = await this.sessions.signIn(request, token);
    if (outcome === 'unknown-token') {
      this.again(
        request,
        response,
        'Nyckeln är inte giltig. Kontrollera att du har skrivit den rätt.',
        returnTo,
      );
      return;
    }
    if (outcome === 'not-for-the-interface') {
      sendPage(response, 403, <ForbiddenPage reason="source-system" />);
      return;
    }
    const user = this.sessions.userOf(request);
    response.redirect(303, returnTo ?? (user ? this.afterSignIn(user) : UI_PATHS.boards));
  }

  @Post('logga-ut')
  @UiPublic()
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.sessions.signOut(request, response);
    response.redirect(303, `${UI_PATHS.signIn}?utloggad=1`);
  }

  /**
   * Where a signed-in browser lands: the översikt of the first of the
   * person's boards (the start page lists them all), or the start page when
   * there is none.
   */
  private afterSignIn(user: UiUser): string {
    const [first] = this.boards.readableBy(user);
    return first ? screenPath(first.boardId, 'oversikt') : UI_PATHS.boards;
  }

  private again(request: Request, response: Response, error: string, returnTo?: string): void {
    sendPage(
      response,
      401,
      <SignInPage csrfToken={this.sessions.csrfToken(request)} error={error} returnTo={returnTo} />,
    );
  }
}
