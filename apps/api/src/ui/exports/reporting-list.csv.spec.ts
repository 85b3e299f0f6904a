import { parse } from 'csv-parse/sync';
import { REPORTING_LIST_CSV_COLUMNS, reportingListCsv } from './reporting-list.csv';
import { ifonList } from './reporting-list.fixtures';

describe('the reporting list as CSV', () => {
  it('is UTF-8 with BOM, ; separated, CRLF', () => {
    const csv = reportingListCsv(ifonList('internal'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(`\ufeff${REPORTING_LIST_CSV_COLUMNS.join(';')}`);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('given a grouped list, when exported internally, then it parses back to the same columns and rows', () => {
    const rows = parse(reportingListCsv(ifonList('internal')), {
      bom: true,
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...REPORTING_LIST_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      Grupp: '1. Socialt utskott 2023-06-01',
      Beslutsdatum: '2023-05-23',
      Punkt: 'B.1.2',
      'Punktens rubrik': 'Beslut om försörjningsstöd över norm',
      Delegat: 'Åsa Öberg, socialsekreterare',
      Diarienummer: 'IFO 2023-04711',
      Sammanfattning: 'Bifall, ekonomiskt bistånd till tandvård',
      Paragraf: '§ 123',
    });
    expect(rows[2].Grupp).toBe('2. Socialt utskott 2023-06-08');
    expect(rows[2].Sammanfattning).toBe('Bifall, sommarfest på Ängen');
  });

  it('given a confidential row, when exported publicly, then it reads (sekretess)', () => {
    const csv = reportingListCsv(ifonList('public'));
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(rows[0].Diarienummer).toBe('(sekretess)');
    expect(rows[0].Sammanfattning).toBe('(sekretess)');
    expect(csv.toString('utf8')).not.toContain('IFO 2023-04711');
    expect(rows[1].Diarienummer).toBe('IFON 2023-00120');
  });

  it('given a summary from the source system that starts like a formula, then the cell stays text', () => {
    const list = ifonList('internal');
    const [group] = list.groups;
    const hostile = {
      ...list,
      groups: [
        { ...group, rows: [{ ...group.rows[0], summary: '=HYPERLINK("http://x","klicka")' }] },
      ],
    };
    const rows = parse(reportingListCsv(hostile), {
      bom: true,
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[];
    expect(rows[0].Sammanfattning).toBe(`'=HYPERLINK("http://x","klicka")`);
  });
});
