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
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.listen(config.port, config.host);
  logger.log(
    { msg: 'listening', url: await app.getUrl(), dataDir: config.dataDir, eventStore: config.eventStore },
    'Main',
  );
}

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: `configuration: ${error.message}` })}\n`);
  process.exit(2);
}
bootstrap(config).catch((error: unknown) => {
  new JsonLogger().error(error instanceof Error ? error : String(error), 'Main');
  process.exit(1);
});
