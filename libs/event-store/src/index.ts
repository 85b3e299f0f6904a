export * from './event-store.port';
export { InMemoryEventStore } from './memory/in-memory-event-store';
export { SqliteEventStore } from './sqlite/sqlite-event-store';
export { applyDurabilitySettings } from './sqlite/sqlite-durability';
