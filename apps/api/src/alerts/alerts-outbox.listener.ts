import { ORDER_RULE_FLAGS } from '@delegationsbeslut/domain';
import type Database from 'better-sqlite3';
import type {
  JudgmentChange,
  JudgmentListener,
} from '../projections/decisions/decisions.projection';
import { alertIds } from './alert.types';
import { enqueueAlert } from './alerts-outbox.schema';

/** The causes after which a decision's rule flags are news: the decision itself was stated or corrected. */
const FLAGGING_CAUSES: ReadonlySet<string> = new Set(['DecisionRecorded', 'DecisionAmended']);

/**
 * Feeds the alerts outbox from the decisions projection's judgments, inside
 * the projection's transaction: an alert is stored if and only if the
 * judgment that caused it is, so a crash neither loses nor invents one. The
 * judgments come from the domain; this only notices their changes.
 *
 * DecisionOverdue is not here: it depends on today, which no event brings
 * (see OverdueAlertsScheduler).
 */
export class AlertsOutboxListener implements JudgmentListener {
  judged(db: Database.Database, change: JudgmentChange): void {
    const { decisionId, boardId, externalId, before, after, cause } = change;
    if (FLAGGING_CAUSES.has(cause.type)) {
      const flags = after.flags.filter((flag) => ORDER_RULE_FLAGS.includes(flag));
      if (flags.length > 0) {
        enqueueAlert(db, alertIds.flagged(decisionId, cause.position), {
          type: 'DecisionFlagged',
          boardId,
          decisionId,
          externalId,
          flags,
        });
      }
    }
    if (after.baseStatus === 'reported' && before?.baseStatus !== 'reported') {
      enqueueAlert(db, alertIds.completed(decisionId, cause.position), {
        type: 'DecisionReportingCompleted',
        boardId,
        decisionId,
        externalId,
      });
    }
  }
}
