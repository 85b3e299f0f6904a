import type { Kafka } from 'kafkajs';

/**
 * Creates the topics the service uses when they are missing, with the
 * broker's default partitions and replication. Where the cluster does not
 * allow it (ACLs, auto-creation off), an operator creates them; the failure
 * is returned, not thrown, so the caller can log it and go on.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
): Promise<Error | undefined> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin.createTopics({
        topics: missing.map((topic) => ({ topic })),
        waitForLeaders: true,
      });
    }
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
