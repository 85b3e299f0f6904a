import type { DelegationOrderItem, DelegationOrderVersion } from '@delegationsbeslut/domain';
import type { BoardView } from '../../../projections/boards/boards.queries';
import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';
import { eventText, formatDate, formatDateTime } from '../../texts';
import { MASKED } from './decision-row';

export interface HistoryEntry {
  readonly position: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly actor: string | null;
  readonly data: unknown;
}

/** One line of a step's timeline, oldest first. */
export interface TimelineLine {
  readonly text: string;
  readonly state: 'done' | 'waiting' | 'late';
}

export interface StepTimeline {
  readonly bodyName: string;
  readonly lines: readonly TimelineLine[];
}

export interface DecisionPageModel {
  readonly view: DecisionView;
  readonly board: BoardView;
  readonly today: string;
  readonly maySeeConfidential: boolean;
  readonly version?: DelegationOrderVersion;
  readonly item?: DelegationOrderItem;
  readonly steps: readonly StepTimeline[];
  readonly history: readonly HistoryRow[];
}

export interface HistoryRow {
  readonly position: number;
  readonly when: string;
  readonly what: string;
  readonly who: string;
  readonly details: readonly string[];
}

export const bodyNameOf =
  (board: BoardView) =>
  (bodyId: string): string =>
    board.bodies.find((b) => b.bodyId === bodyId)?.name ?? bodyId;

/**
 * A step as a timeline: klar för anmälan → the meeting where it is to be
 * reported → reported (or late), in Swedish, from the API's view of the step.
 */
export function stepTimelines(
  view: DecisionView,
  board: BoardView,
  meetingOf: (meetingId: string) => MeetingView | undefined,
): StepTimeline[] {
  const bodyName = bodyNameOf(board);
  // only the current step (ready, unreported) can be overdue, and the domain's
  // status on the view's day says whether it is: no second copy of the rule here
  const overdue = (step: DecisionView['reporting']['steps'][number]) =>
    view.status === 'overdue' && step.readyOn !== null && step.reportedOn === null;
  return view.reporting.steps.map((step) => {
    const name = bodyName(step.bodyId);
    const lines: TimelineLine[] = [];
    if (step.readyOn === null) {
      lines.push({ text: 'Väntar på föregående steg', state: 'waiting' });
      return { bodyName: name, lines };
    }
    lines.push({ text: `Klar för anmälan ${formatDate(step.readyOn)}`, state: 'done' });
    if (step.dueMeetingId !== null && step.dueDate !== null) {
      const due = meetingOf(step.dueMeetingId);
      const late = overdue(step);
      lines.push({
        text: `${late ? 'Skulle ha anmälts' : 'Ska anmälas'} vid ${name}, sammanträdet ${formatDate(step.dueDate)}${due?.cancelled ? ' (inställt)' : ''}`,
        state: late ? 'late' : step.reportedOn === null ? 'waiting' : 'done',
      });
    } else if (step.reportedOn === null) {
      lines.push({ text: `Inget sammanträde med ${name} är planerat`, state: 'waiting' });
    }
    if (step.reportedOn !== null) {
      const paragraph = step.minutesParagraph ? ` (${step.minutesParagraph})` : '';
      lines.push({
        text: `Anmäld ${formatDate(step.reportedOn)}${paragraph}${step.late ? ' – för sent' : ''}`,
        state: step.late ? 'late' : 'done',
      });
    } else if (overdue(step)) {
      lines.push({ text: 'Ej anmäld – försenad', state: 'late' });
    }
    return { bodyName: name, lines };
  });
}

const FIELD_TEXTS: Readonly<Record<string, string>> = {
  itemCode: 'Punkt',
  decidedAt: 'Beslutsdatum',
  decidedBy: 'Beslutsfattare',
  registeredAt: 'Registrerat',
  caseRef: 'Diarienummer',
  summary: 'Sammanfattning',
  confidential: 'Sekretess',
  amount: 'Belopp',
  urgent: 'Brådskande',
};

function valueText(key: string, value: unknown, masked: boolean): string {
  if (masked && (key === 'caseRef' || key === 'summary')) return MASKED;
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (key === 'decidedBy' && typeof value === 'object') {
    const by = value as { name?: string; role?: string };
    return `${by.name ?? ''} (${by.role ?? ''})`;
  }
  return String(value);
}

/** What an event says about the decision, in Swedish, masked as the API's history masks it. */
export function historyRows(
  events: readonly HistoryEntry[],
  bodyName: (bodyId: string) => string,
  masked: boolean,
): HistoryRow[] {
  return events.map((event) => {
    const data = event.data as Record<string, unknown>;
    const details: string[] = [];
    switch (event.type) {
      case 'DecisionRecorded':
        for (const key of Object.keys(FIELD_TEXTS)) {
          details.push(`${FIELD_TEXTS[key]}: ${valueText(key, data[key], masked)}`);
        }
        break;
      case 'DecisionAmended': {
        const changes = (data.changes ?? {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(changes)) {
          details.push(`${FIELD_TEXTS[key] ?? key}: ${valueText(key, value, masked)}`);
        }
        details.push(`Motivering: ${String(data.reason)}`);
        break;
      }
      case 'DecisionAnnulled':
        details.push(`Motivering: ${String(data.reason)}`);
        break;
      case 'DecisionsReported':
      case 'ReportsWithdrawn':
        details.push(
          `${bodyName(String(data.bodyId))}, sammanträdet ${formatDate(String(data.meetingDate))}`,
        );
        if (typeof data.minutesParagraph === 'string') details.push(data.minutesParagraph);
        if (typeof data.reason === 'string') details.push(`Skäl: ${data.reason}`);
        break;
      default:
        break;
    }
    return {
      position: event.position,
      when: formatDateTime(event.recordedAt),
      what: eventText(event.type),
      who: event.actor ?? '–',
      details,
    };
  });
}
