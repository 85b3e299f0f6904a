// The worked example (IFON, Borås Stad) as domain events, for the projection specs.
import {
  type Body,
  type DecisionChanges,
  type DecisionRecorded,
  type DelegationOrderItem,
  type DelegationOrderVersion,
  previousDay,
} from '@delegationsbeslut/domain';
import type { DomainEvent } from '../event-store/streams';

export const BOARD = 'ifon';
export const IFON = 'ifon';
export const UTSKOTT = 'socialt-utskott';
export const CHEF = 'forvaltningschef';

export const IFON_BODIES: readonly Body[] = [
  { bodyId: IFON, name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
  { bodyId: UTSKOTT, name: 'Socialt utskott', kind: 'committee' },
  { bodyId: CHEF, name: 'Förvaltningschef', kind: 'official' },
];

const item = (code: string, overrides: Partial<DelegationOrderItem> = {}): DelegationOrderItem => ({
  code,
  title: `Punkt ${code}`,
  legalBasis: null,
  delegates: ['socialsekreterare', 'enhetschef'],
  reporting: 'report',
  route: null,
  maxAmount: null,
  ...overrides,
});

export const ITEMS: readonly DelegationOrderItem[] = [
  item('3.7.2', { legalBasis: 'SoL 4 kap. 1 §', maxAmount: 10000 }),
  item('3.8.1', { reporting: 'none' }),
  item('3.9.1', { reporting: 'separate-minutes' }),
  item('3.9.9', { reporting: 'unspecified' }),
  item('5.1.1', { delegates: [UTSKOTT, 'ordforande'], route: [IFON] }),
];

/** "via the förvaltningschef to the nämnd" */
export const VERSION_2022: DelegationOrderVersion = {
  versionId: 'ifon-2022-06',
  effectiveFrom: '2022-06-14',
  adoptedRef: 'IFON 2022-06-14 § 87',
  defaultRoute: [CHEF, IFON],
  items: ITEMS,
};

/** "via Socialt utskott to the nämnd" */
export const VERSION_2023: DelegationOrderVersion = {
  versionId: 'ifon-2023-01',
  effectiveFrom: '2023-01-03',
  adoptedRef: 'IFON 2022-12-13 § 140',
  defaultRoute: [UTSKOTT, IFON],
  items: ITEMS,
};

export const boardDefined = (boardId = BOARD, bodies = IFON_BODIES): DomainEvent => ({
  type: 'BoardDefined',
  data: { boardId, name: 'Individ- och familjeomsorgsnämnden', bodies },
});

export const versionAdopted = (version: DelegationOrderVersion, boardId = BOARD): DomainEvent => ({
  type: 'DelegationOrderVersionAdopted',
  data: { ...version, boardId },
});

/** A meeting with the cutoff the day before, receiving reports, unless overridden. */
export const meetingScheduled = (
  meetingId: string,
  bodyId: string,
  date: string,
  overrides: { listCutoff?: string; receivesReports?: boolean; boardId?: string } = {},
): DomainEvent => ({
  type: 'MeetingScheduled',
  data: {
    boardId: overrides.boardId ?? BOARD,
    meetingId,
    bodyId,
    date,
    listCutoff: overrides.listCutoff ?? previousDay(date),
    receivesReports: overrides.receivesReports ?? true,
  },
});

export const MEETINGS: readonly DomainEvent[] = [
  meetingScheduled('fc-2023-01-31', CHEF, '2023-01-31'),
  meetingScheduled('ifon-2023-02-21', IFON, '2023-02-21'),
  meetingScheduled('su-2023-04-13', UTSKOTT, '2023-04-13'),
  meetingScheduled('su-2023-04-27', UTSKOTT, '2023-04-27'),
  meetingScheduled('su-2023-05-11', UTSKOTT, '2023-05-11'),
  meetingScheduled('ifon-2023-05-23', IFON, '2023-05-23'),
];

/** The board with both versions of its order and its 2023 meetings. */
export const ifon = (boardId = BOARD): DomainEvent[] => [
  boardDefined(boardId),
  versionAdopted(VERSION_2022, boardId),
  versionAdopted(VERSION_2023, boardId),
  ...MEETINGS.map((m) =>
    m.type === 'MeetingScheduled' ? { ...m, data: { ...m.data, boardId } } : m,
  ),
];

type DecisionFields = Partial<Omit<DecisionRecorded['data'], 'decisionId' | 'externalId'>>;

/**
 * A decision as a source system sends it: 3.7.2 by a socialsekreterare on
 * 2023-04-03, registered the day it was taken, unless overridden. Its
 * decisionId is its externalId, so answers read as the test names them.
 */
export const decisionRecorded = (externalId: string, fields: DecisionFields = {}): DomainEvent => {
  const decidedAt = fields.decidedAt ?? '2023-04-03';
  return {
    type: 'DecisionRecorded',
    data: {
      boardId: BOARD,
      decisionId: externalId,
      sourceSystem: 'procapita',
      externalId,
      itemCode: '3.7.2',
      decidedAt,
      decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: 'aa01' },
      registeredAt: decidedAt,
      caseRef: `IFO 2023-${externalId}`,
      summary: `Ekonomiskt bistånd, ärende ${externalId}`,
      confidential: false,
      amount: 4500,
      urgent: false,
      ...fields,
    },
  };
};

export const decisionsReported = (
  meetingId: string,
  bodyId: string,
  meetingDate: string,
  decisionIds: readonly string[],
  options: { boardId?: string; minutesParagraph?: string } = {},
): DomainEvent => ({
  type: 'DecisionsReported',
  data: {
    boardId: options.boardId ?? BOARD,
    meetingId,
    bodyId,
    meetingDate,
    decisionIds,
    ...(options.minutesParagraph !== undefined && { minutesParagraph: options.minutesParagraph }),
  },
});

export const decisionAnnulled = (decisionId: string, boardId = BOARD): DomainEvent => ({
  type: 'DecisionAnnulled',
  data: { boardId, decisionId, reason: 'fel' },
});

export const decisionAmended = (
  decisionId: string,
  changes: DecisionChanges,
  boardId = BOARD,
): DomainEvent => ({
  type: 'DecisionAmended',
  data: { boardId, decisionId, changes, reason: 'rättelse' },
});

export const meetingCancelled = (meetingId: string, boardId = BOARD): DomainEvent => ({
  type: 'MeetingCancelled',
  data: { boardId, meetingId, reason: 'inställt' },
});

/** The decisions' reports at the meeting were a mistake (the decision must have been reported there). */
export const reportsWithdrawn = (
  meetingId: string,
  bodyId: string,
  meetingDate: string,
  decisionIds: readonly string[],
  boardId = BOARD,
): DomainEvent => ({
  type: 'ReportsWithdrawn',
  data: { boardId, meetingId, bodyId, meetingDate, decisionIds, reason: 'fel sammanträde' },
});
