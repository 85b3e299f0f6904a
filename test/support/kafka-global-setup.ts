/**
 * Jest globalSetup: makes a real Kafka broker available to test/kafka as
 * KAFKA_TEST_BROKERS. A broker given in KAFKA_TEST_BROKERS is used as is;
 * otherwise infra/kafka/start-local.sh starts (or reuses) the local one.
 *
 * A broker that cannot be started does not fail the other suites here: the
 * reason goes to KAFKA_TEST_BROKERS_ERROR and every Kafka test fails with it
 * (never skips).
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');
export const STARTED_MARKER = 'KAFKA_TEST_BROKERS_STARTED_BY_SETUP';

/** The bootstrap address, and whether this run started the broker (start-local.sh also reuses a running one). */
function startLocalBroker(): Promise<{ address: string; started: boolean }> {
  return new Promise((resolve, reject) => {
    execFile(
      join(REPO_ROOT, 'infra', 'kafka', 'start-local.sh'),
      { cwd: REPO_ROOT, timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `infra/kafka/start-local.sh failed: ${error.message}\n${stderr.split('\n').slice(-30).join('\n')}`,
            ),
          );
          return;
        }
        // the script's last stdout line is the bootstrap address
        const address = stdout.trim().split('\n').pop() ?? '';
        if (!/^[^\s:]+:\d+$/.test(address))
          reject(
            new Error(`start-local.sh printed no bootstrap address: ${JSON.stringify(stdout)}`),
          );
        else resolve({ address, started: !/reusing/.test(stderr) });
      },
    );
  });
}

/**
 * Whether this run can select a Kafka test: `jest test/api` need not start
 * (and stop) a broker. A run without a path pattern selects them all.
 */
function kafkaTestsSelected(globalConfig: { testPathPattern?: string }): boolean {
  const pattern = globalConfig.testPathPattern;
  if (!pattern) return true;
  let matches: (path: string) => boolean;
  try {
    const regex = new RegExp(pattern, 'i');
    matches = (path) => regex.test(path);
  } catch {
    return true;
  }
  const kafkaTests = join(REPO_ROOT, 'test', 'kafka');
  return readdirSync(kafkaTests)
    .filter((file) => file.endsWith('.test.ts'))
    .some((file) => matches(join(kafkaTests, file)));
}

export default async function kafkaGlobalSetup(globalConfig: {
  testPathPattern?: string;
}): Promise<void> {
  if (process.env.KAFKA_TEST_BROKERS || !kafkaTestsSelected(globalConfig)) return;
  try {
    const { address, started } = await startLocalBroker();
    process.env.KAFKA_TEST_BROKERS = address;
    if (started) process.env[STARTED_MARKER] = '1';
  } catch (error) {
    process.env.KAFKA_TEST_BROKERS_ERROR = error instanceof Error ? error.message : String(error);
  }
}
