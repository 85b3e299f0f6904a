import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiTokenConfig, AppConfig } from '../config/app-config';

export const API_TOKENS = Symbol('API_TOKENS');
export const ADMIN_TOKEN_FILE = 'admin-token.json';

/**
 * The configured tokens; with none configured, one admin token kept under
 * DATA_DIR (created on first start, readable by the owner only). The service
 * never starts open.
 */
export function loadApiTokens(
  config: AppConfig,
  log: (message: string) => void,
): Map<string, ApiTokenConfig> {
  if (config.apiTokens) return new Map(config.apiTokens.map((t) => [t.token, t]));
  const file = join(config.dataDir, ADMIN_TOKEN_FILE);
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    const created: ApiTokenConfig = {
      token: randomBytes(24).toString('base64url'),
      name: 'admin',
      roles: ['admin'],
      boards: ['*'],
    };
    writeFileSync(file, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
    log(`no API_TOKENS configured: created an admin token in ${file}`);
  } else {
    log(`no API_TOKENS configured: using the admin token in ${file}`);
  }
  const token = JSON.parse(readFileSync(file, 'utf8')) as ApiTokenConfig;
  return new Map([[token.token, token]]);
}
