import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { configureHttp } from './http/configure-http';
import { JsonLogger } from './logging/json-logger';

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = new JsonLogger();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  configureHttp(app, config);
  await app.listen(config.port, config.host);
  // Stop taking requests and let those in flight finish before Nest closes
  // the modules (projections, event store): Nest itself would close the
  // databases first and the HTTP server after.
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    logger.log({ msg: 'shutting down', signal }, 'Main');
    await new Promise<void>((resolve) => app.getHttpServer().close(() => resolve()));
    await app.close();
    logger.log({ msg: 'stopped' }, 'Main');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
  logger.log(
    {
      msg: 'listening',
      url: await app.getUrl(),
      dataDir: config.dataDir,
      eventStore: config.eventStore,
    },
    'Main',
  );
}

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(
    `${JSON.stringify({ level: 'error', msg: `configuration: ${error.message}` })}\n`,
  );
  process.exit(2);
}
bootstrap(config).catch((error: unknown) => {
  new JsonLogger().error(error instanceof Error ? error : String(error), 'Main');
  process.exit(1);
});
