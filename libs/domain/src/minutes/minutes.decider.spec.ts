import type { MeetingState } from '../meeting/meeting.state';
import { deciderSpecification } from '../shared/decider-specification';
import {
  InvalidCalendarDateError,
  MeetingCancelledError,
  MeetingNotFoundError,
  MinutesDateOrderError,
} from '../shared/domain-errors';
import type { RecordMinutes } from './minutes.commands';
import { minutesDecider } from './minutes.decider';
import type { MinutesRecorded } from './minutes.events';

const meeting: MeetingState = {
  status: 'scheduled',
  meeting: {
    meetingId: 'ifon-2023-05-23',
    bodyId: 'ifon',
    date: '2023-05-23',
    listCutoff: '2023-05-22',
    receivesReports: true,
  },
  reportedDecisionIds: new Set(),
};
const cancelled: MeetingState = { ...meeting, status: 'cancelled' };
const ids = { boardId: 'ifon', meetingId: 'ifon-2023-05-23' };
const record = (data: Omit<RecordMinutes['data'], 'boardId' | 'meetingId'>): RecordMinutes => ({
  type: 'RecordMinutes',
  data: { ...ids, ...data },
});
const recorded = (data: Partial<MinutesRecorded['data']>): MinutesRecorded => ({
  type: 'MinutesRecorded',
  data: { ...ids, approvedOn: '2023-05-30', announcedOn: null, minutesRef: null, ...data },
});
const spec = deciderSpecification(minutesDecider);

describe('minutes decider: RecordMinutes', () => {
  it('given no minutes, when approved, then the minutes are recorded unannounced', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-30', minutesRef: ' IFON 2023:5 ' }), meeting)
      .then([recorded({ minutesRef: 'IFON 2023:5' })]);
  });

  it('given approved minutes, when sent again with announcedOn, then the whole minutes are recorded again', () => {
    spec
      .given([recorded({ minutesRef: 'IFON 2023:5' })])
      .when(record({ approvedOn: '2023-05-30', announcedOn: '2023-05-31' }), meeting)
      .then([recorded({ minutesRef: 'IFON 2023:5', announcedOn: '2023-05-31' })]);
  });

  it('given announced minutes, when a date is corrected, then the other fields are kept and the latest stands', () => {
    spec
      .given([recorded({ announcedOn: '2023-05-31' })])
      .when(record({ approvedOn: '2023-05-29' }), meeting)
      .then([recorded({ approvedOn: '2023-05-29', announcedOn: '2023-05-31' })]);
  });

  it('given the same minutes, when sent again, then nothing is recorded (idempotent)', () => {
    spec
      .given([recorded({ announcedOn: '2023-05-31' })])
      .when(record({ approvedOn: '2023-05-30', announcedOn: '2023-05-31' }), meeting)
      .then([]);
  });

  it('given an announcement, when announcedOn is sent as null, then it is cleared', () => {
    spec
      .given([recorded({ announcedOn: '2023-05-31' })])
      .when(record({ approvedOn: '2023-05-30', announcedOn: null }), meeting)
      .then([recorded({})]);
  });

  it('when approvedOn is before the meeting, then it is refused (422)', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-22' }), meeting)
      .thenThrows(MinutesDateOrderError, (e: MinutesDateOrderError) => e.kind === 'rule');
  });

  it('when announcedOn is before approvedOn, also one kept from before, then it is refused (422)', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-30', announcedOn: '2023-05-29' }), meeting)
      .thenThrows(MinutesDateOrderError);
    spec
      .given([recorded({ announcedOn: '2023-05-31' })])
      .when(record({ approvedOn: '2023-06-01' }), meeting)
      .thenThrows(MinutesDateOrderError);
  });

  it('given a cancelled meeting, then minutes are refused (409)', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-30' }), cancelled)
      .thenThrows(MeetingCancelledError, (e: MeetingCancelledError) => e.kind === 'conflict');
  });

  it('given no such meeting, then it is not found', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-30' }), { status: 'absent' })
      .thenThrows(MeetingNotFoundError);
  });

  it('when a date is not a calendar date, then it is invalid', () => {
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-32' }), meeting)
      .thenThrows(InvalidCalendarDateError);
    spec
      .given([])
      .when(record({ approvedOn: '2023-05-30', announcedOn: '31/5' }), meeting)
      .thenThrows(InvalidCalendarDateError);
  });
});
