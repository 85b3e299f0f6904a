import type { Judgment } from '../judgment/judgment.types';
import {
  InvalidMinutesParagraphError,
  MINUTES_PARAGRAPH_MAX_LENGTH,
} from '../shared/domain-errors';
import type { ReportDecisions } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import type { ExistingMeetingState } from './meeting.state';

export const REPORT_REJECTION_CODES = [
  'MEETING_CANCELLED',
  'UNKNOWN_DECISION',
  'DECISION_ANNULLED',
  'REPORTING_NOT_REQUIRED',
  'ALREADY_REPORTED_AT_MEETING',
  'ALREADY_REPORTED',
  'WRONG_BODY',
  'DECIDED_AFTER_MEETING',
  'STEP_NOT_READY',
] as const;

export type ReportRejectionCode = (typeof REPORT_REJECTION_CODES)[number];

export interface ReportRejection {
  readonly decisionId: string;
  /** `CODE: message`, the code from REPORT_REJECTION_CODES. */
  readonly error: string;
}

export interface ReportDecisionsOutcome {
  readonly events: readonly MeetingEvent[];
  readonly reported: readonly string[];
  readonly rejected: readonly ReportRejection[];
}

/** The current judgment of a decision of the board; undefined if not recorded. */
export type JudgmentLookup = (decisionId: string) => Judgment | undefined;

/**
 * Each decision is accepted or rejected on its own, so one wrong id does not
 * hold back the rest of a meeting's list.
 */
export function reportDecisionsAt(
  { data }: ReportDecisions,
  state: ExistingMeetingState,
  judgmentOf: JudgmentLookup,
): ReportDecisionsOutcome {
  const minutesParagraph = minutesParagraphOf(data.minutesParagraph);
  const decisionIds = [...new Set(data.decisionIds)];
  const reported: string[] = [];
  const rejected: ReportRejection[] = [];
  for (const decisionId of decisionIds) {
    const refusal = refusalFor(decisionId, state, judgmentOf(decisionId));
    if (refusal === null) reported.push(decisionId);
    else rejected.push({ decisionId, error: `${refusal[0]}: ${refusal[1]}` });
  }
  const { meeting } = state;
  const events: MeetingEvent[] =
    reported.length === 0
      ? []
      : [
          {
            type: 'DecisionsReported',
            data: {
              boardId: data.boardId,
              meetingId: meeting.meetingId,
              bodyId: meeting.bodyId,
              meetingDate: meeting.date,
              decisionIds: reported,
              // Left out rather than null, so an event without it reads like the older ones.
              ...(minutesParagraph === null ? {} : { minutesParagraph }),
            },
          },
        ];
  return { events, reported, rejected };
}

/**
 * Trimmed, so "§ 123 " and "§ 123" are one paragraph; blank text is refused
 * rather than read as "none", since a door that sends it has a bug to show.
 */
export function minutesParagraphOf(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed === '' || trimmed.length > MINUTES_PARAGRAPH_MAX_LENGTH) {
    throw new InvalidMinutesParagraphError(value);
  }
  return trimmed;
}

function refusalFor(
  decisionId: string,
  { status, meeting, reportedDecisionIds }: ExistingMeetingState,
  judgment: Judgment | undefined,
): readonly [ReportRejectionCode, string] | null {
  if (status === 'cancelled')
    return ['MEETING_CANCELLED', `meeting ${meeting.meetingId} is cancelled`];
  if (judgment === undefined) return ['UNKNOWN_DECISION', `decision ${decisionId} is not recorded`];
  if (judgment.baseStatus === 'annulled')
    return ['DECISION_ANNULLED', `decision ${decisionId} is annulled`];
  if (judgment.baseStatus === 'not-required') {
    return [
      'REPORTING_NOT_REQUIRED',
      `decision ${decisionId} is not to be reported (${judgment.reporting.mode})`,
    ];
  }
  if (reportedDecisionIds.has(decisionId)) {
    return [
      'ALREADY_REPORTED_AT_MEETING',
      `decision ${decisionId} was already reported at ${meeting.meetingId}`,
    ];
  }
  const step =
    judgment.currentStep === null ? undefined : judgment.reporting.steps[judgment.currentStep];
  if (judgment.baseStatus === 'reported' || step === undefined) {
    return ['ALREADY_REPORTED', `decision ${decisionId} has been reported at every step`];
  }
  if (step.bodyId !== meeting.bodyId) {
    return [
      'WRONG_BODY',
      `decision ${decisionId} is to be reported to ${step.bodyId}, not ${meeting.bodyId}`,
    ];
  }
  if (step.readyOn === null || step.readyOn > meeting.date) {
    return judgment.currentStep === 0
      ? [
          'DECIDED_AFTER_MEETING',
          `decision ${decisionId} was decided ${step.readyOn}, after the meeting of ${meeting.date}`,
        ]
      : [
          'STEP_NOT_READY',
          `decision ${decisionId} reached ${step.bodyId} on ${step.readyOn}, after the meeting of ${meeting.date}`,
        ];
  }
  return null;
}
