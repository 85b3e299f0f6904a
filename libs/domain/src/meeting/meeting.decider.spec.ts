import { deciderSpecification } from '../shared/decider-specification';
import {
  CutoffAfterDateError,
  DomainError,
  InvalidCalendarDateError,
  MeetingExistsError,
  MeetingHasReportsError,
  MeetingNotFoundError,
  UnknownBodyError,
} from '../shared/domain-errors';
import type { CancelMeeting, ScheduleMeeting } from './meeting.commands';
import { meetingDecider, type MeetingContext } from './meeting.decider';
import type {
  DecisionsReported,
  MeetingCancelled,
  MeetingScheduled,
  ReportsWithdrawn,
} from './meeting.events';

const context: MeetingContext = {
  knownBodyIds: new Set(['ifon', 'socialt-utskott']),
  judgmentOf: () => undefined,
};
const schedule = (overrides: Partial<ScheduleMeeting['data']> = {}): ScheduleMeeting => ({
  type: 'ScheduleMeeting',
  data: {
    boardId: 'ifon',
    meetingId: 'su-2023-04-13',
    bodyId: 'socialt-utskott',
    date: '2023-04-13',
    ...overrides,
  },
});
const scheduled: MeetingScheduled = {
  type: 'MeetingScheduled',
  data: {
    boardId: 'ifon',
    meetingId: 'su-2023-04-13',
    bodyId: 'socialt-utskott',
    date: '2023-04-13',
    listCutoff: '2023-04-12',
    receivesReports: true,
  },
};
const cancel: CancelMeeting = {
  type: 'CancelMeeting',
  data: { boardId: 'ifon', meetingId: 'su-2023-04-13', reason: 'inställt' },
};
const cancelled: MeetingCancelled = { type: 'MeetingCancelled', data: cancel.data };
const reported: DecisionsReported = {
  type: 'DecisionsReported',
  data: {
    boardId: 'ifon',
    meetingId: 'su-2023-04-13',
    bodyId: 'socialt-utskott',
    meetingDate: '2023-04-13',
    decisionIds: ['d-1'],
  },
};
const withdrawn = (decisionIds: string[]): ReportsWithdrawn => ({
  type: 'ReportsWithdrawn',
  data: { ...reported.data, decisionIds, reason: 'fel möte' },
});
const spec = deciderSpecification(meetingDecider);
const kindIs = (kind: DomainError['kind']) => (error: DomainError) => error.kind === kind;

describe('meeting decider: ScheduleMeeting', () => {
  it('schedules a meeting with the list cutoff the day before and receiving reports', () => {
    spec.given([]).when(schedule(), context).then([scheduled]);
  });

  it('fills the default cutoff across a month boundary', () => {
    spec
      .given([])
      .when(schedule({ date: '2024-03-01' }), context)
      .then([
        { ...scheduled, data: { ...scheduled.data, date: '2024-03-01', listCutoff: '2024-02-29' } },
      ]);
  });

  it('keeps an explicit cutoff, on the meeting day itself, and receivesReports=false', () => {
    spec
      .given([])
      .when(schedule({ listCutoff: '2023-04-13', receivesReports: false }), context)
      .then([
        {
          ...scheduled,
          data: { ...scheduled.data, listCutoff: '2023-04-13', receivesReports: false },
        },
      ]);
  });

  it('refuses an existing meeting id (conflict)', () => {
    spec
      .given([scheduled])
      .when(schedule(), context)
      .thenThrows(MeetingExistsError, kindIs('conflict'));
    spec.given([scheduled, cancelled]).when(schedule(), context).thenThrows(MeetingExistsError);
  });

  it('refuses a body the board does not have (rule)', () => {
    spec
      .given([])
      .when(schedule({ bodyId: 'arbetsutskott' }), context)
      .thenThrows(UnknownBodyError, kindIs('rule'));
  });

  it('refuses a cutoff after the meeting date (rule)', () => {
    spec
      .given([])
      .when(schedule({ listCutoff: '2023-04-14' }), context)
      .thenThrows(CutoffAfterDateError, kindIs('rule'));
  });

  it.each([{ date: '2023-02-30' }, { listCutoff: '2023-04-31' }])(
    'refuses a date that does not exist: %j (invalid)',
    (overrides) => {
      spec
        .given([])
        .when(schedule(overrides), context)
        .thenThrows(InvalidCalendarDateError, kindIs('invalid'));
    },
  );
});

describe('meeting decider: CancelMeeting', () => {
  it('cancels a scheduled meeting', () => {
    spec.given([scheduled]).when(cancel, context).then([cancelled]);
  });

  it('is idempotent once cancelled', () => {
    spec.given([scheduled, cancelled]).when(cancel, context).then([]);
  });

  it('refuses a meeting that is not scheduled (not-found)', () => {
    spec.given([]).when(cancel, context).thenThrows(MeetingNotFoundError, kindIs('not-found'));
  });

  it('refuses a meeting that has received decisions (conflict)', () => {
    spec
      .given([scheduled, reported])
      .when(cancel, context)
      .thenThrows(MeetingHasReportsError, kindIs('conflict'));
  });

  // An administrator who withdrew every report recorded here by mistake expects
  // the meeting to be as if it had received none, so it can be cancelled.
  it('cancels a meeting whose reports were all withdrawn', () => {
    spec
      .given([scheduled, reported, withdrawn(['d-1'])])
      .when(cancel, context)
      .then([cancelled]);
  });

  it('refuses a meeting with a report still in effect after others were withdrawn (conflict)', () => {
    const both = { ...reported, data: { ...reported.data, decisionIds: ['d-1', 'd-2'] } };
    spec
      .given([scheduled, both, withdrawn(['d-1'])])
      .when(cancel, context)
      .thenThrows(MeetingHasReportsError);
  });
});
