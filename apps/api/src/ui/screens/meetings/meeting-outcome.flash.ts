import type { Request } from 'express';

/** What reporting or withdrawing did: the decisions done, and each rejected with its `CODE: message`. */
export interface ListChange {
  readonly meetingId: string;
  readonly done: readonly string[];
  readonly rejected: readonly { readonly decisionId: string; readonly error: string }[];
}

export interface PlanImport {
  readonly scheduled: readonly { readonly meetingId: string; readonly date: string }[];
  readonly refused: readonly {
    readonly meetingId: string;
    readonly date: string;
    readonly reason: string;
  }[];
}

/** What a POST did, kept in the session for the one GET it redirects to (post/redirect/get). */
export type MeetingOutcome =
  | ({ readonly kind: 'reported' } & ListChange)
  | ({ readonly kind: 'withdrawn' } & ListChange)
  | ({ readonly kind: 'imported' } & PlanImport);

declare module 'express-session' {
  interface SessionData {
    meetingOutcome?: MeetingOutcome;
  }
}

export function keepOutcome(request: Request, outcome: MeetingOutcome): void {
  request.session.meetingOutcome = outcome;
}

/** The outcome once: a reload of the result page does not show it again. */
export function takeOutcome<K extends MeetingOutcome['kind']>(
  request: Request,
  kind: K,
): Extract<MeetingOutcome, { kind: K }> | undefined {
  const outcome = request.session?.meetingOutcome;
  if (!outcome || outcome.kind !== kind) return undefined;
  delete request.session.meetingOutcome;
  return outcome as Extract<MeetingOutcome, { kind: K }>;
}
