import type { CalendarDate } from '../shared/calendar-date';
import { notEnforcedInTime } from '../enforcement/enforcement.rules';
import { assertNever } from '../shared/assert-never';
import { inFlagOrder, type DecisionStatus, type Flag } from './flags';
import type { Judgment } from './judgment.types';

export interface StatusOnDay {
  readonly status: DecisionStatus;
  readonly flags: readonly Flag[];
}

/**
 * The status of a judged decision as seen on `today`. A decision is overdue
 * the day after its due meeting: it was not reported there, which is the
 * missing anmälan the product exists to find.
 */
export function statusOn(judgment: Judgment, today: CalendarDate): StatusOnDay {
  const status = reportingStatusOn(judgment, today);
  const later: Flag[] = [];
  if (judgment.separateMinutesDueDate !== undefined && today > judgment.separateMinutesDueDate) {
    later.push('SEPARATE_MINUTES_MISSING');
  }
  if (judgment.enforcement !== undefined && notEnforcedInTime(judgment.enforcement, today)) {
    later.push('NOT_ENFORCED_IN_TIME');
  }
  if (later.length === 0) return status;
  return { status: status.status, flags: inFlagOrder(new Set([...status.flags, ...later])) };
}

function reportingStatusOn(judgment: Judgment, today: CalendarDate): StatusOnDay {
  switch (judgment.baseStatus) {
    case 'annulled':
    case 'not-required':
    case 'reported':
      return { status: judgment.baseStatus, flags: judgment.flags };
    case 'open': {
      const step =
        judgment.currentStep === null ? undefined : judgment.reporting.steps[judgment.currentStep];
      return openStatusOn(step?.dueDate ?? null, judgment.flags, today);
    }
    default:
      return assertNever(judgment.baseStatus);
  }
}

/**
 * The status of an open decision whose current step is due on `dueDate`
 * (null: no meeting scheduled), for read models that keep just that date.
 */
export function openStatusOn(
  dueDate: CalendarDate | null,
  flags: readonly Flag[],
  today: CalendarDate,
): StatusOnDay {
  if (dueDate === null || dueDate >= today) return { status: 'pending', flags };
  return { status: 'overdue', flags: inFlagOrder(new Set([...flags, 'OVERDUE'])) };
}
