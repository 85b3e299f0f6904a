import type { CalendarDate } from '../shared/calendar-date';
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
  switch (judgment.baseStatus) {
    case 'annulled':
    case 'not-required':
    case 'reported':
      return { status: judgment.baseStatus, flags: judgment.flags };
    case 'open': {
      const step =
        judgment.currentStep === null ? undefined : judgment.reporting.steps[judgment.currentStep];
      const dueDate = step?.dueDate ?? null;
      if (dueDate === null || dueDate >= today) return { status: 'pending', flags: judgment.flags };
      return { status: 'overdue', flags: inFlagOrder(new Set([...judgment.flags, 'OVERDUE'])) };
    }
    default:
      return assertNever(judgment.baseStatus);
  }
}
