import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreCloser, eventStoreProvider } from './event-store/event-store.provider';
import { HealthContributors } from './health/health-contributors';
import { HealthController } from './health/health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      controllers: [HealthController],
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
