/** One meeting of a plan to import, in the shape POST …/meetings takes. */
export interface PlannedMeeting {
  readonly meetingId: string;
  readonly bodyId: string;
  readonly date: string;
  readonly listCutoff?: string;
  readonly receivesReports?: boolean;
}

/** A bad line, in Swedish, with the line of the file it is on (1-based). */
export interface MeetingPlanError {
  readonly line: number;
  readonly message: string;
}

/** All or nothing: a plan with any bad line imports nothing. */
export type MeetingPlanResult =
  | { readonly ok: true; readonly meetings: readonly PlannedMeeting[] }
  | { readonly ok: false; readonly errors: readonly MeetingPlanError[] };

export interface MeetingPlanContext {
  /** the board's bodies; a line naming another is an error */
  readonly bodyIds: ReadonlySet<string>;
  /** for lines (or calendar events) that name no body: the body the user chose for the file */
  readonly defaultBodyId?: string;
}

/** A line as read from a file, before it is checked. */
export interface MeetingPlanDraft {
  readonly line: number;
  readonly meetingId?: string;
  readonly bodyId?: string;
  readonly date?: string;
  readonly listCutoff?: string;
  readonly receivesReports?: string;
}
