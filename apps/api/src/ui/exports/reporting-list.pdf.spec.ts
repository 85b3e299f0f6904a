import { pdfText as textOf } from '../../../../../test/browser/support/pdf-text';
import { ifonList } from './reporting-list.fixtures';
import { reportingListPdf } from './reporting-list.pdf';

describe('the reporting list as PDF', () => {
  it('given a grouped list, when printed internally, then it shows the seed layout and every fact with å, ä, ö', async () => {
    const pdf = await reportingListPdf(ifonList('internal'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      'DELEGATIONSBESLUT',
      'Sida 1(1)',
      'Datum',
      '2023-08-29',
      'Instans',
      'Individ- och familjeomsorgsnämnden',
      'Delegationsbeslut 2023-08-29',
      'Redovisade delegationsbeslut läggs till handlingarna',
      '1. Socialt utskott 2023-06-01',
      '2. Socialt utskott 2023-06-08',
      'B.1.2 Beslut om försörjningsstöd över norm',
      'Delegat: Åsa Öberg, socialsekreterare',
      'Dnr: IFO 2023-04711',
      'Bifall, ekonomiskt bistånd till tandvård',
      'Protokoll: § 123',
      'Yttrande i mål om överklagat beslut, Älvsborgs län',
      'Bifall, sommarfest på Ängen',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('given a confidential row, when printed publicly, then its case number and summary read (sekretess)', async () => {
    const text = await textOf(await reportingListPdf(ifonList('public')));
    expect(text).toContain('Dnr: (sekretess)');
    expect(text).not.toContain('IFO 2023-04711');
    expect(text).not.toContain('tandvård');
    // the rest of the row and the open rows stay
    expect(text).toContain('Delegat: Åsa Öberg, socialsekreterare');
    expect(text).toContain('Dnr: IFON 2023-00120');
  });

  it('is A4 with the font embedded', async () => {
    const pdf = (await reportingListPdf(ifonList('public'))).toString('latin1');
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf).toMatch(/\/FontFile2/);
  });

  it('numbers the pages of a long list', async () => {
    const list = ifonList('internal');
    const many = {
      ...list,
      groups: [{ ...list.groups[0], rows: Array(60).fill(list.groups[0].rows[1]) }],
    };
    const text = await textOf(await reportingListPdf(many));
    expect(text).toMatch(/Sida 1\((\d+)\)/);
    const pages = Number(/Sida 1\((\d+)\)/.exec(text)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Sida ${pages}(${pages})`);
  });
});
