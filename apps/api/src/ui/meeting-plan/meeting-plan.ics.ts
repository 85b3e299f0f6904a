import ICAL from 'ical.js';
import type { MeetingPlanContext, MeetingPlanDraft, MeetingPlanResult } from './meeting-plan.types';
import { validateMeetingPlan } from './meeting-plan.validation';

/**
 * Properties a calendar may carry for us; a plain export from a calendar
 * program has none, and then the body is the one the user chose for the file.
 */
export const ICS_PROPERTIES = {
  meetingId: 'x-delegationsbeslut-meeting',
  bodyId: 'x-delegationsbeslut-body',
  listCutoff: 'x-delegationsbeslut-list-cutoff',
  receivesReports: 'x-delegationsbeslut-receives-reports',
} as const;

/** A meeting plan as iCalendar (.ics): one VEVENT a meeting; cancelled events are left out. */
export function parseMeetingPlanIcs(
  content: Buffer | string,
  context: MeetingPlanContext,
): MeetingPlanResult {
  const text = (typeof content === 'string' ? content : content.toString('utf8')).replace(
    /^\ufeff/,
    '',
  );
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: `Rad 1: Filen är inte en giltig iCalendar-fil (${(error as Error).message}).`,
        },
      ],
    };
  }
  const eventLines = linesOf(text, /^BEGIN:VEVENT\s*$/i);
  const drafts: MeetingPlanDraft[] = [];
  const errors: { line: number; message: string }[] = [];
  calendar.getAllSubcomponents('vevent').forEach((vevent, i) => {
    const line = eventLines[i] ?? 1;
    if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return;
    if (vevent.hasProperty('rrule')) {
      errors.push({
        line,
        message: `Rad ${line}: Upprepade händelser stöds inte; exportera varje sammanträde för sig.`,
      });
      return;
    }
    const start = vevent.getFirstPropertyValue('dtstart');
    const text = (name: string): string | undefined => {
      const value = vevent.getFirstPropertyValue(name);
      return value === null || value === undefined ? undefined : String(value);
    };
    drafts.push({
      line,
      date: start instanceof ICAL.Time ? calendarDate(start) : undefined,
      meetingId: text(ICS_PROPERTIES.meetingId),
      bodyId: text(ICS_PROPERTIES.bodyId),
      listCutoff: text(ICS_PROPERTIES.listCutoff),
      receivesReports: text(ICS_PROPERTIES.receivesReports),
    });
  });
  const result = validateMeetingPlan(drafts, context);
  if (errors.length === 0) return result;
  const all = [...errors, ...(result.ok ? [] : result.errors)].sort((a, b) => a.line - b.line);
  return { ok: false, errors: all };
}

/** The meeting's date where it takes place: a UTC time is read in Swedish time. */
function calendarDate(time: ICAL.Time): string {
  if (time.isDate || time.zone?.tzid !== 'UTC') return time.toString().slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(time.toJSDate());
}

function linesOf(text: string, pattern: RegExp): number[] {
  return text.split(/\r?\n/).flatMap((content, i) => (pattern.test(content) ? [i + 1] : []));
}
