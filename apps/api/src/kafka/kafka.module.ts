import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { ProjectionsModule } from '../projections/projections.module';
import { AlertsPublisher } from './alerts/alerts.publisher';
import { OverdueAlertsScheduler } from './alerts/overdue-alerts.scheduler';
import { ConsumerStatus } from './inbound/consumer.status';
import { DeadLetterProducer } from './inbound/dead-letter.producer';
import { DecisionBatchProcessor } from './inbound/decision-batch.processor';
import { DecisionMessageDispatcher } from './inbound/decision-message.dispatcher';
import { DecisionsConsumer } from './inbound/decisions.consumer';
import { kafkaClientProviders } from './kafka-client.provider';
import { KafkaHealth } from './kafka.health';

/**
 * Kafka as another door into the decision commands (kafka.md), and the
 * alerts it publishes. Empty when KAFKA_BROKERS is unset.
 *
 * Needs, from the importing application: APP_CONFIG, Clock, EVENT_STORE and
 * HealthContributors (CoreModule, global), CommandBus with the decision
 * handlers registered (CqrsModule.forRoot()), and ProjectionsModule, imported
 * here so that Nest stops this module before the read-model database closes.
 */
@Module({})
export class KafkaModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.kafka) return { module: KafkaModule };
    return {
      module: KafkaModule,
      imports: [ProjectionsModule],
      providers: [
        ...kafkaClientProviders(config.kafka),
        ConsumerStatus,
        DeadLetterProducer,
        DecisionMessageDispatcher,
        DecisionBatchProcessor,
        DecisionsConsumer,
        // one instance publishes the outbox (KAFKA_ALERTS=off on the others)
        ...(config.kafka.publishAlerts ? [AlertsPublisher, OverdueAlertsScheduler] : []),
        KafkaHealth,
      ],
      exports: [
        ConsumerStatus,
        ...(config.kafka.publishAlerts ? [AlertsPublisher, OverdueAlertsScheduler] : []),
      ],
    };
  }
}
