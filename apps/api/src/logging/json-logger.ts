import type { LoggerService, LogLevel } from '@nestjs/common';

/** One JSON object per line on stdout (stderr for errors), for log shippers. */
export class JsonLogger implements LoggerService {
  constructor(private readonly levels: readonly LogLevel[] = ['log', 'error', 'warn']) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', 'log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', 'error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', 'warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', 'debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', 'verbose', message, rest);
  }

  private write(level: string, nestLevel: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.levels.includes(nestLevel)) return;
    // Nest passes the context last, and for errors the stack before it
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    if (message instanceof Error) {
      entry.msg = message.message;
      entry.stack = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry.msg = String(message);
    }
    if (rest.length > 0 && typeof rest[0] === 'string') entry.stack = rest[0];
    const line = `${JSON.stringify(entry)}\n`;
    (level === 'error' ? process.stderr : process.stdout).write(line);
  }
}
