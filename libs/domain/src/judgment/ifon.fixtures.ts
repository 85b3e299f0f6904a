// Test data from the seeds (IFON, Borås Stad), shared by the judgment specs.
import { previousDay } from '../shared/calendar-date';
import type {
  DelegationOrderItem,
  DelegationOrderVersion,
} from '../delegation-order/delegation-order.events';
import type { JudgedDecision } from './judgment.types';
import type { CalendarMeeting } from './meeting-calendar';

export const IFON = 'ifon';
export const UTSKOTT = 'socialt-utskott';
export const CHEF = 'forvaltningschef';

/** An item of the IFON versions; the overrides make the differences a test needs. */
export const item = (
  code: string,
  overrides: Partial<DelegationOrderItem> = {},
): DelegationOrderItem => ({
  code,
  title: `Punkt ${code}`,
  legalBasis: null,
  delegates: ['socialsekreterare', 'enhetschef'],
  reporting: 'report',
  route: null,
  maxAmount: null,
  ...overrides,
});

const items: readonly DelegationOrderItem[] = [
  item('3.7.2', { legalBasis: 'SoL 4 kap. 1 §', maxAmount: 10000 }),
  item('3.8.1', { reporting: 'none' }),
  item('3.9.1', { reporting: 'separate-minutes' }),
  item('3.9.9', { reporting: 'unspecified' }),
  item('5.1.1', { delegates: ['socialt-utskott'], route: [IFON] }),
];

/** "via the förvaltningschef to the nämnd" */
export const version2022: DelegationOrderVersion = {
  versionId: 'ifon-2022-06',
  effectiveFrom: '2022-06-14',
  adoptedRef: 'IFON 2022-06-14',
  defaultRoute: [CHEF, IFON],
  items,
};

/** "via Socialt utskott to the nämnd" */
export const version2023: DelegationOrderVersion = {
  versionId: 'ifon-2023-01',
  effectiveFrom: '2023-01-03',
  adoptedRef: 'IFON 2022-12-13',
  defaultRoute: [UTSKOTT, IFON],
  items,
};

export const meeting = (
  meetingId: string,
  bodyId: string,
  date: string,
  overrides: Partial<CalendarMeeting> = {},
): CalendarMeeting => ({
  meetingId,
  bodyId,
  date,
  listCutoff: previousDay(date),
  receivesReports: true,
  cancelled: false,
  ...overrides,
});

export const ifonMeetings: readonly CalendarMeeting[] = [
  meeting('fc-2023-01-31', CHEF, '2023-01-31'),
  meeting('ifon-2023-02-21', IFON, '2023-02-21'),
  meeting('su-2023-04-13', UTSKOTT, '2023-04-13'),
  meeting('su-2023-04-27', UTSKOTT, '2023-04-27'),
  meeting('su-2023-05-11', UTSKOTT, '2023-05-11'),
  meeting('ifon-2023-05-23', IFON, '2023-05-23'),
];

export const decision = (overrides: Partial<JudgedDecision> = {}): JudgedDecision => ({
  itemCode: '3.7.2',
  decidedAt: '2023-04-03',
  decidedBy: { name: 'Anna Andersson', role: 'socialsekreterare', id: null },
  registeredAt: '2023-04-03',
  amount: null,
  urgent: false,
  annulled: false,
  ...overrides,
});
