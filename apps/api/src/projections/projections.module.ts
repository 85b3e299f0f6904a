import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type Database from 'better-sqlite3';
import type { EventStore } from '@delegationsbeslut/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { HealthContributors } from '../health/health-contributors';
import { AlertsOutboxListener } from '../alerts/alerts-outbox.listener';
import { BoardsProjection } from './boards/boards.projection';
import { BoardQueries } from './boards/boards.queries';
import { DecisionsProjection } from './decisions/decisions.projection';
import { DecisionQueries } from './decisions/decisions.queries';
import { DelegationOrderProjection } from './delegation-order/delegation-order.projection';
import { DelegationOrderQueries } from './delegation-order/delegation-order.queries';
import { EventLogProjection } from './event-log/event-log.projection';
import { EventLogQueries } from './event-log/event-log.queries';
import { MeetingsProjection } from './meetings/meetings.projection';
import { MeetingQueries } from './meetings/meetings.queries';
import { ProjectionRunner } from './projection-runner';
import { openReadModelDatabase, READ_MODEL_DB } from './read-model-database';

export function allProjections() {
  return [
    new BoardsProjection(),
    new DelegationOrderProjection(),
    new MeetingsProjection(),
    // the alerts outbox is written in the projection's transaction, Kafka on or off
    new DecisionsProjection([new AlertsOutboxListener()]),
    new EventLogProjection(),
  ];
}

/** The one way to read a projection: its own query class (docs/architecture.md). */
const QUERIES = [
  BoardQueries,
  DelegationOrderQueries,
  MeetingQueries,
  DecisionQueries,
  EventLogQueries,
];

@Module({
  providers: [
    {
      provide: READ_MODEL_DB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openReadModelDatabase(config.dataDir),
    },
    {
      provide: ProjectionRunner,
      inject: [READ_MODEL_DB, EVENT_STORE],
      useFactory: (db: Database.Database, store: EventStore) => {
        const logger = new Logger('Projections');
        return new ProjectionRunner(db, store, allProjections(), (error) =>
          logger.error(`projections failed, restarting from their checkpoints: ${String(error)}`),
        );
      },
    },
    ...QUERIES,
  ],
  exports: [READ_MODEL_DB, ProjectionRunner, ...QUERIES],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    private readonly health: HealthContributors,
  ) {}

  onApplicationBootstrap(): void {
    this.runner.start();
    this.health.register(
      'projections',
      () => this.runner.status(),
      () => this.runner.status().lastError,
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.db.close();
  }
}
