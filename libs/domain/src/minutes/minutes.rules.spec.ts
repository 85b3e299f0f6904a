import { announcementDeadline, approvalDeadline, judgeMinutes } from './minutes.rules';

const minutes = (approvedOn: string, announcedOn: string | null = null) => ({
  approvedOn,
  announcedOn,
  minutesRef: null,
});

describe('minutes rules: approval (KL 6:35, 5:69) and announcement (KL 8:12)', () => {
  it('given no minutes, then the meeting view has none', () => {
    expect(judgeMinutes('2023-05-23', null)).toBeNull();
  });

  it('given minutes approved and announced in time, then neither is late', () => {
    expect(judgeMinutes('2023-05-23', minutes('2023-06-06', '2023-06-08'))).toEqual({
      ...minutes('2023-06-06', '2023-06-08'),
      announcementLate: false,
      approvalLate: false,
    });
  });

  it('given approval the day after the fourteenth, then approvalLate', () => {
    expect(judgeMinutes('2023-05-16', minutes('2023-05-30'))?.approvalLate).toBe(false);
    expect(judgeMinutes('2023-05-16', minutes('2023-05-31'))?.approvalLate).toBe(true);
  });

  it('given the fourteenth day is nationaldagen, then the next day is still in time', () => {
    expect(approvalDeadline('2023-05-23')).toBe('2023-06-07');
    expect(judgeMinutes('2023-05-23', minutes('2023-06-08'))?.approvalLate).toBe(true);
  });

  it('given the fourteenth day is midsommarafton, then approval on the Monday after is in time', () => {
    expect(approvalDeadline('2023-06-09')).toBe('2023-06-26');
    expect(judgeMinutes('2023-06-09', minutes('2023-06-26'))?.approvalLate).toBe(false);
    expect(judgeMinutes('2023-06-09', minutes('2023-06-27'))?.approvalLate).toBe(true);
  });

  it('given an announcement on the third day after approval, then announcementLate', () => {
    expect(announcementDeadline('2023-05-30')).toBe('2023-06-01');
    expect(judgeMinutes('2023-05-23', minutes('2023-05-30', '2023-06-01'))?.announcementLate).toBe(
      false,
    );
    expect(judgeMinutes('2023-05-23', minutes('2023-05-30', '2023-06-02'))?.announcementLate).toBe(
      true,
    );
  });

  it('given approval on a Thursday before Easter, then the deadline jumps the holiday to Tuesday', () => {
    expect(announcementDeadline('2023-04-06')).toBe('2023-04-11');
    expect(judgeMinutes('2023-04-03', minutes('2023-04-06', '2023-04-11'))?.announcementLate).toBe(
      false,
    );
  });

  it('given minutes not yet announced, then the announcement is not (yet) late', () => {
    expect(judgeMinutes('2023-05-23', minutes('2023-05-30'))?.announcementLate).toBe(false);
  });
});
