import PDFDocument from 'pdfkit';
import {
  type ReportingListExport,
  RECEIVED_PHRASE,
  listTitle,
  visibleFacts,
} from './reporting-list.types';

/** From npm (dejavu-fonts-ttf), embedded in the PDF: å, ä, ö without any font on the reader's machine. */
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 56;

export interface PdfOptions {
  /** fixed for reproducible files in tests; defaults to now */
  readonly createdAt?: Date;
}

/**
 * The reporting list as the seed's "Delegationsbeslut 2023-08-29" lays it
 * out: a head (DELEGATIONSBESLUT, Sida, Datum, Instans), the title, the
 * phrase the meeting minutes, then the numbered groups with their decisions.
 */
export function reportingListPdf(
  list: ReportingListExport,
  options: PdfOptions = {},
): Promise<Buffer> {
  const title = listTitle(list);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // no `font` here: pdfkit 0.20 would then open the registered 'regular' again
    // (and read and parse the TTF) on every doc.font('regular'), ~2.5 ms a row
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: list.variant === 'internal' ? `${title} (intern)` : title,
      Subject: `${list.instans}: ${RECEIVED_PHRASE}`,
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font('bold').fontSize(9).text('DELEGATIONSBESLUT', { align: 'right' });
  // "Sida n(m)" is written on every page at the end, when m is known
  doc.moveDown(1.2);
  labelled(doc, 'Datum', list.meetingDate);
  labelled(doc, 'Instans', list.instans);
  if (list.caseRef) labelled(doc, 'Dnr', list.caseRef);
  if (list.variant === 'internal') labelled(doc, 'Version', 'Intern, med sekretessuppgifter');
  doc.moveDown(1.2);
  doc.font('bold').fontSize(16).text(title);
  doc.moveDown(0.4);
  doc.font('regular').fontSize(11).text(RECEIVED_PHRASE);
  doc.moveDown(1);

  if (list.groups.every((g) => g.rows.length === 0)) {
    doc.font('regular').fontSize(10).text('Inga delegationsbeslut att redovisa.');
  }
  list.groups.forEach((group, i) => {
    doc
      .font('bold')
      .fontSize(12)
      .text(`${i + 1}. ${group.heading}`, MARGIN, undefined, { width });
    doc.moveDown(0.4);
    for (const row of group.rows) {
      const { caseRef, summary } = visibleFacts(row, list.variant);
      if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      doc
        .font('bold')
        .fontSize(10)
        .text(`${row.decisionDate}   ${row.itemCode} ${row.itemTitle}`, MARGIN, undefined, {
          width,
        });
      doc.font('regular').fontSize(9.5);
      doc.text(`Delegat: ${row.delegate}`, { width });
      if (caseRef) doc.text(`Dnr: ${caseRef}`, { width });
      if (summary) doc.text(summary, { width });
      if (row.minutesParagraph) doc.text(`Protokoll: ${row.minutesParagraph}`, { width });
      doc.moveDown(0.6);
    }
    doc.moveDown(0.4);
  });

  const range = doc.bufferedPageRange();
  for (let page = 0; page < range.count; page++) {
    doc.switchToPage(range.start + page);
    doc
      .font('regular')
      .fontSize(9)
      .text(`Sida ${page + 1}(${range.count})`, MARGIN, MARGIN / 2, {
        width,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

function labelled(doc: PDFKit.PDFDocument, label: string, value: string): void {
  doc.font('bold').fontSize(8).text(label);
  doc.font('regular').fontSize(10).text(value);
  doc.moveDown(0.3);
}
