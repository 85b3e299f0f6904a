import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** One import each rule of .dependency-cruiser.js exists to forbid: the upward imports of docs/architecture.md. */
const FORBIDDEN: readonly { rule: string; from: string; to: string }[] = [
  // the Kafka door once imported the HTTP door's validation helpers
  {
    rule: 'doors-stay-apart',
    from: 'apps/api/src/kafka/inbound/decision-message.parser.ts',
    to: 'apps/api/src/http/validation.pipe.ts',
  },
  {
    rule: 'doors-stay-apart',
    from: 'apps/api/src/ui/screens/queue.page.ts',
    to: 'apps/api/src/decisions/get-decision/get-decision.http.controller.ts',
  },
  {
    rule: 'http-door-knows-no-other-door',
    from: 'apps/api/src/decisions/amend-decision/amend-decision.http.controller.ts',
    to: 'apps/api/src/kafka/inbound/decision-message.parser.ts',
  },
  // http/api-responses.dto.ts once imported DecidedByDto from a slice
  {
    rule: 'http-infrastructure-knows-no-slice',
    from: 'apps/api/src/http/api-responses.dto.ts',
    to: 'apps/api/src/decisions/record-decision/record-decision.request.dto.ts',
  },
  {
    rule: 'slices-below-the-doors',
    from: 'apps/api/src/decisions/record-decision/record-decision.handler.ts',
    to: 'apps/api/src/http/request-context.ts',
  },
  {
    rule: 'slices-below-the-doors',
    from: 'apps/api/src/decisions/record-decision/record-decision.message.ts',
    to: 'apps/api/src/kafka/inbound/decision-message.dto.ts',
  },
  {
    rule: 'application-below-the-slices',
    from: 'apps/api/src/application/stream-commands.service.ts',
    to: 'apps/api/src/decisions/record-decision/record-decision.command.ts',
  },
  // projections.module.ts once imported the outbox listener from kafka/alerts/
  {
    rule: 'projections-below-everything',
    from: 'apps/api/src/projections/projections.module.ts',
    to: 'apps/api/src/kafka/alerts/alerts-outbox.listener.ts',
  },
  {
    rule: 'projections-below-everything',
    from: 'apps/api/src/projections/decisions/decisions.queries.ts',
    to: 'apps/api/src/application/clock.ts',
  },
  // kafka/ once imported CoreModule from app.module.ts
  {
    rule: 'only-entry-points-compose',
    from: 'apps/api/src/kafka/consumer-main.ts',
    to: 'apps/api/src/app.module.ts',
  },
  {
    rule: 'domain-is-pure',
    from: 'libs/domain/src/judgment/judge-decision.ts',
    to: 'apps/api/src/application/clock.ts',
  },
  {
    rule: 'event-store-knows-no-domain',
    from: 'libs/event-store/src/event-store.port.ts',
    to: 'libs/domain/src/index.ts',
  },
];

/** Imports the layout allows: a rule that fired on these would be too wide. */
const ALLOWED: readonly { from: string; to: string }[] = [
  {
    from: 'apps/api/src/decisions/record-decision/record-decision.http.controller.ts',
    to: 'apps/api/src/http/request-context.ts',
  },
  {
    from: 'apps/api/src/kafka/inbound/decision-message.dispatcher.ts',
    to: 'apps/api/src/decisions/amend-decision/amend-decision.message.ts',
  },
  {
    from: 'apps/api/src/decisions/amend-decision/amend-decision.handler.ts',
    to: 'apps/api/src/application/stream-commands.service.ts',
  },
  {
    from: 'apps/api/src/application/board-directory.service.ts',
    to: 'apps/api/src/projections/boards/boards.queries.ts',
  },
  { from: 'apps/api/src/main.ts', to: 'apps/api/src/app.module.ts' },
];

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

/** Writes each pair as two tiny modules under `dir`, the importer importing the imported. */
function writeImports(dir: string, pairs: readonly { from: string; to: string }[]): void {
  const files = new Map<string, string[]>();
  for (const { from, to } of pairs) {
    const specifier = relative(dirname(from), to).replace(/\.ts$/, '');
    const line = `import '${specifier.startsWith('.') ? specifier : `./${specifier}`}';`;
    files.set(from, [...(files.get(from) ?? []), line]);
    if (!files.has(to)) files.set(to, []);
  }
  for (const [file, lines] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${lines.join('\n')}\nexport const here = 1;\n`);
  }
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
}

describe('the layer rules of .dependency-cruiser.js (npm run lint)', () => {
  let violations: readonly Violation[];
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'layer-rules-'));
    writeImports(dir, [...FORBIDDEN, ...ALLOWED]);
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [
          DEPCRUISE,
          '--config',
          join(ROOT, '.dependency-cruiser.js'),
          '--output-type',
          'json',
          'apps',
          'libs',
        ],
        { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // depcruise exits non-zero when it finds violations, which is the point here
      output = (error as { stdout: string }).stdout;
    }
    violations = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary
      .violations;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(FORBIDDEN.map((c) => [c.rule, c.from, c.to]))(
    'given %s, when %s imports %s, then lint fails on it',
    (rule, from, to) => {
      expect(
        violations.filter((v) => v.from === from && v.to === to).map((v) => v.rule.name),
      ).toContain(rule);
    },
  );

  it.each(ALLOWED.map((c) => [c.from, c.to]))(
    'given the layout, when %s imports %s, then no rule fires',
    (from, to) => {
      expect(violations.filter((v) => v.from === from && v.to === to)).toEqual([]);
    },
  );
});
