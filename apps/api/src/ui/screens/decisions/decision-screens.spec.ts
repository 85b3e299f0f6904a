import type { BoardView } from '../../../projections/boards/boards.queries';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import { EVENT_TEXTS, eventText } from '../../texts';
import { amendFormOf, amendment, changesOf } from './decision-change.form';
import { listHref, listRequest, pageHref } from './decision-list.view-model';
import { historyRows, stepTimelines } from './decision-page.view-model';

const BOARD: BoardView = {
  boardId: 'ifon',
  name: 'Individ- och familjeomsorgsnämnden',
  bodies: [
    { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
    { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
  ],
};

const step = (overrides: Partial<DecisionView['reporting']['steps'][number]>) => ({
  bodyId: 'socialt-utskott',
  readyOn: '2023-04-03',
  dueMeetingId: 'su-2023-04-13',
  dueDate: '2023-04-13',
  reportedAtMeetingId: null,
  reportedOn: null,
  minutesParagraph: null,
  late: false,
  ...overrides,
});

const VIEW: DecisionView = {
  decisionId: 'd1',
  externalId: 'viva-1',
  sourceSystem: 'viva-ifo',
  itemCode: '3.7.2',
  decidedAt: '2023-04-03',
  decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: 'aa01' },
  caseRef: 'IFO 2023-1',
  summary: 'Ekonomiskt bistånd',
  confidential: false,
  amount: 4500,
  urgent: false,
  registeredAt: '2023-04-03',
  recordedAt: '2023-04-03T10:00:00.000Z',
  orderVersionId: 'ifon-2023-01',
  reporting: {
    mode: 'report',
    route: ['socialt-utskott', 'ifon'],
    steps: [step({}), step({ bodyId: 'ifon', readyOn: null, dueMeetingId: null, dueDate: null })],
  },
  status: 'pending',
  flags: [],
};

describe('the decision list’s query string', () => {
  it('given the screen’s parameters, then the API’s filters', async () => {
    const asked = await listRequest(
      {
        status: 'overdue',
        flagga: 'UNKNOWN_ITEM',
        organ: 'ifon',
        diarienummer: 'IFO',
        lage: '2023-04-20',
      },
      true,
    );
    expect(asked.errors).toEqual([]);
    expect(asked.filter).toEqual({
      status: 'overdue',
      flag: 'UNKNOWN_ITEM',
      bodyId: 'ifon',
      caseRef: 'IFO',
      today: '2023-04-20',
    });
  });

  it('given one who sees case numbers masked, then diarienummer is dropped', async () => {
    const asked = await listRequest({ diarienummer: 'IFO 2023-hemlig' }, false);
    expect(asked.filter).toEqual({});
    expect(asked.form.diarienummer).toBe('');
  });

  it('given values the API refuses, then Swedish errors at their fields and no filter', async () => {
    const asked = await listRequest({ status: 'okänd', fran: '2023-02-30' }, true);
    expect(asked.filter).toBeUndefined();
    expect(asked.errors.map((e) => e.field).sort()).toEqual(['fran', 'status']);
  });

  it('given a page, then the links keep the filters and the way back', async () => {
    const second = await listRequest({ punkt: '3.7.2', cursor: 'c2' }, true);
    expect(second.page).toBe(2);
    const href = pageHref('ifon', second, 'c3');
    expect(href(3)).toBe('/namnder/ifon/beslut?punkt=3.7.2&sida=3&cursor=c3&forra=c2');
    expect(href(1)).toBe('/namnder/ifon/beslut?punkt=3.7.2');
    const third = await listRequest({ punkt: '3.7.2', cursor: 'c3', forra: 'c2' }, true);
    expect(pageHref('ifon', third, null)(2)).toBe(
      '/namnder/ifon/beslut?punkt=3.7.2&sida=2&cursor=c2',
    );
    expect(listHref('ifon', third.form)).toBe('/namnder/ifon/beslut?punkt=3.7.2');
  });
});

describe('a decision’s timeline', () => {
  const meetingOf = () => undefined;

  it('given a step due at a coming meeting, then ready → to be reported there; the next step waits', () => {
    expect(stepTimelines(VIEW, BOARD, meetingOf)).toEqual([
      {
        bodyName: 'Socialt utskott',
        lines: [
          { text: 'Klar för anmälan 2023-04-03', state: 'done' },
          { text: 'Ska anmälas vid Socialt utskott, sammanträdet 2023-04-13', state: 'waiting' },
        ],
      },
      {
        bodyName: 'Individ- och familjeomsorgsnämnden',
        lines: [{ text: 'Väntar på föregående steg', state: 'waiting' }],
      },
    ]);
  });

  it('given the view says overdue (the domain judged the due meeting passed), then late', () => {
    const overdue: DecisionView = { ...VIEW, status: 'overdue' };
    expect(stepTimelines(overdue, BOARD, meetingOf)[0].lines.slice(1)).toEqual([
      { text: 'Skulle ha anmälts vid Socialt utskott, sammanträdet 2023-04-13', state: 'late' },
      { text: 'Ej anmäld – försenad', state: 'late' },
    ]);
  });

  it('given a report with its minutes paragraph, late, then so', () => {
    const reported = {
      ...VIEW,
      reporting: {
        ...VIEW.reporting,
        steps: [step({ reportedOn: '2023-04-27', minutesParagraph: '§ 12', late: true })],
      },
    };
    expect(stepTimelines(reported, BOARD, meetingOf)[0].lines[2]).toEqual({
      text: 'Anmäld 2023-04-27 (§ 12) – för sent',
      state: 'late',
    });
  });
});

describe('a decision’s history', () => {
  const events = [
    {
      position: 1,
      type: 'DecisionRecorded',
      recordedAt: '2023-04-03T10:00:00.000Z',
      actor: 'viva-ifo',
      data: { ...VIEW, caseRef: null, summary: null },
    },
    {
      position: 2,
      type: 'DecisionAmended',
      recordedAt: '2023-04-04T10:00:00.000Z',
      actor: 'Åsa Öberg',
      data: { changes: { amount: 5000, caseRef: null }, reason: 'fel belopp' },
    },
  ];

  it('given masked events, then the masked fields read "(sekretess)", the rest as they are', () => {
    const rows = historyRows(events, (id) => id, true);
    expect(rows[0]).toMatchObject({ what: 'Beslutet registrerades', who: 'viva-ifo' });
    expect(rows[0].details).toContain('Diarienummer: (sekretess)');
    expect(rows[0].details).toContain('Belopp: 4500');
    expect(rows[1].details).toEqual([
      'Belopp: 5000',
      'Diarienummer: (sekretess)',
      'Motivering: fel belopp',
    ]);
  });

  it('given events one may see, then a cleared field is a dash', () => {
    expect(historyRows(events, (id) => id, false)[1].details[1]).toBe('Diarienummer: –');
  });

  it('names every event type in Swedish, and an unknown one as stored', () => {
    expect(Object.values(EVENT_TEXTS).every((t) => t.trim() !== '')).toBe(true);
    expect(eventText('DecisionAnnulled')).toBe('Beslutet upphävdes');
    expect(eventText('constructor')).toBe('constructor');
  });
});

describe('the amend form', () => {
  it('given the form as prefilled, then no change', () => {
    expect(changesOf(amendFormOf(VIEW), VIEW, true)).toEqual({});
  });

  it('given a changed amount in Swedish notation, then only that, as a number', () => {
    const form = { ...amendFormOf(VIEW), belopp: '5 000' };
    expect(changesOf(form, VIEW, true)).toEqual({ amount: 5000 });
  });

  it('given a masked decision, then caseRef and summary are never sent', () => {
    const masked = { ...VIEW, confidential: true, caseRef: null, summary: null };
    const form = { ...amendFormOf(masked), diarienummer: 'gissat', sammanfattning: 'gissad' };
    expect(changesOf(form, masked, false)).toEqual({});
  });

  it('given no reason or a bad date, then the API DTO’s errors at the fields, in Swedish', async () => {
    const form = { ...amendFormOf(VIEW), beslutsdatum: '2023-02-30' };
    const asked = await amendment(form, VIEW, true);
    expect('errors' in asked && asked.errors.map((e) => e.field).sort()).toEqual([
      'beslutsdatum',
      'motivering',
    ]);
  });

  it('given a reason, then the changes and the reason', async () => {
    const form = { ...amendFormOf(VIEW), punkt: '3.9.1', motivering: 'fel punkt' };
    await expect(amendment(form, VIEW, true)).resolves.toMatchObject({
      changes: { itemCode: '3.9.1' },
      reason: 'fel punkt',
    });
  });
});
