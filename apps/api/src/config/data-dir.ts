import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * DATA_DIR holds confidential case numbers and summaries in plain SQLite
 * files: only the service's user may read them. Files created from here on
 * are 0600 (umask), the folder 0700, and what an earlier version left more
 * open is closed at start.
 */
export function secureDataDir(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const name of readdirSync(dataDir)) {
    const path = join(dataDir, name);
    if (statSync(path).isFile()) chmodSync(path, 0o600);
  }
}
