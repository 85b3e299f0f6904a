import { AuditEventsHttpController } from './audit/audit-events/audit-events.http.controller';
import { DefineBoardHandler } from './boards/define-board/define-board.handler';
import { DefineBoardHttpController } from './boards/define-board/define-board.http.controller';
import { GetBoardHttpController } from './boards/get-board/get-board.http.controller';
import { AmendDecisionHandler } from './decisions/amend-decision/amend-decision.handler';
import { AmendDecisionHttpController } from './decisions/amend-decision/amend-decision.http.controller';
import { AnnulDecisionHandler } from './decisions/annul-decision/annul-decision.handler';
import { AnnulDecisionHttpController } from './decisions/annul-decision/annul-decision.http.controller';
import { DecisionHistoryHttpController } from './decisions/decision-history/decision-history.http.controller';
import { GetDecisionHttpController } from './decisions/get-decision/get-decision.http.controller';
import { ListDecisionsHttpController } from './decisions/list-decisions/list-decisions.http.controller';
import { RecordDecisionHandler } from './decisions/record-decision/record-decision.handler';
import { RecordDecisionHttpController } from './decisions/record-decision/record-decision.http.controller';
import { RecordDecisionsBatchHandler } from './decisions/record-decisions-batch/record-decisions-batch.handler';
import { RecordDecisionsBatchHttpController } from './decisions/record-decisions-batch/record-decisions-batch.http.controller';
import { AdoptVersionHandler } from './delegation-order/adopt-version/adopt-version.handler';
import { AdoptVersionHttpController } from './delegation-order/adopt-version/adopt-version.http.controller';
import { GetVersionsHttpController } from './delegation-order/get-versions/get-versions.http.controller';
import { CancelMeetingHandler } from './meetings/cancel-meeting/cancel-meeting.handler';
import { CancelMeetingHttpController } from './meetings/cancel-meeting/cancel-meeting.http.controller';
import { ListMeetingsHttpController } from './meetings/list-meetings/list-meetings.http.controller';
import { ScheduleMeetingHandler } from './meetings/schedule-meeting/schedule-meeting.handler';
import { ScheduleMeetingHttpController } from './meetings/schedule-meeting/schedule-meeting.http.controller';
import { ReportDecisionsHandler } from './reporting/report-decisions/report-decisions.handler';
import { ReportDecisionsHttpController } from './reporting/report-decisions/report-decisions.http.controller';
import { ReportingListHttpController } from './reporting/reporting-list/reporting-list.http.controller';
import { ReportingQueueHttpController } from './reporting/reporting-queue/reporting-queue.http.controller';
import { WithdrawReportsHandler } from './reporting/withdraw-reports/withdraw-reports.handler';
import { WithdrawReportsHttpController } from './reporting/withdraw-reports/withdraw-reports.http.controller';
import { CompareVersionsHttpController } from './delegation-order/compare-versions/compare-versions.http.controller';

/**
 * Every use case's command handler and HTTP controller, in one list: adding
 * a slice is adding its files and one line here (docs/architecture.md).
 */

/** The commands a Kafka message can ask for, handled exactly as behind the HTTP API. */
export const DECISION_COMMAND_HANDLERS = [
  RecordDecisionHandler,
  AmendDecisionHandler,
  AnnulDecisionHandler,
];

export const COMMAND_HANDLERS = [
  DefineBoardHandler,
  AdoptVersionHandler,
  ScheduleMeetingHandler,
  CancelMeetingHandler,
  ReportDecisionsHandler,
  WithdrawReportsHandler,
  ...DECISION_COMMAND_HANDLERS,
  RecordDecisionsBatchHandler,
];

export const HTTP_CONTROLLERS = [
  DefineBoardHttpController,
  GetBoardHttpController,
  AdoptVersionHttpController,
  GetVersionsHttpController,
  CompareVersionsHttpController,
  ScheduleMeetingHttpController,
  ListMeetingsHttpController,
  CancelMeetingHttpController,
  RecordDecisionHttpController,
  RecordDecisionsBatchHttpController,
  ListDecisionsHttpController,
  GetDecisionHttpController,
  DecisionHistoryHttpController,
  AmendDecisionHttpController,
  AnnulDecisionHttpController,
  ReportingListHttpController,
  ReportDecisionsHttpController,
  WithdrawReportsHttpController,
  ReportingQueueHttpController,
  AuditEventsHttpController,
];
