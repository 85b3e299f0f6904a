import type { BoardView } from '../../../projections/boards/boards.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';
import { flagPeriod, nextMeetingsPerBody } from './overview.view-model';

const board: BoardView = {
  boardId: 'ifon',
  name: 'Individ- och familjeomsorgsnämnden',
  bodies: [
    { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
    { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
    { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
  ],
};

const meeting = (
  meetingId: string,
  bodyId: string,
  date: string,
  cancelled = false,
): MeetingView => ({
  meetingId,
  bodyId,
  date,
  listCutoff: date,
  receivesReports: true,
  cancelled,
  cancelReason: cancelled ? 'inställt' : null,
  reportedCount: 0,
});

describe('the översikt', () => {
  it('shows each organ in the board’s order with its next three meetings that are not cancelled', () => {
    const coming = [
      meeting('su-1', 'socialt-utskott', '2023-05-11'),
      meeting('su-2', 'socialt-utskott', '2023-05-25', true),
      meeting('ifon-1', 'ifon', '2023-05-23'),
      meeting('su-3', 'socialt-utskott', '2023-06-08'),
      meeting('su-4', 'socialt-utskott', '2023-06-22'),
      meeting('su-5', 'socialt-utskott', '2023-07-06'),
    ];
    const sizes: Record<string, number> = { 'su-1': 12, 'ifon-1': 3 };
    expect(nextMeetingsPerBody(board, coming, (m) => sizes[m.meetingId] ?? 0)).toEqual([
      {
        bodyId: 'ifon',
        name: 'Individ- och familjeomsorgsnämnden',
        meetings: [{ meetingId: 'ifon-1', date: '2023-05-23', listSize: 3 }],
      },
      {
        bodyId: 'socialt-utskott',
        name: 'Socialt utskott',
        meetings: [
          { meetingId: 'su-1', date: '2023-05-11', listSize: 12 },
          { meetingId: 'su-3', date: '2023-06-08', listSize: 0 },
          { meetingId: 'su-4', date: '2023-06-22', listSize: 0 },
        ],
      },
      { bodyId: 'forvaltningschef', name: 'Förvaltningschef', meetings: [] },
    ]);
  });

  it('counts the flags of the decisions decided from 90 days before today to today', () => {
    expect(flagPeriod('2023-04-28')).toEqual({ from: '2023-01-28', to: '2023-04-28' });
  });
});
