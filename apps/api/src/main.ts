import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { configureHttp } from './http/configure-http';
import { JsonLogger } from './logging/json-logger';

/** how long requests in flight may take to finish after SIGTERM */
const SHUTDOWN_GRACE_MS = 10_000;

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
    const server = app.getHttpServer();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A browser keeps sockets open between requests (keep-alive, preconnects) that Node
    // does not count as idle: close the idle ones as they come, and past a grace period
    // cut the rest rather than wait for their timeouts (a minute for a preconnect).
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearInterval(idle);
    clearTimeout(grace);
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
