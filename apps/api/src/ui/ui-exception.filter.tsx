import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { toApiError } from '../application/api-error';
import { sendPage } from './components';
import { ForbiddenPage } from './pages/forbidden.page';
import { MessagePage } from './pages/message.page';
import { UiSessions } from './session/ui-session.service';
import { UiForbidden, UiSignInRequired } from './session/ui.guard';
import { errorText } from './texts';
import { UI_PATHS } from './ui-paths';

/**
 * Errors on UI routes become pages in Swedish (the API keeps its JSON):
 * not signed in → the sign-in page, refused → the 403 page, anything else →
 * the API's status with its Swedish text.
 */
@Catch()
@Injectable()
export class UiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Ui');

  constructor(private readonly sessions: UiSessions) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof UiSignInRequired) {
      const query =
        exception.returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(exception.returnTo)}`;
      response.redirect(303, `${UI_PATHS.signIn}${query}`);
      return;
    }
    const user = request.session ? this.sessions.userOf(request) : undefined;
    const csrfToken = user ? this.sessions.csrfToken(request) : undefined;
    if (exception instanceof UiForbidden) {
      sendPage(
        response,
        403,
        <ForbiddenPage reason={exception.reason} user={user} csrfToken={csrfToken} />,
      );
      return;
    }
    const error = toApiError(exception);
    if (error.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception : String(exception));
    }
    const title =
      error.statusCode === 404 && exception instanceof HttpException
        ? 'Sidan finns inte'
        : 'Något gick fel';
    sendPage(
      response,
      error.statusCode,
      <MessagePage title={title} user={user} csrfToken={csrfToken}>
        <p>{errorText(error)}</p>
      </MessagePage>,
    );
  }
}
