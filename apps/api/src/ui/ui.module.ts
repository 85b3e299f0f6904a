import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { type Request, type RequestHandler, urlencoded } from 'express';
import { AuthModule } from '../auth/auth.module';
import { ProjectionsModule } from '../projections/projections.module';
import { UiBoards } from './boards/ui-boards.adapter';
import { UiBoardsController } from './boards.controller';
import { UiSessions } from './session/ui-session.service';
import { UI_BODY_ERROR, UiGuard } from './session/ui.guard';
import { UiNotFoundController } from './not-found.controller';
import { SignInController } from './sign-in.controller';
import { StylesheetController } from './stylesheet.controller';
import { UiExceptionFilter } from './ui-exception.filter';
import { UiDecisionListController } from './screens/decisions/decision-list.controller';
import { UiDecisionController } from './screens/decisions/decision.controller';
import { UiFlagsController } from './screens/flaggor/flags.controller';
import { UiOverviewController } from './screens/oversikt/overview.controller';
import { UiQueueController } from './screens/anmalningsko/queue.controller';
import { MeetingScreenReads } from './screens/meetings/meeting-lists.service';
import { UiMeetingController } from './screens/meetings/meeting.controller';
import { UiMeetingsController } from './screens/meetings/meetings.controller';
import { UiBoardFormController } from './screens/board-admin/board-form.controller';
import { UiDelegationOrderController } from './screens/delegation-order/delegation-order.controller';
import { UiRevisionController } from './screens/revision/revision.controller';

/**
 * Controllers whose routes get form bodies and the session; a new screen's
 * controller goes here, before UiNotFoundController (routes match in order).
 */
const SESSION_CONTROLLERS = [
  SignInController,
  UiBoardsController,
  UiDecisionListController,
  UiDecisionController,
  UiOverviewController,
  UiQueueController,
  UiFlagsController,
  UiMeetingsController,
  UiMeetingController,
  UiBoardFormController,
  UiDelegationOrderController,
  UiRevisionController,
  UiNotFoundController,
];

/**
 * The web interface at `/` (the API stays under /api): server-rendered
 * pages, sessions and CSRF only on these routes.
 */
@Module({
  imports: [ProjectionsModule, AuthModule],
  controllers: [...SESSION_CONTROLLERS, StylesheetController],
  providers: [UiSessions, UiGuard, UiExceptionFilter, UiBoards, MeetingScreenReads],
})
export class UiModule implements NestModule {
  constructor(private readonly sessions: UiSessions) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(formBodies(), this.sessions.middleware).forRoutes(...SESSION_CONTROLLERS);
  }
}

/**
 * Form bodies; a body the parser refuses (too large, malformed) is kept for
 * UiGuard to throw, so it becomes a Swedish page rather than the API's JSON.
 */
function formBodies(): RequestHandler {
  const parse = urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 });
  return (request, response, next) =>
    parse(request, response, (error?: unknown) => {
      if (error) (request as Request & { [UI_BODY_ERROR]?: unknown })[UI_BODY_ERROR] = error;
      next();
    });
}
