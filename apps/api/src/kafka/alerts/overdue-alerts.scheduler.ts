import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type Database from 'better-sqlite3';
import { type Judgment, statusOn } from '@delegationsbeslut/domain';
import type { EventStore } from '@delegationsbeslut/event-store';
import { stockholmDate } from '../../application/command-meta';
import { EVENT_STORE } from '../../event-store/event-store.provider';
import { ProjectionRunner } from '../../projections/projection-runner';
import { READ_MODEL_DB } from '../../projections/read-model-database';
import { alertIds } from './alert.types';
import { enqueueAlert } from './alerts-outbox.schema';
import { AlertsPublisher } from './alerts.publisher';

/** The clock the check reads "today" from; a provider so tests can move it. */
export const ALERTS_CLOCK = Symbol('ALERTS_CLOCK');
export type Clock = () => Date;

export const OVERDUE_CHECK_INTERVAL_MS = 60_000;
/** A check waits this long for the read side to reach the log's head, else it waits for the next round. */
const CATCH_UP_TIMEOUT_MS = 30_000;

interface Candidate {
  readonly decision_id: string;
  readonly board_id: string;
  readonly external_id: string;
  readonly current_body_id: string;
  readonly due_meeting_id: string;
  readonly due_date: string;
  readonly judgment: string;
}

/**
 * DecisionOverdue depends on today, which no event brings, so it is checked
 * at start and then every minute rather than in the projection. A check
 * first waits until the read side has caught up with the log: judging from a
 * read model that has not yet seen a report would announce a decision
 * overdue that was not. The domain's statusOn decides; the query only narrows
 * the rows down by the index.
 */
@Injectable()
export class OverdueAlertsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OverdueAlerts');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastCheck: { at: string; today: string; newAlerts: number } | null = null;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ProjectionRunner,
    private readonly publisher: AlertsPublisher,
    @Inject(ALERTS_CLOCK) private readonly clock: Clock,
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
    const now = this.clock();
    const today = stockholmDate(now);
    const candidates = this.db
      .prepare(
        `SELECT decision_id, board_id, external_id, current_body_id, due_meeting_id, due_date, judgment
         FROM dt_decisions WHERE base_status = 'open' AND due_date IS NOT NULL AND due_date < ?`,
      )
      .all(today) as Candidate[];
    const enqueue = this.db.transaction((rows: readonly Candidate[]) => {
      let added = 0;
      for (const row of rows) {
        if (statusOn(JSON.parse(row.judgment) as Judgment, today).status !== 'overdue') continue;
        const alert = {
          type: 'DecisionOverdue',
          boardId: row.board_id,
          decisionId: row.decision_id,
          externalId: row.external_id,
          bodyId: row.current_body_id,
          dueMeetingId: row.due_meeting_id,
          dueDate: row.due_date,
        } as const;
        if (
          enqueueAlert(this.db, alertIds.overdue(row.decision_id, row.due_meeting_id), alert, now)
        )
          added += 1;
      }
      return added;
    });
    const added = enqueue(candidates);
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
