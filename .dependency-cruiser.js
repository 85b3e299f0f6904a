/** Layer rules (as in Sairyss/domain-driven-hexagon): the domain is pure, libraries never reach into the app. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds deciders and rules only: no framework, no I/O, no other layer.',
      severity: 'error',
      from: { path: '^libs/domain' },
      to: {
        pathNot: '^libs/domain',
      },
    },
    {
      name: 'event-store-knows-no-domain',
      comment: 'The event store is generic: it knows streams and events, not delegationsbeslut.',
      severity: 'error',
      from: { path: '^libs/event-store' },
      to: { path: '^(libs/domain|apps)' },
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
