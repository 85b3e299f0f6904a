import { stringify } from 'csv-stringify/sync';
import { type ReportingListExport, visibleFacts } from './reporting-list.types';

export const REPORTING_LIST_CSV_COLUMNS = [
  'Grupp',
  'Beslutsdatum',
  'Punkt',
  'Punktens rubrik',
  'Delegat',
  'Diarienummer',
  'Sammanfattning',
  'Paragraf',
] as const;

/**
 * The list as Swedish spreadsheet programs open it: UTF-8 with BOM (or
 * å, ä, ö break), `;` (the comma is the decimal sign), CRLF.
 */
export function reportingListCsv(list: ReportingListExport): Buffer {
  const records = list.groups.flatMap((group, i) =>
    group.rows.map((row) => {
      const { caseRef, summary } = visibleFacts(row, list.variant);
      return [
        `${i + 1}. ${group.heading}`,
        row.decisionDate,
        row.itemCode,
        row.itemTitle,
        row.delegate,
        caseRef,
        summary,
        row.minutesParagraph ?? '',
      ];
    }),
  );
  const text = stringify(records, {
    bom: true,
    delimiter: ';',
    record_delimiter: '\r\n',
    header: true,
    columns: [...REPORTING_LIST_CSV_COLUMNS],
    // summaries and case numbers come from source systems: a cell starting with
    // = + - @ must stay text in a spreadsheet, never run as a formula
    escape_formulas: true,
  });
  return Buffer.from(text, 'utf8');
}
