import type { ReportingListExport } from './reporting-list.types';

/** A nämnd list grouped by the utskott meetings, with one confidential row (the seed's layout). */
export function ifonList(variant: ReportingListExport['variant']): ReportingListExport {
  return {
    meetingDate: '2023-08-29',
    instans: 'Individ- och familjeomsorgsnämnden',
    caseRef: 'IFON 2023-00161',
    variant,
    groups: [
      {
        heading: 'Socialt utskott 2023-06-01',
        rows: [
          {
            decisionDate: '2023-05-23',
            itemCode: 'B.1.2',
            itemTitle: 'Beslut om försörjningsstöd över norm',
            delegate: 'Åsa Öberg, socialsekreterare',
            caseRef: 'IFO 2023-04711',
            summary: 'Bifall, ekonomiskt bistånd till tandvård',
            confidential: true,
            minutesParagraph: '§ 123',
          },
          {
            decisionDate: '2023-05-24',
            itemCode: 'A.3',
            itemTitle: 'Yttrande till förvaltningsrätten',
            delegate: 'Förvaltningschef',
            caseRef: 'IFON 2023-00120',
            summary: 'Yttrande i mål om överklagat beslut, Älvsborgs län',
            confidential: false,
          },
        ],
      },
      {
        heading: 'Socialt utskott 2023-06-08',
        rows: [
          {
            decisionDate: '2023-06-02',
            itemCode: 'C.7',
            itemTitle: 'Tillfälligt serveringstillstånd',
            delegate: 'Handläggare alkoholhandläggning',
            caseRef: 'IFON 2023-00133',
            summary: 'Bifall, sommarfest på Ängen',
            confidential: false,
          },
        ],
      },
    ],
  };
}
