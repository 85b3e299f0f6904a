import { ConfigError, loadConfig } from './app-config';

describe('configuration from the environment', () => {
  it('given nothing, then the embedded defaults: port 3000 on loopback, ./data, SQLite, Kafka off, tokens created', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      eventStore: 'sqlite',
      kafka: undefined,
      apiTokens: undefined,
    });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('given Kafka brokers, then the topic names of kafka.md and alerts on', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:19092, kafka-2:9092' }).kafka).toEqual({
      brokers: ['127.0.0.1:19092', 'kafka-2:9092'],
      decisionsTopic: 'delegationsbeslut.decisions.v1',
      alertsTopic: 'delegationsbeslut.alerts.v1',
      groupId: 'delegationsbeslut',
      publishAlerts: true,
    });
  });

  it('given tokens, then they are parsed with roles and boards', () => {
    const tokens = [
      {
        token: 'viva-token-0123456789',
        name: 'viva-ifo',
        roles: ['source-system'],
        boards: ['ifon'],
      },
    ];
    expect(loadConfig({ API_TOKENS: JSON.stringify(tokens) }).apiTokens).toEqual(tokens);
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['EVENT_STORE', { EVENT_STORE: 'postgres' }],
    ['EVENTSTORE_CONNECTION_STRING', { EVENT_STORE: 'esdb' }],
    ['EVENTSTORE_CONNECTION_STRING', { EVENTSTORE_CONNECTION_STRING: 'http://x' }],
    ['API_TOKENS', { API_TOKENS: '{not json' }],
    ['API_TOKENS', { API_TOKENS: '{"token":"x"}' }],
    // a service nobody can use (the probe found it started silently)
    ['API_TOKENS', { API_TOKENS: '[]' }],
    [
      'API_TOKENS[0].token',
      { API_TOKENS: '[{"token":"short","name":"a","roles":["admin"],"boards":["*"]}]' },
    ],
    [
      'API_TOKENS[0].roles',
      {
        API_TOKENS:
          '[{"token":"long-enough-token-123","name":"a","roles":["root"],"boards":["*"]}]',
      },
    ],
    ['KAFKA_BROKERS', { KAFKA_BROKERS: 'no-port' }],
    ['KAFKA_ALERTS', { KAFKA_BROKERS: 'k:9092', KAFKA_ALERTS: 'maybe' }],
  ])('given a bad %s, then a ConfigError naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
