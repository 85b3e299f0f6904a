import type {
  BodyKind,
  DecisionStatus,
  ReportingRule,
  ReportRejectionCode,
  WithdrawRejectionCode,
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

/** Why a report at a meeting was not withdrawn (the `CODE:` of a rejection). */
export const WITHDRAW_REJECTION_TEXTS: Readonly<Record<WithdrawRejectionCode, string>> = {
  NOT_REPORTED_AT_MEETING: 'Beslutet är inte anmält vid det här sammanträdet.',
  LATER_STEP_REPORTED: 'Beslutet har sedan anmälts i nästa steg. Återkalla först den anmälan.',
  UNKNOWN_DECISION: 'Beslutet finns inte.',
};

/** The Swedish text of a rejection's `CODE: message`, by its code; the code itself if unknown. */
export function rejectionText(
  error: string,
  texts: Readonly<Record<string, string>> = {
    ...REPORT_REJECTION_TEXTS,
    ...WITHDRAW_REJECTION_TEXTS,
  },
): string {
  const code = /^([A-Z_]+)/.exec(error)?.[1] ?? '';
  return texts[code] ?? 'Beslutet kunde inte hanteras.';
}
