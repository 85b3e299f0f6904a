import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type Database from 'better-sqlite3';
import { statusOn } from '@delegationsbeslut/domain';
import type { EventStore } from '@delegationsbeslut/event-store';
import { Clock, stockholmDate } from '../../application/clock';
import { EVENT_STORE } from '../../event-store/event-store.provider';
import {
  DecisionQueries,
  type OverdueCandidate,
} from '../../projections/decisions/decisions.queries';
import { ProjectionRunner } from '../../projections/projection-runner';
import { READ_MODEL_DB } from '../../projections/read-model-database';
import { alertIds } from '../../alerts/alert.types';
import { enqueueAlert } from '../../alerts/alerts-outbox.schema';
import { AlertsPublisher } from './alerts.publisher';

export const OVERDUE_CHECK_INTERVAL_MS = 60_000;
/** A check waits this long for the read side to reach the log's head, else it waits for the next round. */
const CATCH_UP_TIMEOUT_MS = 30_000;

/**
 * DecisionOverdue depends on today, which no event brings, so it is checked
 * at start and then every minute rather than in the projection. A check
 * first waits until the read side has caught up with the log: judging from a
 * read model that has not yet seen a report would announce a decision
 * overdue that was not. The domain's statusOn decides; the query (the one SQL
 * status rule of the read model) only narrows the rows down.
 */
@Injectable()
export class OverdueAlertsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OverdueAlerts');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastCheck: { at: string; today: string; newAlerts: number } | null = null;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    private readonly decisions: DecisionQueries,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ProjectionRunner,
    private readonly publisher: AlertsPublisher,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  status() {
    return { intervalMs: OVERDUE_CHECK_INTERVAL_MS, lastCheck: this.lastCheck };
  }

  /** One check; resolves with the number of new alerts, or undefined when the read side lagged behind. */
  async check(): Promise<number | undefined> {
    const head = await this.store.headPosition();
    if (head !== undefined && !(await this.readSide.waitFor(head, CATCH_UP_TIMEOUT_MS)))
      return undefined;
    const now = this.clock.now();
    const today = stockholmDate(now);
    const enqueue = this.db.transaction((candidates: readonly OverdueCandidate[]) => {
      let added = 0;
      for (const candidate of candidates) {
        if (statusOn(candidate.judgment, today).status !== 'overdue') continue;
        const { decisionId, boardId, externalId, bodyId, dueMeetingId, dueDate } = candidate;
        const alert = {
          type: 'DecisionOverdue',
          boardId,
          decisionId,
          externalId,
          bodyId,
          dueMeetingId,
          dueDate,
        } as const;
        if (enqueueAlert(this.db, alertIds.overdue(decisionId, dueMeetingId), alert, now))
          added += 1;
      }
      return added;
    });
    const added = enqueue(this.decisions.overdueOn(today));
    this.lastCheck = { at: now.toISOString(), today, newAlerts: added };
    if (added > 0) this.publisher.wake();
    return added;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.check()
        .then(
          () => undefined,
          (error: unknown) => this.logger.error(`overdue check failed: ${String(error)}`),
        )
        .finally(() => {
          if (this.timer !== undefined) this.schedule(OVERDUE_CHECK_INTERVAL_MS);
        });
    }, delayMs);
  }
}
