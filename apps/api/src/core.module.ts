import { type DynamicModule, Module } from '@nestjs/common';
import { Clock } from './application/clock';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreCloser, eventStoreProvider } from './event-store/event-store.provider';
import { HealthContributors } from './health/health-contributors';

/** Infrastructure every slice and door shares: configuration, the clock, the event store, health. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Clock,
        eventStoreProvider,
        EventStoreCloser,
        HealthContributors,
      ],
      exports: [APP_CONFIG, Clock, eventStoreProvider, HealthContributors],
    };
  }
}
