import type {
  BoardEvent,
  DecisionEvent,
  DelegationOrderEvent,
  MeetingEvent,
} from '@delegationsbeslut/domain';

export type EventType = (BoardEvent | DelegationOrderEvent | MeetingEvent | DecisionEvent)['type'];

/**
 * Every event of the log in Swedish, for histories and the event log. Typed
 * as a Record over the event types, so a new event without a text does not compile.
 */
export const EVENT_TEXTS: Readonly<Record<EventType, string>> = {
  BoardDefined: 'Nämnden lades upp',
  BoardUpdated: 'Nämnden ändrades',
  DelegationOrderVersionAdopted: 'Version av delegationsordningen antogs',
  MeetingScheduled: 'Sammanträde planerades',
  MeetingCancelled: 'Sammanträde ställdes in',
  DecisionsReported: 'Anmält vid sammanträde',
  ReportsWithdrawn: 'Anmälan återkallad',
  DecisionRecorded: 'Beslutet registrerades',
  DecisionAmended: 'Beslutet ändrades',
  DecisionAnnulled: 'Beslutet upphävdes',
};

export const EVENT_TYPES = Object.keys(EVENT_TEXTS) as readonly EventType[];

/** The Swedish name of an event type; a type this build does not know is shown as it is stored. */
export function eventText(type: string): string {
  return Object.hasOwn(EVENT_TEXTS, type) ? EVENT_TEXTS[type as EventType] : type;
}
