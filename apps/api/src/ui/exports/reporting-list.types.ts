/**
 * A reporting list ("Delegationsbeslut till sammanträdet") as the exports
 * print it: plain data, already read and masked-or-not by the screen that
 * asks for it. `variant` decides what a confidential row shows.
 */
export interface ReportingListExport {
  /** the meeting's date, 2023-08-29 */
  readonly meetingDate: string;
  /** the receiving body's name (Instans), e.g. "Individ- och familjeomsorgsnämnden" */
  readonly instans: string;
  /** the case number of the list itself, when the board gives it one */
  readonly caseRef?: string;
  /** public: confidential rows show "(sekretess)"; internal: everything */
  readonly variant: 'public' | 'internal';
  /** one group per meeting where the decisions were first reported, or one group for a direct list */
  readonly groups: readonly ReportingListGroup[];
}

export interface ReportingListGroup {
  /** e.g. "Socialt utskott 2023-06-01"; the exports number the groups */
  readonly heading: string;
  readonly rows: readonly ReportingListRow[];
}

export interface ReportingListRow {
  readonly decisionDate: string;
  readonly itemCode: string;
  readonly itemTitle: string;
  /** the delegate's name and/or role, e.g. "Anna Ek, socialsekreterare" */
  readonly delegate: string;
  readonly caseRef?: string;
  readonly summary?: string;
  readonly confidential: boolean;
  /** e.g. "§ 123" */
  readonly minutesParagraph?: string;
}

export const CONFIDENTIAL_MARK = '(sekretess)';

export function listTitle(list: Pick<ReportingListExport, 'meetingDate'>): string {
  return `Delegationsbeslut ${list.meetingDate}`;
}

export const RECEIVED_PHRASE = 'Redovisade delegationsbeslut läggs till handlingarna';

/** What a row may show in this variant: the masking is decided here, once, for both exports. */
export function visibleFacts(
  row: ReportingListRow,
  variant: ReportingListExport['variant'],
): { readonly caseRef: string; readonly summary: string } {
  if (row.confidential && variant === 'public') {
    return { caseRef: CONFIDENTIAL_MARK, summary: CONFIDENTIAL_MARK };
  }
  return { caseRef: row.caseRef ?? '', summary: row.summary ?? '' };
}
