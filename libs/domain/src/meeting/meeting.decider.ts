import { assertNever } from '../shared/assert-never';
import { isValidCalendarDate, previousDay } from '../shared/calendar-date';
import type { Decider } from '../shared/decider';
import {
  CutoffAfterDateError,
  InvalidCalendarDateError,
  MeetingExistsError,
  MeetingHasReportsError,
  MeetingNotFoundError,
  ReasonRequiredError,
  UnknownBodyError,
} from '../shared/domain-errors';
import type {
  CancelMeeting,
  MeetingCommand,
  ReportDecisions,
  ScheduleMeeting,
  WithdrawReports,
} from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { MeetingState } from './meeting.state';
import {
  reportDecisionsAt,
  type JudgmentLookup,
  type ReportDecisionsOutcome,
} from './report-decisions.rules';
import { withdrawReportsAt, type WithdrawReportsOutcome } from './withdraw-reports.rules';

export const initialState: MeetingState = { status: 'absent' };

export function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { boardId: _boardId, ...meeting } = event.data;
      return { status: 'scheduled', meeting, reportedDecisionIds: new Set() };
    }
    case 'MeetingCancelled':
      return state.status === 'absent' ? state : { ...state, status: 'cancelled' };
    case 'DecisionsReported':
      if (state.status === 'absent') return state;
      return {
        ...state,
        reportedDecisionIds: new Set([...state.reportedDecisionIds, ...event.data.decisionIds]),
      };
    case 'ReportsWithdrawn': {
      if (state.status === 'absent') return state;
      const withdrawn = new Set(event.data.decisionIds);
      return {
        ...state,
        reportedDecisionIds: new Set(
          [...state.reportedDecisionIds].filter((decisionId) => !withdrawn.has(decisionId)),
        ),
      };
    }
    default:
      return assertNever(event);
  }
}

/** What the app looks up outside the meeting's stream. */
export interface MeetingContext {
  /** The board's bodies. */
  readonly knownBodyIds: ReadonlySet<string>;
  readonly judgmentOf: JudgmentLookup;
}

export function decide(
  command: MeetingCommand,
  state: MeetingState,
  context: MeetingContext,
): readonly MeetingEvent[] {
  switch (command.type) {
    case 'ScheduleMeeting':
      return scheduleMeeting(command, state, context.knownBodyIds);
    case 'CancelMeeting':
      return cancelMeeting(command, state);
    case 'ReportDecisions':
      return reportDecisions(command, state, context.judgmentOf).events;
    case 'WithdrawReports':
      return withdrawReports(command, state, context.judgmentOf).events;
    default:
      return assertNever(command);
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState, [MeetingContext]> =
  { initialState, evolve, decide };

export function scheduleMeeting(
  { data }: ScheduleMeeting,
  state: MeetingState,
  knownBodyIds: ReadonlySet<string>,
): readonly MeetingEvent[] {
  if (!isValidCalendarDate(data.date)) throw new InvalidCalendarDateError('date', data.date);
  if (data.listCutoff !== undefined && !isValidCalendarDate(data.listCutoff)) {
    throw new InvalidCalendarDateError('listCutoff', data.listCutoff);
  }
  if (state.status !== 'absent') throw new MeetingExistsError(data.meetingId);
  if (!knownBodyIds.has(data.bodyId)) throw new UnknownBodyError([data.bodyId]);
  const listCutoff = data.listCutoff ?? previousDay(data.date);
  if (listCutoff > data.date) throw new CutoffAfterDateError(listCutoff, data.date);
  return [
    {
      type: 'MeetingScheduled',
      data: {
        boardId: data.boardId,
        meetingId: data.meetingId,
        bodyId: data.bodyId,
        date: data.date,
        listCutoff,
        receivesReports: data.receivesReports ?? true,
      },
    },
  ];
}

export function cancelMeeting(
  { data }: CancelMeeting,
  state: MeetingState,
): readonly MeetingEvent[] {
  if (state.status === 'absent') throw new MeetingNotFoundError(data.meetingId);
  if (state.status === 'cancelled') return [];
  // Only reports still in effect hold a meeting: once every report was withdrawn
  // (recorded here by mistake), the administrator can cancel it like a meeting
  // that never received any, and the log still shows what was withdrawn.
  if (state.reportedDecisionIds.size > 0) throw new MeetingHasReportsError(data.meetingId);
  return [
    {
      type: 'MeetingCancelled',
      data: { boardId: data.boardId, meetingId: data.meetingId, reason: data.reason },
    },
  ];
}

/** Also tells the app which ids were reported and why the others were not. */
export function reportDecisions(
  command: ReportDecisions,
  state: MeetingState,
  judgmentOf: JudgmentLookup,
): ReportDecisionsOutcome {
  if (state.status === 'absent') throw new MeetingNotFoundError(command.data.meetingId);
  return reportDecisionsAt(command, state, judgmentOf);
}

/** Also tells the app which ids were withdrawn and why the others were not. */
export function withdrawReports(
  command: WithdrawReports,
  state: MeetingState,
  judgmentOf: JudgmentLookup,
): WithdrawReportsOutcome {
  if (command.data.reason.trim() === '') throw new ReasonRequiredError('WithdrawReports');
  if (state.status === 'absent') throw new MeetingNotFoundError(command.data.meetingId);
  return withdrawReportsAt(command, state, judgmentOf);
}
