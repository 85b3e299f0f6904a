import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';
import {
  groupByEarlierMeeting,
  type ListContext,
  pageOfGroups,
  reportingListExport,
} from './meeting-list.view-model';

const nämnd: MeetingView = {
  meetingId: 'ifon-2023-08-29',
  bodyId: 'ifon',
  date: '2023-08-29',
  listCutoff: '2023-08-28',
  receivesReports: true,
  cancelled: false,
  cancelReason: null,
  reportedCount: 0,
};

const step = (
  bodyId: string,
  reportedAtMeetingId: string | null,
  reportedOn: string | null,
  minutesParagraph: string | null = null,
) => ({
  bodyId,
  readyOn: '2023-05-01',
  dueMeetingId: null,
  dueDate: null,
  reportedAtMeetingId,
  reportedOn,
  minutesParagraph,
  late: false,
});

const decision = (
  id: string,
  steps: ReturnType<typeof step>[],
  confidential = false,
): DecisionView => ({
  decisionId: id,
  externalId: id,
  sourceSystem: 'viva',
  itemCode: '3.7.2',
  decidedAt: '2023-05-23',
  decidedBy: { name: 'Åsa Öberg', role: 'socialsekreterare', id: null },
  caseRef: confidential ? null : `IFO ${id}`,
  summary: confidential ? null : 'Bistånd',
  confidential,
  amount: null,
  urgent: false,
  registeredAt: '2023-05-23',
  recordedAt: '2023-05-23T10:00:00Z',
  orderVersionId: 'v',
  reporting: { mode: 'report', route: steps.map((s) => s.bodyId), steps },
  status: 'pending',
  flags: [],
});

const context: ListContext = {
  meeting: nämnd,
  bodyName: (id) =>
    ({ ifon: 'Individ- och familjeomsorgsnämnden', su: 'Socialt utskott' })[id] ?? id,
  itemTitle: () => 'Beslut om ekonomiskt bistånd',
};

const viaUtskott = (id: string, meetingId: string, date: string, atNämnd: string | null = null) =>
  decision(id, [
    step('su', meetingId, date),
    step('ifon', atNämnd, atNämnd && '2023-08-29', atNämnd && '§ 12'),
  ]);

describe('a nämnd meeting’s list, grouped by the utskott meeting where the decisions were reported', () => {
  it('given decisions via two utskott meetings and one straight to the nämnd, then one group each, by date, the direct one last', () => {
    const groups = groupByEarlierMeeting(
      [
        viaUtskott('b', 'su-2023-06-08', '2023-06-08'),
        decision('direct', [step('ifon', null, null)]),
        viaUtskott('a', 'su-2023-06-01', '2023-06-01'),
        viaUtskott('c', 'su-2023-06-01', '2023-06-01'),
      ],
      context,
    );
    expect(groups.map((g) => [g.heading, g.decisions.map((d) => d.decisionId)])).toEqual([
      ['Socialt utskott 2023-06-01', ['a', 'c']],
      ['Socialt utskott 2023-06-08', ['b']],
      ['Direkt till Individ- och familjeomsorgsnämnden', ['direct']],
    ]);
  });

  it('given a decision reported at this meeting, then it is grouped by its earlier step and shows this meeting’s paragraph', () => {
    const [group] = groupByEarlierMeeting(
      [viaUtskott('r', 'su-2023-06-01', '2023-06-01', 'ifon-2023-08-29')],
      context,
    );
    expect(group.heading).toBe('Socialt utskott 2023-06-01');
    expect(group.decisions[0]).toMatchObject({
      minutesParagraph: '§ 12',
      delegate: 'Åsa Öberg, socialsekreterare',
    });
  });

  it('given a confidential decision read masked, then the export carries the mark for its variant to print', () => {
    const list = reportingListExport(
      [viaUtskott('s', 'su-2023-06-01', '2023-06-01')].map((d) => ({
        ...d,
        confidential: true,
        caseRef: null,
      })),
      context,
      'public',
    );
    expect(list).toMatchObject({
      meetingDate: '2023-08-29',
      instans: 'Individ- och familjeomsorgsnämnden',
      variant: 'public',
    });
    expect(list.groups[0].rows[0]).toMatchObject({
      confidential: true,
      caseRef: undefined,
      itemTitle: 'Beslut om ekonomiskt bistånd',
    });
  });

  it('given a list longer than a page, then a page keeps the groups’ numbers and a cut group continues on the next', () => {
    const groups = groupByEarlierMeeting(
      [
        viaUtskott('a', 'su-2023-06-01', '2023-06-01'),
        viaUtskott('b', 'su-2023-06-01', '2023-06-01'),
        viaUtskott('c', 'su-2023-06-08', '2023-06-08'),
      ],
      context,
    );
    const page = (n: number) => {
      const { groups: paged, hasNext } = pageOfGroups(groups, n, 2);
      return [paged.map((g) => [g.number, g.decisions.map((d) => d.decisionId)]), hasNext];
    };
    expect(page(1)).toEqual([[[1, ['a', 'b']]], true]);
    expect(page(2)).toEqual([[[2, ['c']]], false]);
    expect(pageOfGroups(groups, 3, 2)).toEqual({ groups: [], hasNext: false });
  });
});
