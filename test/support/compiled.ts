import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const REGISTER_PATHS = join(REPO_ROOT, 'infra', 'register-paths.js');

/**
 * The compiled form of a program under dist/ (the test command builds first),
 * so tests run the very code `npm start` runs, in its own process.
 */
export function compiled(relativeJs: string): string {
  const file = join(REPO_ROOT, 'dist', relativeJs);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` (npm test does it first)`);
  }
  return file;
}
