import type {
  BodyKind,
  DecisionStatus,
  ReportingRule,
  ReportRejectionCode,
} from '@delegationsbeslut/domain';

export const STATUS_TEXTS: Readonly<Record<DecisionStatus, string>> = {
  pending: 'Väntar på anmälan',
  overdue: 'Ej anmält i tid',
  reported: 'Anmält',
  'not-required': 'Ska inte anmälas',
  annulled: 'Upphävt',
};

export const REPORTING_RULE_TEXTS: Readonly<Record<ReportingRule, string>> = {
  report: 'Anmäls',
  'separate-minutes': 'Protokollförs särskilt',
  none: 'Verkställighet (anmäls inte)',
  unspecified: 'Ej angivet',
};

export const BODY_KIND_TEXTS: Readonly<Record<BodyKind, string>> = {
  board: 'Nämnd',
  committee: 'Utskott',
  presidium: 'Presidium',
  chair: 'Ordförande',
  official: 'Förvaltningschef',
};

/** Why a decision was not reported at a meeting (the `CODE:` of a rejection). */
export const REPORT_REJECTION_TEXTS: Readonly<Record<ReportRejectionCode, string>> = {
  MEETING_CANCELLED: 'Sammanträdet är inställt.',
  UNKNOWN_DECISION: 'Beslutet finns inte.',
  DECISION_ANNULLED: 'Beslutet är upphävt.',
  REPORTING_NOT_REQUIRED: 'Beslutet ska inte anmälas.',
  ALREADY_REPORTED_AT_MEETING: 'Beslutet är redan anmält vid det här sammanträdet.',
  ALREADY_REPORTED: 'Beslutet är redan anmält.',
  WRONG_BODY: 'Beslutet ska anmälas till ett annat organ.',
  DECIDED_AFTER_MEETING: 'Beslutet fattades efter sammanträdet.',
  STEP_NOT_READY: 'Beslutet ska först anmälas i ett tidigare steg.',
};
