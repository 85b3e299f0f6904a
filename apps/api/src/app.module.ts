import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { StreamCommands } from './application/stream-commands.service';
import { AuditController } from './audit/audit.controller';
import { API_TOKENS, loadApiTokens } from './auth/api-tokens';
import { AuthGuard } from './auth/auth.guard';
import { BoardDirectory } from './boards/board-directory.service';
import { BoardsController } from './boards/boards.controller';
import { DefineBoardHandler } from './boards/define-board.handler';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AmendDecisionHandler } from './decisions/amend-decision/amend-decision.handler';
import { AnnulDecisionHandler } from './decisions/annul-decision/annul-decision.handler';
import { DecisionsController } from './decisions/decisions.controller';
import { DecisionHistoryQuery } from './decisions/queries/decision-history.query';
import { DecisionViews } from './projections/decisions/decisions.queries';
import { RecordDecisionHandler } from './decisions/record-decision/record-decision.handler';
import { RecordDecisionsBatch } from './decisions/record-decision/record-decisions-batch.service';
import { AdoptVersionHandler } from './delegation-order/adopt-version.handler';
import { DelegationOrderController } from './delegation-order/delegation-order.controller';
import { EventStoreCloser, eventStoreProvider } from './event-store/event-store.provider';
import { HealthContributors } from './health/health-contributors';
import { HealthController } from './health/health.controller';
import { KafkaModule } from './kafka/kafka.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { validationPipe } from './http/validation';
import { CancelMeetingHandler } from './meetings/cancel-meeting/cancel-meeting.handler';
import { ScheduleMeetingHandler } from './meetings/schedule-meeting/schedule-meeting.handler';
import { MeetingsController } from './meetings/meetings.controller';
import { ProjectionsModule } from './projections/projections.module';
import { ReportDecisionsHandler } from './reporting/report-decisions.handler';
import { ReportingController } from './reporting/reporting.controller';
import { UiModule } from './ui/ui.module';

/** Infrastructure every slice shares: configuration, the event store, health. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        eventStoreProvider,
        EventStoreCloser,
        HealthContributors,
      ],
      exports: [APP_CONFIG, eventStoreProvider, HealthContributors],
    };
  }
}

const COMMAND_HANDLERS = [
  DefineBoardHandler,
  AdoptVersionHandler,
  ScheduleMeetingHandler,
  CancelMeetingHandler,
  ReportDecisionsHandler,
  RecordDecisionHandler,
  AmendDecisionHandler,
  AnnulDecisionHandler,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        CqrsModule.forRoot(),
        ProjectionsModule,
        KafkaModule.forRoot(config),
        UiModule,
      ],
      controllers: [
        HealthController,
        BoardsController,
        DelegationOrderController,
        MeetingsController,
        DecisionsController,
        ReportingController,
        AuditController,
      ],
      providers: [
        {
          provide: API_TOKENS,
          useFactory: () => {
            const logger = new Logger('Auth');
            return loadApiTokens(config, (message) => logger.log(message));
          },
        },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useValue: validationPipe },
        StreamCommands,
        BoardDirectory,
        DecisionViews,
        DecisionHistoryQuery,
        RecordDecisionsBatch,
        ...COMMAND_HANDLERS,
      ],
    };
  }
}
