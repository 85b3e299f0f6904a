import 'reflect-metadata';
import type { Socket } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { secureDataDir } from './config/data-dir';
import { configureHttp } from './http/configure-http';
import { JsonLogger } from './logging/json-logger';

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = new JsonLogger();
  secureDataDir(config.dataDir);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bodyParser: false,
  });
  configureHttp(app, config);
  const server = app.getHttpServer();
  // a client that sends its request a byte at a time is cut off, and open
  // connections are capped, so slow or many clients cannot hold the service
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = Math.min(config.requestTimeoutMs, 20_000);
  server.maxConnections = config.maxConnections;
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await app.listen(config.port, config.host);
  // Stop taking requests and let those in flight finish before Nest closes
  // the modules (projections, event store): Nest itself would close the
  // databases first and the HTTP server after.
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    logger.log({ msg: 'shutting down', signal }, 'Main');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Let requests in flight finish, but do not wait for sockets that carry none: a
    // browser keeps keep-alive sockets between requests and opens preconnects that never
    // send a byte, and server.close() would wait for their timeouts (a minute).
    const unused = setInterval(() => {
      server.closeIdleConnections();
      for (const socket of sockets) if (socket.bytesRead === 0) socket.destroy();
    }, 100);
    await closed;
    clearInterval(unused);
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
