import type { CalendarDate } from '../shared/calendar-date';
import type { EnforcementStep } from './enforcement.events';

/** HTTP `POST …/enforcement` and Kafka `DecisionEnforcement` alike. */
export interface RecordEnforcement {
  readonly type: 'RecordEnforcement';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly event: EnforcementStep;
    readonly on: CalendarDate;
  };
}
