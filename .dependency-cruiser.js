/**
 * Layer rules (as in Sairyss/domain-driven-hexagon). The app's layout is in
 * docs/architecture.md; `test/architecture/layer-rules.test.ts` proves that each
 * rule fails on the import it forbids.
 *
 * apps/api/src:
 *   application/  what every use case shares (clock, stream commands, input validation)
 *   <feature>/<use-case>/  a slice: command, handler, request DTO, *.http.controller.ts, *.message.ts
 *   projections/  read models, each with its own queries; alerts/ the outbox they write
 *   http/, kafka/, ui/  the doors
 */
const SRC = '^apps/api/src/';
const SLICES = `${SRC}(boards|decisions|meetings|reporting|delegation-order|audit)/`;
const HTTP_DOOR = `(${SRC}http/|\\.http\\.controller\\.ts$)`;

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds deciders and rules only: no framework, no I/O, no other layer.',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: { pathNot: '^libs/domain' },
    },
    {
      name: 'event-store-knows-no-domain',
      comment: 'The event store is generic: it knows streams and events, not delegationsbeslut.',
      severity: 'error',
      from: { path: '^libs/event-store' },
      to: { path: '^(libs/domain|apps)' },
    },
    {
      name: 'doors-stay-apart',
      comment:
        'The Kafka door and the web interface never use the HTTP door (validation lives in application/input).',
      severity: 'error',
      from: { path: `${SRC}(kafka|ui)/` },
      to: { path: HTTP_DOOR },
    },
    {
      name: 'http-door-knows-no-other-door',
      comment:
        'The HTTP door dispatches commands; it never reaches into the Kafka door or the web interface.',
      severity: 'error',
      from: { path: HTTP_DOOR },
      to: { path: `${SRC}(kafka|ui)/` },
    },
    {
      name: 'http-infrastructure-knows-no-slice',
      comment: 'http/ is shared by every slice: response DTOs and filters do not import a slice.',
      severity: 'error',
      from: { path: `${SRC}http/` },
      to: { path: SLICES },
    },
    {
      name: 'slices-below-the-doors',
      comment:
        'Commands, handlers, DTOs and message mappings are door-free; only *.http.controller.ts is HTTP.',
      severity: 'error',
      from: { path: SLICES, pathNot: '\\.http\\.controller\\.ts$' },
      to: { path: `(${HTTP_DOOR}|${SRC}(kafka|ui)/)` },
    },
    {
      name: 'application-below-the-slices',
      comment: 'application/ is what slices share; it never depends on a slice or a door.',
      severity: 'error',
      from: { path: `${SRC}application/` },
      to: { path: `(${SLICES}|${HTTP_DOOR}|${SRC}(kafka|ui)/)` },
    },
    {
      name: 'projections-below-everything',
      comment:
        'A projection reads the log and its own tables: no slice, no door, no application service.',
      severity: 'error',
      from: { path: `${SRC}(projections|alerts)/` },
      to: { path: `(${SLICES}|${HTTP_DOOR}|${SRC}(kafka|ui|application)/)` },
    },
    {
      name: 'only-entry-points-compose',
      comment: 'The app module composes the service; nothing below imports it.',
      severity: 'error',
      from: { pathNot: `${SRC}main\\.ts$` },
      to: { path: `${SRC}app\\.module\\.ts$` },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist|\\.spec\\.ts$|\\.test\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
