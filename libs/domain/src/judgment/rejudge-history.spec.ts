import {
  decision,
  IFON,
  ifonMeetings,
  meeting,
  UTSKOTT,
  version2022,
  version2023,
} from './ifon.fixtures';
import { statusOn } from './decision-status';
import { judgeDecision } from './judge-decision';
import type { ReportAtMeeting } from './judgment.types';
import { MeetingCalendar } from './meeting-calendar';
import { OrderHistory } from './order-history';
import { addDays } from '../shared/calendar-date';

// A calendar or order change re-judges every decision of the board; this must
// stay a matter of seconds, not minutes.
describe('re-judging a whole history', () => {
  it('given 100,000 decisions and a weekly calendar, then all are judged within a few seconds', () => {
    const weeks = Array.from({ length: 150 }, (_, week) => addDays('2022-06-16', week * 7));
    const calendar = new MeetingCalendar([
      ...ifonMeetings,
      ...weeks.map((date) => meeting(`su-${date}`, UTSKOTT, date)),
      ...weeks
        .filter((_, week) => week % 4 === 0)
        .map((date) => meeting(`ifon-${date}`, IFON, addDays(date, 5))),
      ...weeks.map((date) => meeting(`fc-${date}`, 'forvaltningschef', addDays(date, 1))),
    ]);
    const orders = new OrderHistory([version2022, version2023]);
    const report: ReportAtMeeting = {
      meetingId: 'su-2023-04-13',
      bodyId: UTSKOTT,
      meetingDate: '2023-04-13',
      position: 1,
      minutesParagraph: null,
    };
    const started = performance.now();
    const counts = new Map<string, number>();
    for (let index = 0; index < 100_000; index++) {
      const decidedAt = addDays('2022-06-14', index % 900);
      const judgment = judgeDecision({
        decision: decision({
          decidedAt,
          registeredAt: decidedAt,
          itemCode: index % 10 === 0 ? '3.9.9' : '3.7.2',
        }),
        orders,
        calendar,
        boardBodyId: IFON,
        reports: index % 3 === 0 ? [report] : [],
        amendmentPositions: [],
      });
      const { status } = statusOn(judgment, '2024-01-01');
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    const elapsed = performance.now() - started;
    expect([...counts.keys()].sort()).toEqual(['overdue', 'pending']);
    expect(elapsed).toBeLessThan(5000);
  });
});
