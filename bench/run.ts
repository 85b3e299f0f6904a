/**
 * `npm run bench`: prints one JSON line per figure. Figures from one run are
 * comparable with each other; quote ratios, not absolute numbers (the machine
 * is shared). BENCH_ONLY=event-store,http,kafka picks sections.
 */
import { benchEventStore } from './event-store.bench';
import { benchHttp } from './http.bench';
import { benchKafka } from './kafka.bench';

const sections: Record<string, () => Promise<void>> = {
  'event-store': benchEventStore,
  http: benchHttp,
  kafka: benchKafka,
};

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',');
  for (const [name, run] of Object.entries(sections)) {
    if (!only || only.includes(name)) await run();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
