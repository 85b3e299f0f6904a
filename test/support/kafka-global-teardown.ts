/** Jest globalTeardown: stops the local broker only when kafka-global-setup started it. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { STARTED_MARKER } from './kafka-global-setup';

const REPO_ROOT = join(__dirname, '..', '..');

export default async function kafkaGlobalTeardown(): Promise<void> {
  if (process.env[STARTED_MARKER] !== '1') return;
  await new Promise<void>((resolve, reject) => {
    execFile(
      join(REPO_ROOT, 'infra', 'kafka', 'stop-local.sh'),
      { cwd: REPO_ROOT, timeout: 60_000 },
      (error, _stdout, stderr) =>
        error
          ? reject(new Error(`infra/kafka/stop-local.sh failed: ${error.message}\n${stderr}`))
          : resolve(),
    );
  });
  delete process.env.KAFKA_TEST_BROKERS;
  delete process.env[STARTED_MARKER];
}
