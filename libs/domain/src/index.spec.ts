import * as domain from '@delegationsbeslut/domain';

describe('the package entry point', () => {
  it('given the app imports @delegationsbeslut/domain, then deciders, rules and errors are there', () => {
    for (const name of [
      'boardDecider',
      'delegationOrderDecider',
      'meetingDecider',
      'decisionDecider',
      'reportDecisions',
      'minutesParagraphOf',
      'withdrawReports',
      'evolveActiveReports',
      'activeReportsOf',
      'judgeDecision',
      'compareVersions',
      'statusOn',
      'isOnReportingList',
      'OrderHistory',
      'MeetingCalendar',
      'applyDecisionChanges',
      'evolveDecisionHistory',
      'isValidCalendarDate',
      'addDays',
      'previousDay',
      'isoWeekday',
      'addMonthsClamped',
      'daysBetween',
      'publicHolidays',
      'statutoryDeadline',
      'minutesDecider',
      'judgeMinutes',
      'appealDecider',
      'appealOn',
      'announcementOf',
      'MinutesDateOrderError',
      'AppealConflictError',
      'separateMinutesDecider',
      'separateMinutesMissing',
      'automatedDecisionNotAllowed',
      'enforcementDecider',
      'enforcementAsOf',
      'notEnforcedInTime',
      'unenforcedReport',
      'EnforcementOrderError',
      'DomainError',
      'DecisionConflictError',
      'InvalidMinutesParagraphError',
      'ReasonRequiredError',
    ]) {
      expect(domain).toHaveProperty(name);
    }
    expect(domain.FLAGS).toHaveLength(14);
    expect(domain.DECISION_STATUSES).toHaveLength(5);
    expect(domain.WITHDRAW_REJECTION_CODES).toContain('LATER_STEP_REPORTED');
    expect(new domain.VersionExistsError('v1')).toMatchObject({
      kind: 'conflict',
      code: 'VERSION_EXISTS',
    });
  });
});
