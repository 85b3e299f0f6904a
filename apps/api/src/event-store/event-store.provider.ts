import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { join } from 'node:path';
import { type EventStore, SqliteEventStore } from '@delegationsbeslut/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const EVENT_STORE = Symbol('EVENT_STORE');

export async function openEventStore(config: AppConfig): Promise<EventStore> {
  if (config.eventStore === 'esdb') {
    // loaded only when chosen, so the embedded default never touches gRPC
    const { createEsdbEventStore } = await import('@delegationsbeslut/event-store/esdb');
    return createEsdbEventStore(config.eventStoreConnectionString as string);
  }
  return new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
}

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [APP_CONFIG],
  useFactory: openEventStore,
};

/** Closes the store last, after everything that writes to it has stopped. */
@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
