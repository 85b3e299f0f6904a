import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetingPlanCsv, parseMeetingPlanIcs } from '.';

const fixture = (name: string): Buffer => readFileSync(join(__dirname, 'fixtures', name));
const context = { bodyIds: new Set(['socialt-utskott', 'ifon']), defaultBodyId: 'socialt-utskott' };

describe('importing a meeting plan from CSV', () => {
  it('given a ;-separated file with Swedish headings and a BOM, then every line is a meeting with a derived id', () => {
    expect(
      parseMeetingPlanCsv(fixture('plan-semicolon.csv'), { bodyIds: context.bodyIds }),
    ).toEqual({
      ok: true,
      meetings: [
        {
          meetingId: 'socialt-utskott-2023-06-01',
          bodyId: 'socialt-utskott',
          date: '2023-06-01',
          listCutoff: '2023-05-31',
          receivesReports: true,
        },
        { meetingId: 'socialt-utskott-2023-06-08', bodyId: 'socialt-utskott', date: '2023-06-08' },
        {
          meetingId: 'ifon-2023-08-29',
          bodyId: 'ifon',
          date: '2023-08-29',
          listCutoff: '2023-08-22',
          receivesReports: true,
        },
      ],
    });
  });

  it('given a ,-separated file with the API names, then the ids are the file’s', () => {
    const result = parseMeetingPlanCsv(fixture('plan-comma.csv'), context);
    expect(result).toEqual({
      ok: true,
      meetings: [
        {
          meetingId: 'su-2023-06-01',
          bodyId: 'socialt-utskott',
          date: '2023-06-01',
          receivesReports: true,
        },
        {
          meetingId: 'su-2023-06-08',
          bodyId: 'socialt-utskott',
          date: '2023-06-08',
          receivesReports: false,
        },
      ],
    });
  });

  it('given bad lines, then nothing is imported and each bad line is named in Swedish', () => {
    const result = parseMeetingPlanCsv(fixture('plan-bad.csv'), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 2, message: 'Rad 2: Sista dag för listan kan inte vara efter sammanträdet.' },
      { line: 3, message: 'Rad 3: Organet "socialt-utskot" finns inte i nämnden.' },
      {
        line: 4,
        message:
          'Rad 4: Datumet "2023-02-30" är inte ett datum (ÅÅÅÅ-MM-DD); "tar emot anmälan" ska vara ja eller nej, inte "kanske".',
      },
    ]);
  });

  it('given the same meeting twice, then the second line says where the first is', () => {
    const result = parseMeetingPlanCsv('organ;datum\nifon;2023-08-29\nifon;2023-08-29\n', context);
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 3, message: 'Rad 3: Sammanträdet "ifon-2023-08-29" finns redan på rad 2.' }],
    });
  });

  it('given an unknown heading or no date column, then the heading line is the error', () => {
    expect(parseMeetingPlanCsv('organ;dag\nifon;2023-08-29\n', context)).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'Rad 1: Rubrikraden saknar kolumnen "datum".' }],
    });
    const unknown = parseMeetingPlanCsv('organ;datum;plats\nifon;2023-08-29;Borås\n', context);
    expect(!unknown.ok && unknown.errors[0].message).toMatch(/^Rad 1: Okända kolumner: "plats"/);
  });

  it('given an empty file, then it says so', () => {
    expect(parseMeetingPlanCsv('organ;datum\r\n', context)).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'Filen innehåller inga sammanträden.' }],
    });
  });
});

describe('importing a meeting plan from iCalendar', () => {
  it('given a calendar export, then each event is a meeting, on its local date, cancelled ones left out', () => {
    expect(parseMeetingPlanIcs(fixture('plan.ics'), context)).toEqual({
      ok: true,
      meetings: [
        { meetingId: 'socialt-utskott-2023-06-01', bodyId: 'socialt-utskott', date: '2023-06-01' },
        {
          // 22:30 UTC on the 7th is 00:30 on the 8th in Sweden
          meetingId: 'socialt-utskott-2023-06-08',
          bodyId: 'socialt-utskott',
          date: '2023-06-08',
          listCutoff: '2023-06-05',
        },
        { meetingId: 'ifon-2023-08-29', bodyId: 'ifon', date: '2023-08-29', receivesReports: true },
      ],
    });
  });

  it('given bad events, then nothing is imported and each is named by the line of its BEGIN:VEVENT', () => {
    expect(parseMeetingPlanIcs(fixture('plan-bad.ics'), context)).toEqual({
      ok: false,
      errors: [
        { line: 10, message: 'Rad 10: Organet "okänt" finns inte i nämnden.' },
        {
          line: 17,
          message: 'Rad 17: Upprepade händelser stöds inte; exportera varje sammanträde för sig.',
        },
      ],
    });
  });

  it('given events without a body and no body chosen, then each says the body is missing', () => {
    const result = parseMeetingPlanIcs(fixture('plan.ics'), { bodyIds: context.bodyIds });
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([
      'Rad 4: Organ saknas.',
      'Rad 11: Organ saknas.',
    ]);
  });

  it('given a file that is not iCalendar, then it says so', () => {
    const result = parseMeetingPlanIcs('Organ;Datum\n', context);
    expect(!result.ok && result.errors[0].message).toMatch(
      /^Rad 1: Filen är inte en giltig iCalendar-fil/,
    );
  });
});
