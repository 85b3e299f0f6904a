import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { BoardDirectory } from './application/board-directory.service';
import { StreamCommands } from './application/stream-commands.service';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './auth/auth.guard';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';
import { HealthController } from './health/health.controller';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { validationPipe } from './http/validation.pipe';
import { KafkaModule } from './kafka/kafka.module';
import { ProjectionsModule } from './projections/projections.module';
import { UiModule } from './ui/ui.module';
import { COMMAND_HANDLERS, HTTP_CONTROLLERS } from './use-cases';

/** The service: the HTTP door and the Kafka door over the same commands and read models. */
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
        AuthModule,
        UiModule,
      ],
      controllers: [HealthController, ...HTTP_CONTROLLERS],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useValue: validationPipe },
        StreamCommands,
        BoardDirectory,
        ...COMMAND_HANDLERS,
      ],
    };
  }
}
