import type { CalendarDate } from '../shared/calendar-date';
import type { AppealOutcome } from './appeal.events';

export interface RecordAppeal {
  readonly type: 'RecordAppeal';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly appealId: string;
    readonly lodgedOn: CalendarDate;
    readonly court?: string | null;
    readonly caseRef?: string | null;
  };
}

export interface RecordAppealOutcome {
  readonly type: 'RecordAppealOutcome';
  readonly data: {
    readonly boardId: string;
    readonly decisionId: string;
    readonly appealId: string;
    readonly decidedOn: CalendarDate;
    readonly outcome: AppealOutcome;
  };
}

export type AppealCommand = RecordAppeal | RecordAppealOutcome;
