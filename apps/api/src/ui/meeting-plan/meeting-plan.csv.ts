import { parse } from 'csv-parse/sync';
import type { MeetingPlanContext, MeetingPlanDraft, MeetingPlanResult } from './meeting-plan.types';
import { validateMeetingPlan } from './meeting-plan.validation';

/** Headings a file may use, Swedish or as in the API, for each field. */
const HEADINGS: Readonly<Record<keyof Omit<MeetingPlanDraft, 'line'>, readonly string[]>> = {
  meetingId: ['meetingid', 'sammanträde', 'sammanträdets id', 'id'],
  bodyId: ['bodyid', 'organ'],
  date: ['date', 'datum'],
  listCutoff: ['listcutoff', 'sista dag för listan', 'sista dag'],
  receivesReports: ['receivesreports', 'tar emot anmälan', 'anmälan'],
};

/**
 * A meeting plan as CSV: a heading line, then one meeting a line, separated
 * by `;` (as Swedish spreadsheet programs save) or `,`.
 */
export function parseMeetingPlanCsv(
  content: Buffer | string,
  context: MeetingPlanContext,
): MeetingPlanResult {
  const text = (typeof content === 'string' ? content : content.toString('utf8')).replace(
    /^\ufeff/,
    '',
  );
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      errors: [
        {
          line,
          message: `Rad ${line}: Filen går inte att läsa som CSV (kontrollera citattecknen).`,
        },
      ],
    };
  }
  const [heading, ...rows] = records;
  const columns = (heading ?? []).map((h) => columnOf(h));
  const unknown = (heading ?? []).filter((_, i) => columns[i] === undefined);
  if (unknown.length > 0 || !columns.includes('date')) {
    const message = !columns.includes('date')
      ? 'Rad 1: Rubrikraden saknar kolumnen "datum".'
      : `Rad 1: Okända kolumner: ${unknown.map((u) => `"${u}"`).join(', ')}. Tillåtna: organ, datum, sammanträde, sista dag för listan, tar emot anmälan.`;
    return { ok: false, errors: [{ line: 1, message }] };
  }
  const drafts: MeetingPlanDraft[] = [];
  rows.forEach((cells, i) => {
    if (cells.every((c) => c === '')) return;
    const draft: Record<string, string | number> = { line: i + 2 };
    columns.forEach((column, j) => {
      if (column !== undefined && cells[j] !== undefined) draft[column] = cells[j];
    });
    drafts.push(draft as unknown as MeetingPlanDraft);
  });
  return validateMeetingPlan(drafts, context);
}

function columnOf(heading: string): keyof typeof HEADINGS | undefined {
  const h = heading.trim().toLowerCase();
  return (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).find((k) => HEADINGS[k].includes(h));
}
