/**
 * The version of how a decision is judged: judgeDecision and everything it
 * rests on (the version in force, the route, the steps and due meetings, the
 * flags and their order) and statusOn and isOnReportingList. Read models keep
 * judgments, so they fold this into their own version: a bump re-judges all of
 * history on the next start, where an unbumped rule change would leave history
 * judged by the old rule and only new events by the new one.
 *
 * Bump it with any change to how a decision is judged, and append the new
 * fingerprint to judgment-version.fingerprints.json; judgment-version.spec.ts
 * fails until both are done.
 */
// 2: a step carries the report's minutes paragraph; withdrawn reports no longer count.
// 3: after reporting's flags (ANNOUNCEMENT_LATE, AUTOMATED_DECISION_NOT_ALLOWED,
//    SEPARATE_MINUTES_MISSING, NOT_ENFORCED_IN_TIME), judged only from the new facts.
export const JUDGMENT_VERSION = 3;
