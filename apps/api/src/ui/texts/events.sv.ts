import type {
  BoardEvent,
  DecisionEvent,
  DelegationOrderEvent,
  MeetingEvent,
} from '@delegationsbeslut/domain';

type EventType = (BoardEvent | DelegationOrderEvent | MeetingEvent | DecisionEvent)['type'];

/**
 * The log's event types in Swedish. A Record over every domain event type, so
 * a new event without a text does not compile.
 */
export const EVENT_TEXTS: Readonly<Record<EventType, string>> = {
  BoardDefined: 'Nämnden lades upp',
  BoardUpdated: 'Nämnden ändrades',
  DelegationOrderVersionAdopted: 'Delegationsordningen antogs i ny version',
  MeetingScheduled: 'Sammanträde planerades',
  MeetingCancelled: 'Sammanträde ställdes in',
  DecisionsReported: 'Beslut anmäldes',
  ReportsWithdrawn: 'Anmälan återkallades',
  DecisionRecorded: 'Beslut registrerades',
  DecisionAmended: 'Beslut ändrades',
  DecisionAnnulled: 'Beslut upphävdes',
};

export const EVENT_TYPES = Object.keys(EVENT_TEXTS) as readonly EventType[];

/** The Swedish name of a stored event type; a type unknown to this build is shown as stored. */
export function eventText(type: string): string {
  return (EVENT_TEXTS as Readonly<Record<string, string>>)[type] ?? type;
}
