import { resolve } from 'node:path';

export interface ApiTokenConfig {
  readonly token: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly boards: readonly string[];
}

export const ROLES = ['admin', 'board-admin', 'source-system', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly eventStore: 'sqlite' | 'esdb';
  readonly eventStoreConnectionString: string | undefined;
  /** undefined: tokens are created under DATA_DIR on first start */
  readonly apiTokens: readonly ApiTokenConfig[] | undefined;
  readonly kafka:
    | {
        readonly brokers: readonly string[];
        readonly decisionsTopic: string;
        readonly alertsTopic: string;
        readonly groupId: string;
        /** this instance publishes the alerts outbox (only one of several should) */
        readonly publishAlerts: boolean;
      }
    | undefined;
  readonly bodyLimit: string;
  /** a request (headers and body) must arrive within this; a slow client is cut off */
  readonly requestTimeoutMs: number;
  /** open connections at most; more wait in the operating system's queue */
  readonly maxConnections: number;
  /** how long a write waits for the read side before it answers anyway */
  readonly readYourWritesTimeoutMs: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function port(env: Env): number {
  const raw = env.PORT ?? '3000';
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 0 || value > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, not "${raw}"`);
  }
  return value;
}

function eventStore(env: Env): Pick<AppConfig, 'eventStore' | 'eventStoreConnectionString'> {
  const kind = env.EVENT_STORE ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'esdb') {
    throw new ConfigError(`EVENT_STORE must be "sqlite" or "esdb", not "${kind}"`);
  }
  const connection = env.EVENTSTORE_CONNECTION_STRING;
  if (kind === 'esdb' && !connection) {
    throw new ConfigError(
      'EVENT_STORE=esdb needs EVENTSTORE_CONNECTION_STRING (e.g. esdb://127.0.0.1:2113?tls=false)',
    );
  }
  if (connection && !/^esdb(\+discover)?:\/\//.test(connection)) {
    throw new ConfigError(
      'EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://',
    );
  }
  return { eventStore: kind, eventStoreConnectionString: connection };
}

function apiTokens(env: Env): readonly ApiTokenConfig[] | undefined {
  const raw = env.API_TOKENS;
  if (raw === undefined || raw.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(
      'API_TOKENS must be a JSON array: [{"token","name","roles":[…],"boards":[…]}]',
    );
  }
  if (!Array.isArray(parsed)) throw new ConfigError('API_TOKENS must be a JSON array');
  if (parsed.length === 0) {
    // a service nobody can use is a mistake, never an intention
    throw new ConfigError(
      'API_TOKENS is an empty array: no one could use the service; leave it unset to create an admin token on first start',
    );
  }
  const tokens = parsed.map((entry: unknown, i): ApiTokenConfig => {
    const e = entry as Partial<Record<keyof ApiTokenConfig, unknown>>;
    const where = `API_TOKENS[${i}]`;
    if (typeof e?.token !== 'string' || e.token.length < 16) {
      throw new ConfigError(`${where}.token must be a string of at least 16 characters`);
    }
    if (typeof e.name !== 'string' || e.name.trim() === '')
      throw new ConfigError(`${where}.name is required`);
    if (
      !Array.isArray(e.roles) ||
      e.roles.length === 0 ||
      !e.roles.every((r) => ROLES.includes(r))
    ) {
      throw new ConfigError(`${where}.roles must be a non-empty list of ${ROLES.join(', ')}`);
    }
    if (!Array.isArray(e.boards) || !e.boards.every((b) => typeof b === 'string')) {
      throw new ConfigError(`${where}.boards must be a list of board ids, or ["*"]`);
    }
    return { token: e.token, name: e.name, roles: e.roles as Role[], boards: e.boards as string[] };
  });
  if (new Set(tokens.map((t) => t.token)).size !== tokens.length) {
    throw new ConfigError('API_TOKENS has the same token twice');
  }
  return tokens;
}

function kafka(env: Env): AppConfig['kafka'] {
  const raw = env.KAFKA_BROKERS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const brokers = raw.split(',').map((b) => b.trim());
  if (!brokers.every((b) => /^[^\s:]+:\d+$/.test(b))) {
    throw new ConfigError(`KAFKA_BROKERS must be host:port[,host:port…], not "${raw}"`);
  }
  const alerts = env.KAFKA_ALERTS || 'on';
  if (alerts !== 'on' && alerts !== 'off') {
    throw new ConfigError(`KAFKA_ALERTS must be "on" or "off", not "${alerts}"`);
  }
  return {
    brokers,
    publishAlerts: alerts === 'on',
    decisionsTopic: env.KAFKA_DECISIONS_TOPIC || 'delegationsbeslut.decisions.v1',
    alertsTopic: env.KAFKA_ALERTS_TOPIC || 'delegationsbeslut.alerts.v1',
    groupId: env.KAFKA_GROUP_ID || 'delegationsbeslut',
  };
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a positive whole number`);
  return value;
}

/** Reads and checks the environment once, at start; a bad value stops the start with a clear message. */
export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: port(env),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    ...eventStore(env),
    apiTokens: apiTokens(env),
    kafka: kafka(env),
    bodyLimit: env.BODY_LIMIT || '5mb',
    requestTimeoutMs: positiveInteger(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000),
    maxConnections: positiveInteger(env, 'HTTP_MAX_CONNECTIONS', 1_000),
    readYourWritesTimeoutMs: 10_000,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
