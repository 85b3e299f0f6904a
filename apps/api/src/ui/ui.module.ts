import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { urlencoded } from 'express';
import { ProjectionsModule } from '../projections/projections.module';
import { UiBoards } from './boards/ui-boards.adapter';
import { UiBoardsController } from './boards.controller';
import { UiSessions } from './session/ui-session.service';
import { uiTokensProvider } from './session/ui-tokens';
import { UiGuard } from './session/ui.guard';
import { UiNotFoundController } from './not-found.controller';
import { SignInController } from './sign-in.controller';
import { StylesheetController } from './stylesheet.controller';
import { UiExceptionFilter } from './ui-exception.filter';

/**
 * Controllers whose routes get form bodies and the session; a new screen's
 * controller goes here, before UiNotFoundController (routes match in order).
 */
const SESSION_CONTROLLERS = [SignInController, UiBoardsController, UiNotFoundController];

/**
 * The web interface at `/` (the API stays under /api): server-rendered
 * pages, sessions and CSRF only on these routes.
 */
@Module({
  imports: [ProjectionsModule],
  controllers: [...SESSION_CONTROLLERS, StylesheetController],
  providers: [uiTokensProvider, UiSessions, UiGuard, UiExceptionFilter, UiBoards],
})
export class UiModule implements NestModule {
  constructor(private readonly sessions: UiSessions) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(
        urlencoded({ extended: false, limit: '100kb', parameterLimit: 200 }),
        this.sessions.middleware,
      )
      .forRoutes(...SESSION_CONTROLLERS);
  }
}
