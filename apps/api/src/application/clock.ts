import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@delegationsbeslut/domain';

const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A calendar date in Europe/Stockholm, the domain's time zone. */
export function stockholmDate(instant: Date): CalendarDate {
  return STOCKHOLM_DATE.format(instant);
}

/**
 * The service's one clock. The domain takes time as an argument; this is
 * where the app reads it, so a test or a replay can replace it in one place.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in Europe/Stockholm. */
  today(): CalendarDate {
    return stockholmDate(this.now());
  }

  /** A request's `today` (the API lets a caller ask about another day), or the real one. */
  todayOr(requested: CalendarDate | undefined): CalendarDate {
    return requested ?? this.today();
  }
}
