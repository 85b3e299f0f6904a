// The pure domain: deciders per stream and the rules that judge decisions.
// No framework, no I/O, no clock: time and ids come in as arguments.

export * from './shared/calendar-date';
export * from './calendar/statutory-calendar';
export * from './shared/domain-errors';
export type { Decider } from './shared/decider';
export { assertNever } from './shared/assert-never';

export type { BoardCommand, DefineBoard } from './board/board.commands';
export * from './board/board.events';
export {
  boardBodyOf,
  boardDecider,
  decide as decideBoard,
  evolve as evolveBoard,
  initialState as initialBoardState,
  type BoardState,
} from './board/board.decider';

export type {
  AdoptDelegationOrderVersion,
  DelegationOrderCommand,
  DelegationOrderItemInput,
} from './delegation-order/delegation-order.commands';
export * from './delegation-order/delegation-order.events';
export {
  decide as decideDelegationOrder,
  delegationOrderDecider,
  evolve as evolveDelegationOrder,
  initialState as initialDelegationOrderState,
  type DelegationOrderState,
} from './delegation-order/delegation-order.decider';
export * from './delegation-order/compare-versions';

export type {
  CancelMeeting,
  MeetingCommand,
  ReportDecisions,
  ScheduleMeeting,
  WithdrawReports,
} from './meeting/meeting.commands';
export type * from './meeting/meeting.events';
export type * from './meeting/meeting.state';
export {
  cancelMeeting,
  decide as decideMeeting,
  evolve as evolveMeeting,
  initialState as initialMeetingState,
  meetingDecider,
  reportDecisions,
  scheduleMeeting,
  withdrawReports,
  type MeetingContext,
} from './meeting/meeting.decider';
export * from './meeting/report-decisions.rules';
export * from './meeting/withdraw-reports.rules';

export type * from './decision/decision.commands';
export * from './decision/decision.events';
export * from './decision/decision-facts';
export {
  decide as decideDecision,
  decisionDecider,
  evolve as evolveDecision,
  initialState as initialDecisionState,
  type DecisionState,
} from './decision/decision.decider';

export * from './judgment/flags';
export type * from './judgment/judgment.types';
export * from './judgment/order-history';
export * from './judgment/meeting-calendar';
export * from './judgment/reporting-route.rules';
export * from './judgment/reporting-steps.rules';
export * from './judgment/active-reports';
export * from './judgment/judge-decision';
export * from './judgment/decision-status';
export * from './judgment/reporting-list';
export { JUDGMENT_VERSION } from './judgment/judgment-version';

export type * from './minutes/minutes.commands';
export type * from './minutes/minutes.events';
export {
  decide as decideMinutes,
  evolve as evolveMinutes,
  initialState as initialMinutesState,
  minutesDecider,
  nextMinutes,
  type MinutesState,
} from './minutes/minutes.decider';
export * from './minutes/minutes.rules';
export {
  decide as decideSeparateMinutes,
  evolve as evolveSeparateMinutes,
  separateMinutesDecider,
  type SeparatelyMinutedDecision,
} from './minutes/separate-minutes.decider';
export * from './minutes/separate-minutes.rules';
export * from './decision/automated-decision.rules';

export type * from './appeal/appeal.commands';
export * from './appeal/appeal.events';
export {
  appealDecider,
  decide as decideAppeal,
  evolve as evolveAppeals,
  initialState as initialAppealsState,
  type AppealedDecision,
  type AppealsState,
  type RecordedAppeal,
} from './appeal/appeal.decider';
export * from './appeal/appeal-window.rules';

export type * from './enforcement/enforcement.commands';
export * from './enforcement/enforcement.events';
export {
  decide as decideEnforcement,
  enforcementDecider,
  evolve as evolveEnforcement,
  initialState as initialEnforcementState,
  stepOf as enforcementStepOf,
  type EnforcedDecision,
  type EnforcementRecord,
  type EnforcementState,
} from './enforcement/enforcement.decider';
export * from './enforcement/enforcement.rules';
export * from './enforcement/unenforced-report';
