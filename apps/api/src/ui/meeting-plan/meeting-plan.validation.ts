import {
  DomainError,
  initialMeetingState,
  isValidCalendarDate,
  scheduleMeeting,
} from '@delegationsbeslut/domain';
import { ID_PATTERN } from '../../application/input/validation';
import { ERROR_CODE_TEXTS } from '../texts';
import type {
  MeetingPlanContext,
  MeetingPlanDraft,
  MeetingPlanError,
  MeetingPlanResult,
  PlannedMeeting,
} from './meeting-plan.types';

const YES = new Set(['ja', 'j', 'true', 'yes', '1', 'x']);
const NO = new Set(['nej', 'n', 'false', 'no', '0']);

/**
 * Checks every line, the same way for CSV and iCalendar, and answers all the
 * bad lines at once so the user can correct the file in one go. The API
 * checks again when the meetings are scheduled; this only spares the user a
 * half-imported plan.
 */
export function validateMeetingPlan(
  drafts: readonly MeetingPlanDraft[],
  context: MeetingPlanContext,
): MeetingPlanResult {
  const errors: MeetingPlanError[] = [];
  const meetings: PlannedMeeting[] = [];
  const seen = new Map<string, number>();
  if (drafts.length === 0) {
    return { ok: false, errors: [{ line: 1, message: 'Filen innehåller inga sammanträden.' }] };
  }
  for (const draft of drafts) {
    const problems: string[] = [];
    const bodyId = blankToUndefined(draft.bodyId) ?? context.defaultBodyId;
    const date = blankToUndefined(draft.date);
    const listCutoff = blankToUndefined(draft.listCutoff);
    if (bodyId === undefined) problems.push('organ saknas');
    else if (!context.bodyIds.has(bodyId))
      problems.push(`organet "${bodyId}" finns inte i nämnden`);
    if (date === undefined) problems.push('datum saknas');
    else if (!isValidCalendarDate(date))
      problems.push(`datumet "${date}" är inte ett datum (ÅÅÅÅ-MM-DD)`);
    if (listCutoff !== undefined && !isValidCalendarDate(listCutoff)) {
      problems.push(`sista dag för listan "${listCutoff}" är inte ett datum (ÅÅÅÅ-MM-DD)`);
    }
    const receivesReports = yesNo(draft.receivesReports);
    if (receivesReports === 'invalid') {
      problems.push(`"tar emot anmälan" ska vara ja eller nej, inte "${draft.receivesReports}"`);
    }
    // derived only from a known body and a valid date, so a bad line gets one message, not two
    const meetingId =
      blankToUndefined(draft.meetingId) ??
      (problems.length === 0 ? `${bodyId}-${date}` : undefined);
    if (meetingId !== undefined && !ID_PATTERN.test(meetingId)) {
      problems.push(
        `sammanträdets id "${meetingId}" får bara ha små bokstäver a–z, siffror, punkt, bindestreck och understreck (högst 64 tecken)`,
      );
    } else if (meetingId !== undefined && seen.has(meetingId)) {
      problems.push(`sammanträdet "${meetingId}" finns redan på rad ${seen.get(meetingId)}`);
    }
    if (problems.length === 0) {
      const refusal = domainRefusal(bodyId!, date!, listCutoff, context.bodyIds);
      if (refusal !== undefined) problems.push(refusal);
    }
    if (problems.length > 0) {
      errors.push({
        line: draft.line,
        message: `Rad ${draft.line}: ${capitalise(problems.join('; '))}.`,
      });
      continue;
    }
    seen.set(meetingId!, draft.line);
    meetings.push({
      meetingId: meetingId!,
      bodyId: bodyId!,
      date: date!,
      ...(listCutoff !== undefined && { listCutoff }),
      ...(receivesReports !== undefined && receivesReports !== 'invalid' && { receivesReports }),
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, meetings };
}

/**
 * What the domain itself would refuse in this meeting (a list cutoff after the
 * meeting, …), asked of its decider on a new meeting, so the rule lives once.
 */
function domainRefusal(
  bodyId: string,
  date: string,
  listCutoff: string | undefined,
  bodyIds: ReadonlySet<string>,
): string | undefined {
  try {
    scheduleMeeting(
      {
        type: 'ScheduleMeeting',
        data: { boardId: '', meetingId: 'plan', bodyId, date, ...(listCutoff && { listCutoff }) },
      },
      initialMeetingState,
      bodyIds,
    );
    return undefined;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const text = ERROR_CODE_TEXTS[error.code];
    return text === undefined ? error.message : lowerFirst(text.replace(/\.$/, ''));
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function yesNo(value: string | undefined): boolean | 'invalid' | undefined {
  const v = blankToUndefined(value)?.toLowerCase();
  if (v === undefined) return undefined;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return 'invalid';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
