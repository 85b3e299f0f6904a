import type { DecisionView } from '../../../projections/decisions/decisions.queries';
import type { MeetingView } from '../../../projections/meetings/meetings.queries';
import type { ReportingListExport } from '../../exports/reporting-list.types';

/** One decision as the meeting's page and its exports show it. */
export interface ListedDecision {
  readonly decisionId: string;
  readonly externalId: string;
  readonly decidedAt: string;
  readonly itemCode: string;
  readonly itemTitle: string;
  readonly delegate: string;
  /** null when masked (sekretess) or not given */
  readonly caseRef: string | null;
  readonly summary: string | null;
  readonly confidential: boolean;
  /** the paragraph given when it was reported at this meeting */
  readonly minutesParagraph: string | null;
}

/** The decisions that came to this meeting through one earlier meeting, or straight to it. */
export interface DecisionGroup {
  /** the earlier meeting's id, or '' for the decisions that come straight to this body */
  readonly viaMeetingId: string;
  /** its number in the whole list, 1-based ("1. Socialt utskott 2023-06-01") */
  readonly number: number;
  /** "Socialt utskott 2023-06-01" */
  readonly heading: string;
  readonly decisions: readonly ListedDecision[];
}

export interface ListContext {
  readonly meeting: MeetingView;
  readonly bodyName: (bodyId: string) => string;
  readonly itemTitle: (decision: DecisionView) => string;
}

/**
 * The step of a decision that this meeting completes (or would): the one
 * reported here, else the first unreported step at the meeting's body.
 */
function stepIndexAt(decision: DecisionView, meeting: MeetingView): number {
  const { steps } = decision.reporting;
  const reported = steps.findIndex((s) => s.reportedAtMeetingId === meeting.meetingId);
  if (reported >= 0) return reported;
  return steps.findIndex((s) => s.reportedAtMeetingId === null && s.bodyId === meeting.bodyId);
}

/**
 * Groups a meeting's decisions by the meeting of their previous step (the
 * utskott meeting where they were reported before coming to the nämnd), in
 * the order of those meetings; the decisions that come straight here last.
 */
export function groupByEarlierMeeting(
  decisions: readonly DecisionView[],
  context: ListContext,
): DecisionGroup[] {
  const groups = new Map<string, { date: string; heading: string; decisions: ListedDecision[] }>();
  for (const decision of decisions) {
    const index = stepIndexAt(decision, context.meeting);
    const step = index >= 0 ? decision.reporting.steps[index] : undefined;
    const previous = index > 0 ? decision.reporting.steps[index - 1] : undefined;
    const via = previous?.reportedAtMeetingId ?? '';
    const viaDate = previous?.reportedOn ?? '';
    if (!groups.has(via)) {
      groups.set(via, {
        date: via === '' ? '9999-12-31' : viaDate,
        heading:
          via === ''
            ? `Direkt till ${context.bodyName(context.meeting.bodyId)}`
            : `${context.bodyName(previous!.bodyId)} ${viaDate}`,
        decisions: [],
      });
    }
    groups.get(via)!.decisions.push({
      decisionId: decision.decisionId,
      externalId: decision.externalId,
      decidedAt: decision.decidedAt,
      itemCode: decision.itemCode,
      itemTitle: context.itemTitle(decision),
      delegate: [decision.decidedBy.name, decision.decidedBy.role].filter(Boolean).join(', '),
      caseRef: decision.caseRef,
      summary: decision.summary,
      confidential: decision.confidential,
      minutesParagraph:
        step?.reportedAtMeetingId === context.meeting.meetingId ? step.minutesParagraph : null,
    });
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => x.date.localeCompare(y.date) || a.localeCompare(b))
    .map(([viaMeetingId, g], i) => ({
      viaMeetingId,
      number: i + 1,
      heading: g.heading,
      decisions: g.decisions,
    }));
}

/**
 * One page of a grouped list: the groups keep their numbers, and a group
 * cut by the page ends continues on the next one under its own heading.
 */
export function pageOfGroups(
  groups: readonly DecisionGroup[],
  page: number,
  size: number,
): { readonly groups: DecisionGroup[]; readonly hasNext: boolean } {
  const start = (page - 1) * size;
  const paged: DecisionGroup[] = [];
  let offset = 0;
  for (const group of groups) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(start + size - offset, group.decisions.length);
    if (from < to) paged.push({ ...group, decisions: group.decisions.slice(from, to) });
    offset += group.decisions.length;
  }
  return { groups: paged, hasNext: offset > start + size };
}

/**
 * The export of a meeting's list: what was reported there and what is still
 * on its list, grouped as on the page. The rows are already masked or not by
 * the read; `variant` then decides what a confidential row prints.
 */
export function reportingListExport(
  decisions: readonly DecisionView[],
  context: ListContext,
  variant: ReportingListExport['variant'],
): ReportingListExport {
  return {
    meetingDate: context.meeting.date,
    instans: context.bodyName(context.meeting.bodyId),
    variant,
    groups: groupByEarlierMeeting(decisions, context).map((group) => ({
      heading: group.heading,
      rows: group.decisions.map((d) => ({
        decisionDate: d.decidedAt,
        itemCode: d.itemCode,
        itemTitle: d.itemTitle,
        delegate: d.delegate,
        caseRef: d.caseRef ?? undefined,
        summary: d.summary ?? undefined,
        confidential: d.confidential,
        minutesParagraph: d.minutesParagraph ?? undefined,
      })),
    })),
  };
}
