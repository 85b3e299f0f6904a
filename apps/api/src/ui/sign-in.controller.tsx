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
import { sendPage } from './components';
import { ForbiddenPage } from './pages/forbidden.page';
import { SignInPage } from './pages/sign-in.page';
import { UiSessions } from './session/ui-session.service';
import { UiGuard, UiPublic, type UiRequest } from './session/ui.guard';
import { UiExceptionFilter } from './ui-exception.filter';
import { UI_PATHS, safeLocalPath } from './ui-paths';

/** Where a signed-in browser lands: the start page, which lists the boards. */
const AFTER_SIGN_IN = UI_PATHS.boards;

/** Sign-in with a token, sign-out, and the root that sends a browser to one or the other. */
@ApiExcludeController()
@Public()
@UseGuards(UiGuard)
@UseFilters(UiExceptionFilter)
@Controller()
export class SignInController {
  constructor(private readonly sessions: UiSessions) {}

  @Get()
  @UiPublic()
  root(@Req() request: Request, @Res() response: Response): void {
    response.redirect(303, this.sessions.userOf(request) ? AFTER_SIGN_IN : UI_PATHS.signIn);
  }

  @Get('logga-in')
  @UiPublic()
  form(
    @Req() request: Request,
    @Res() response: Response,
    @Query('returnTo') returnTo?: string,
    @Query('utloggad') signedOut?: string,
  ): void {
    if (this.sessions.userOf(request)) {
      response.redirect(303, safeLocalPath(returnTo) ?? AFTER_SIGN_IN);
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
    response.redirect(303, returnTo ?? AFTER_SIGN_IN);
  }

  @Post('logga-ut')
  @UiPublic()
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.sessions.signOut(request, response);
    response.redirect(303, `${UI_PATHS.signIn}?utloggad=1`);
  }

  private again(request: Request, response: Response, error: string, returnTo?: string): void {
    sendPage(
      response,
      401,
      <SignInPage csrfToken={this.sessions.csrfToken(request)} error={error} returnTo={returnTo} />,
    );
  }
}
