/**
 * Every refusal of the domain is one of these. The app maps `kind` to a status
 * code (invalid→400, not-found→404, conflict→409, rule→422) and a Kafka DLQ
 * reason in one place; `code` is stable API, so clients may branch on it.
 */
export type DomainErrorKind = 'invalid' | 'forbidden' | 'not-found' | 'conflict' | 'rule';

export abstract class DomainError extends Error {
  protected constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = code;
  }
}

// invalid (400)

export class InvalidCalendarDateError extends DomainError {
  constructor(field: string, value: unknown) {
    super(
      'invalid',
      'INVALID_DATE',
      `${field} is not a calendar date YYYY-MM-DD: ${String(value)}`,
      [field],
    );
  }
}

export class RequiredFieldClearedError extends DomainError {
  constructor(fields: readonly string[]) {
    super(
      'invalid',
      'REQUIRED_FIELD_CLEARED',
      `these fields cannot be set to null: ${fields.join(', ')}`,
      fields,
    );
  }
}

/** A paragraph reference ("§ 123", "§ 45 p. 3"), not minutes text. */
export const MINUTES_PARAGRAPH_MAX_LENGTH = 50;

export class InvalidMinutesParagraphError extends DomainError {
  constructor(value: unknown) {
    super(
      'invalid',
      'INVALID_MINUTES_PARAGRAPH',
      `minutesParagraph must be non-empty text of at most ${MINUTES_PARAGRAPH_MAX_LENGTH} characters: ${JSON.stringify(value)}`,
      ['minutesParagraph'],
    );
  }
}

export class ReasonRequiredError extends DomainError {
  constructor(command: string) {
    super('invalid', 'REASON_REQUIRED', `${command} needs a non-empty reason`, ['reason']);
  }
}

export class InvalidQuarterError extends DomainError {
  constructor(value: unknown) {
    super('invalid', 'INVALID_QUARTER', `quarter is not YYYY-Qn: ${String(value)}`, ['quarter']);
  }
}

// forbidden (403)

export class NotDecisionSourceError extends DomainError {
  constructor(decisionId: string, sourceSystem: string) {
    super(
      'forbidden',
      'NOT_DECISION_SOURCE',
      `decision ${decisionId} was not sent by ${sourceSystem}; a source system changes only its own decisions`,
    );
  }
}

// not-found (404)

export class BoardNotFoundError extends DomainError {
  constructor(boardId: string) {
    super('not-found', 'BOARD_NOT_FOUND', `board ${boardId} does not exist`);
  }
}

export class VersionNotFoundError extends DomainError {
  constructor(description: string) {
    super('not-found', 'VERSION_NOT_FOUND', `no delegation order version ${description}`);
  }
}

export class MeetingNotFoundError extends DomainError {
  constructor(meetingId: string) {
    super('not-found', 'MEETING_NOT_FOUND', `meeting ${meetingId} is not scheduled`);
  }
}

export class DecisionNotFoundError extends DomainError {
  constructor(decisionId: string) {
    super('not-found', 'DECISION_NOT_FOUND', `decision ${decisionId} is not recorded`);
  }
}

export class AppealNotFoundError extends DomainError {
  constructor(decisionId: string, appealId: string) {
    super('not-found', 'APPEAL_NOT_FOUND', `decision ${decisionId} has no appeal ${appealId}`);
  }
}

// conflict (409): the command contradicts what is stored

export class ReferencedBodyRemovedError extends DomainError {
  constructor(bodyIds: readonly string[]) {
    super(
      'conflict',
      'BODY_REFERENCED',
      `bodies still referenced by routes or meetings cannot be removed: ${bodyIds.join(', ')}`,
      bodyIds,
    );
  }
}

export class VersionExistsError extends DomainError {
  constructor(versionId: string) {
    super('conflict', 'VERSION_EXISTS', `version ${versionId} already exists`);
  }
}

export class EffectiveFromNotLaterError extends DomainError {
  constructor(effectiveFrom: string, latest: string) {
    super(
      'conflict',
      'EFFECTIVE_FROM_NOT_LATER',
      `effectiveFrom ${effectiveFrom} must be later than the latest version's ${latest}; versions are append-only`,
    );
  }
}

export class MeetingExistsError extends DomainError {
  constructor(meetingId: string) {
    super('conflict', 'MEETING_EXISTS', `meeting ${meetingId} already exists`);
  }
}

export class MeetingHasReportsError extends DomainError {
  constructor(meetingId: string) {
    super(
      'conflict',
      'MEETING_HAS_REPORTS',
      `meeting ${meetingId} has received decisions and cannot be cancelled`,
    );
  }
}

export class DecisionConflictError extends DomainError {
  constructor(decisionId: string, fields: readonly string[]) {
    super(
      'conflict',
      'DECISION_CONFLICT',
      `decision ${decisionId} is already recorded with different content (${fields.join(', ')}); corrections go through amend`,
      fields,
    );
  }
}

export class MeetingCancelledError extends DomainError {
  constructor(meetingId: string) {
    super('conflict', 'MEETING_CANCELLED', `meeting ${meetingId} is cancelled and has no minutes`);
  }
}

export class AppealConflictError extends DomainError {
  constructor(appealId: string, fields: readonly string[]) {
    super(
      'conflict',
      'APPEAL_CONFLICT',
      `appeal ${appealId} is already recorded with different content (${fields.join(', ')})`,
      fields,
    );
  }
}

// rule (422): well-formed, but a domain rule refuses it

export class BoardBodyCountError extends DomainError {
  constructor(count: number) {
    super('rule', 'BOARD_BODY_COUNT', `a board has exactly one body of kind board, not ${count}`);
  }
}

export class DuplicateBodyError extends DomainError {
  constructor(bodyIds: readonly string[]) {
    super('rule', 'DUPLICATE_BODY', `duplicate bodyId: ${bodyIds.join(', ')}`, bodyIds);
  }
}

export class UnknownBodyError extends DomainError {
  constructor(bodyIds: readonly string[]) {
    super('rule', 'UNKNOWN_BODY', `unknown body: ${bodyIds.join(', ')}`, bodyIds);
  }
}

export class DuplicateItemCodeError extends DomainError {
  constructor(codes: readonly string[]) {
    super('rule', 'DUPLICATE_ITEM_CODE', `duplicate item code: ${codes.join(', ')}`, codes);
  }
}

export class EmptyRouteError extends DomainError {
  constructor(where: string) {
    super('rule', 'EMPTY_ROUTE', `a route needs at least one body: ${where}`, [where]);
  }
}

export class CutoffAfterDateError extends DomainError {
  constructor(listCutoff: string, date: string) {
    super(
      'rule',
      'CUTOFF_AFTER_DATE',
      `listCutoff ${listCutoff} is after the meeting date ${date}`,
    );
  }
}

export class DecisionAnnulledError extends DomainError {
  constructor(decisionId: string) {
    super('rule', 'DECISION_ANNULLED', `decision ${decisionId} is annulled and cannot be amended`);
  }
}

export class MinutesDateOrderError extends DomainError {
  constructor(field: 'approvedOn' | 'announcedOn', value: string, earliest: string, what: string) {
    super('rule', 'MINUTES_DATE_ORDER', `${field} ${value} is before ${what} ${earliest}`, [field]);
  }
}

export class NotSeparatelyMinutedError extends DomainError {
  constructor(decisionId: string, mode: string) {
    super(
      'rule',
      'NOT_SEPARATE_MINUTES',
      `decision ${decisionId} is judged '${mode}', not 'separate-minutes', so it has no minutes of its own`,
    );
  }
}

export class AppealDateOrderError extends DomainError {
  constructor(field: 'lodgedOn' | 'decidedOn', value: string, earliest: string, what: string) {
    super('rule', 'APPEAL_DATE_ORDER', `${field} ${value} is before ${what} ${earliest}`, [field]);
  }
}

export class EnforcementOrderError extends DomainError {
  constructor(event: string, on: string, why: string) {
    super('rule', 'ENFORCEMENT_ORDER', `${event} on ${on} is impossible: ${why}`, ['event', 'on']);
  }
}
