/** Two projects: fast unit tests (pure domain, in-memory store) and integration
 * tests that talk to real components (SQLite file, HTTP, Kafka broker). */
const moduleNameMapper = {
  '^@delegationsbeslut/domain$': '<rootDir>/libs/domain/src',
  '^@delegationsbeslut/event-store$': '<rootDir>/libs/event-store/src',
  '^@delegationsbeslut/event-store/esdb$': '<rootDir>/libs/event-store/src/esdb/esdb-event-store',
};
const transform = { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] };

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      moduleNameMapper,
      transform,
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.tsx',
      ],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      // a real Kafka broker on 127.0.0.1 (infra/kafka/start-local.sh) for the Kafka tests
      globalSetup: '<rootDir>/test/support/kafka-global-setup.ts',
      globalTeardown: '<rootDir>/test/support/kafka-global-teardown.ts',
      moduleNameMapper,
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/libs/**/*.test.ts'],
    },
  ],
};
