import { meeting, UTSKOTT } from './ifon.fixtures';
import { MeetingCalendar } from './meeting-calendar';

describe('meeting calendar', () => {
  const april13 = meeting('su-04-13', UTSKOTT, '2023-04-13');
  const april27 = meeting('su-04-27', UTSKOTT, '2023-04-27');
  const may11 = meeting('su-05-11', UTSKOTT, '2023-05-11');

  it('given meetings, then the due meeting is the first whose cutoff is on or after the ready date', () => {
    const calendar = new MeetingCalendar([may11, april27, april13]);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-03')).toEqual(april13);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-12')).toEqual(april13);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-13')).toEqual(april27);
    expect(calendar.dueMeeting(UTSKOTT, '2023-05-11')).toBeUndefined();
    expect(calendar.dueMeeting('ifon', '2023-04-03')).toBeUndefined();
  });

  it('given a cancelled meeting, then it is skipped for the due meeting', () => {
    const calendar = new MeetingCalendar([{ ...april13, cancelled: true }, april27]);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-03')).toEqual(april27);
  });

  it('given a meeting that receives no reports, then it is skipped for the due meeting', () => {
    const calendar = new MeetingCalendar([{ ...april13, receivesReports: false }, april27]);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-03')).toEqual(april27);
  });

  it('given a meeting with an early cutoff, then a later meeting can be due first in date order', () => {
    const earlyCutoff = { ...april27, listCutoff: '2023-04-01' };
    const calendar = new MeetingCalendar([april13, earlyCutoff, may11]);
    expect(calendar.dueMeeting(UTSKOTT, '2023-04-13')).toEqual(may11);
    expect(calendar.dueMeeting(UTSKOTT, '2023-03-31')).toEqual(april13);
  });

  it('given any meeting, cancelled or not, then it can be looked up by id', () => {
    const calendar = new MeetingCalendar([{ ...april13, cancelled: true }]);
    expect(calendar.get('su-04-13')?.cancelled).toBe(true);
    expect(calendar.get('nope')).toBeUndefined();
  });
});
