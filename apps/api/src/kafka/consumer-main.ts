/**
 * The Kafka consumer and alerts publisher without the HTTP API: the same
 * commands, projections and event store, in a Nest application context.
 *
 *   KAFKA_BROKERS=… node -r ./infra/register-paths.js dist/apps/api/src/kafka/consumer-main.js
 *
 * It keeps its own read models under DATA_DIR; see docs/kafka.md for which
 * DATA_DIR and event store to give it.
 */
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { BoardDirectory } from '../application/board-directory.service';
import { StreamCommands } from '../application/stream-commands.service';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { secureDataDir } from '../config/data-dir';
import { CoreModule } from '../core.module';
import { JsonLogger } from '../logging/json-logger';
import { ProjectionsModule } from '../projections/projections.module';
import { DECISION_COMMAND_HANDLERS } from '../use-cases';
import { KafkaModule } from './kafka.module';
import { KafkaHealth } from './kafka.health';

/** Without HTTP there is no /health: the same report goes to the log this often. */
const STATUS_LOG_INTERVAL_MS = 30_000;

@Module({})
class KafkaConsumerAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: KafkaConsumerAppModule,
      imports: [
        CoreModule.forRoot(config),
        CqrsModule.forRoot(),
        ProjectionsModule,
        KafkaModule.forRoot(config),
      ],
      // the commands a message can ask for, handled exactly as behind the HTTP API
      providers: [StreamCommands, BoardDirectory, ...DECISION_COMMAND_HANDLERS],
    };
  }
}

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = new JsonLogger();
  secureDataDir(config.dataDir);
  const app = await NestFactory.createApplicationContext(KafkaConsumerAppModule.forRoot(config), {
    logger,
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  const health = app.get(KafkaHealth, { strict: false });
  const timer = setInterval(() => {
    health.report().then(
      (report) => logger.log({ msg: 'kafka status', ...report }, 'KafkaConsumerMain'),
      (error: unknown) =>
        logger.warn({ msg: `kafka status: ${String(error)}` }, 'KafkaConsumerMain'),
    );
  }, STATUS_LOG_INTERVAL_MS);
  timer.unref();
  logger.log(
    {
      msg: 'consuming',
      brokers: config.kafka?.brokers,
      topic: config.kafka?.decisionsTopic,
      dataDir: config.dataDir,
    },
    'KafkaConsumerMain',
  );
}

function configOrExit(): AppConfig {
  try {
    const config = loadConfig();
    if (!config.kafka) throw new ConfigError('KAFKA_BROKERS is required to run the Kafka consumer');
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(
      `${JSON.stringify({ level: 'error', msg: `configuration: ${error.message}` })}\n`,
    );
    process.exit(2);
  }
}

bootstrap(configOrExit()).catch((error: unknown) => {
  new JsonLogger().error(error instanceof Error ? error : String(error), 'KafkaConsumerMain');
  process.exit(1);
});
