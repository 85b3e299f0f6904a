import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type Database from 'better-sqlite3';
import { AppModule } from '../../apps/api/src/app.module';
import { commandMeta } from '../../apps/api/src/application/command-meta';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { ProjectionRunner } from '../../apps/api/src/projections/projection-runner';
import { READ_MODEL_DB } from '../../apps/api/src/projections/read-model-database';

export interface TestApp {
  readonly context: INestApplicationContext;
  readonly commands: CommandBus;
  readonly runner: ProjectionRunner;
  readonly db: Database.Database;
  close(): Promise<void>;
}

export const meta = commandMeta('test');

/** The real application (store, projections, handlers) on a DATA_DIR, without HTTP. */
export async function startTestApp(dataDir: string): Promise<TestApp> {
  const config = loadConfig({ DATA_DIR: dataDir, API_TOKENS: '' });
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: false,
  });
  await context.init();
  return {
    context,
    commands: context.get(CommandBus),
    runner: context.get(ProjectionRunner),
    db: context.get(READ_MODEL_DB),
    close: () => context.close(),
  };
}
