import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { api } from '../support/service';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf-text';
import { UI_TOKENS, useUi } from './support/ui-service';

/**
 * A day at the board, as the "Done when" reads, in order and through
 * the interface only (the source system alone uses the HTTP API): on a fresh
 * DATA_DIR the admin creates IFON, the nämndsekreterare plans the year and
 * adopts the delegation order, VIVA sends three decisions, the secretary
 * reports them at the utskott, takes back one, exports the list and sees the
 * queue change, and the auditor finds everything and can do nothing.
 */
jest.setTimeout(120_000);

const ui = useUi();

const BOARD = 'Individ- och familjeomsorgsnämnden';
const IFON = '/namnder/ifon';
const UTSKOTT_MEETING = 'socialt-utskott-2023-04-13';
const UTSKOTT_PAGE = `${IFON}/sammantraden/${UTSKOTT_MEETING}`;
/** a day after the decisions and before the utskott meeting */
const BEFORE_MEETING = '2023-04-10';
/** the day after the utskott meeting */
const AFTER_MEETING = '2023-04-14';

/** A year's plan as a calendar program exports it, with the body of each meeting. */
const PLAN_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Borås stad//Sammanträdesplan 2023//SV',
  'BEGIN:VEVENT',
  'UID:20230427-su@boras.se',
  'DTSTAMP:20230101T120000Z',
  'DTSTART;TZID=Europe/Stockholm:20230427T130000',
  'DTEND;TZID=Europe/Stockholm:20230427T160000',
  'SUMMARY:Socialt utskott',
  'X-DELEGATIONSBESLUT-BODY:socialt-utskott',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:20230523-ifon@boras.se',
  'DTSTAMP:20230101T120000Z',
  'DTSTART;VALUE=DATE:20230523',
  'SUMMARY:Individ- och familjeomsorgsnämnden',
  'X-DELEGATIONSBESLUT-BODY:ifon',
  'X-DELEGATIONSBESLUT-RECEIVES-REPORTS:ja',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const PLAN_CSV =
  '\ufeffOrgan;Datum;Sista dag för listan;Tar emot anmälan\r\n' +
  'socialt-utskott;2023-05-11;;ja\r\n' +
  'ifon;2023-06-13;2023-06-09;ja\r\n';

const item = (code: string, title: string, extra: Record<string, unknown> = {}) => ({
  code,
  title,
  legalBasis: null,
  delegates: ['socialsekreterare', 'enhetschef'],
  reporting: 'report',
  route: null,
  maxAmount: null,
  ...extra,
});

/** The seeds' 2023-01-03 version, as its JSON file: via Socialt utskott to the nämnd. */
const VERSION_2023 = {
  versionId: 'ifon-2023-01',
  effectiveFrom: '2023-01-03',
  adoptedRef: 'IFON 2022-12-13 § 140',
  defaultRoute: ['socialt-utskott', 'ifon'],
  items: [
    item('3.7.2', 'Beslut om ekonomiskt bistånd', {
      legalBasis: 'SoL 4 kap. 1 §',
      maxAmount: 12000,
    }),
    item('3.8.2', 'Verkställighet av bistånd', { reporting: 'none' }),
    item('5.1.1', 'Beslut i utskottet', {
      delegates: ['socialt-utskott', 'ordforande'],
      route: ['ifon'],
    }),
  ],
};

/** The three decisions VIVA sends; the second is confidential. */
const DECISIONS = [
  { externalId: '101', decidedAt: '2023-04-03', confidential: false },
  { externalId: '102', decidedAt: '2023-04-04', confidential: true },
  { externalId: '103', decidedAt: '2023-04-05', confidential: false },
].map((d) => ({
  ...d,
  itemCode: '3.7.2',
  decidedBy: { name: 'Örjan Åkesson', role: 'socialsekreterare', id: 'oa01' },
  registeredAt: d.decidedAt,
  caseRef: `IFO 2023-${d.externalId}`,
  summary: `Bistånd till glasögon, Älvsborg ${d.externalId}`,
  amount: 4500,
  urgent: false,
}));

/** externalId → decisionId, as VIVA was answered */
const ids: Record<string, string> = {};

let page: Page;
beforeAll(async () => {
  await ui.browser.context.clearCookies();
  page = await ui.browser.newPage();
});
afterAll(async () => {
  await page?.close();
  expect(ui.browser.foreignRequests()).toEqual([]);
});

const url = (path: string) => `${ui.baseUrl}${path}`;
const h1 = () => page.getByRole('heading', { level: 1 }).innerText();
const mainText = () => page.locator('main').innerText();
const captions = () => page.locator('caption').allInnerTexts();
const status = () => page.getByRole('status').innerText();
const button = (name: string) => page.getByRole('button', { name, exact: true });
const nav = (name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).first();

/**
 * Does what leads to another page (a click, Enter) and waits until it is
 * there; answers the status of the first response (303 after a POST).
 */
async function navigating(action: () => Promise<void>): Promise<number> {
  await page.evaluate(() => Object.assign(window, { previousPage: true }));
  const responded = page.waitForResponse(
    (r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame(),
  );
  await action();
  const response = await responded;
  await page.waitForFunction(() => !('previousPage' in window));
  await page.waitForLoadState('domcontentloaded');
  return response.status();
}
const click = (name: string) => navigating(() => button(name).click());
const follow = (name: string) =>
  navigating(() => page.getByRole('link', { name, exact: true }).first().click());
const followNav = (name: string) => navigating(() => nav(name).click());

async function signIn(who: keyof typeof UI_TOKENS): Promise<void> {
  await page.goto(url('/logga-in'));
  await page.getByLabel('Nyckel').fill(UI_TOKENS[who].token);
  await navigating(() => button('Logga in').click());
  expect(new URL(page.url()).pathname).not.toBe('/logga-in');
  await expect(page.locator('.signed-in').innerText()).resolves.toContain(UI_TOKENS[who].name);
}

async function signOut(): Promise<void> {
  await click('Logga ut');
  expect(new URL(page.url()).pathname).toBe('/logga-in');
  await expect(status()).resolves.toBe('Du är utloggad.');
}

/** The queue's figures ("3 väntar på anmälan") on the översikt or the anmälningskö. */
const figure = async (text: string): Promise<number> =>
  Number(
    (await page.locator('.figures a', { hasText: text }).locator('.figure').innerText()).replace(
      /\s/g,
      '',
    ),
  );

/** The queue's rows on this page: decision, organ, meeting, as the table shows them. */
async function queueRows(): Promise<
  { id: string; organ: string; meeting: string; status: string }[]
> {
  const table = page.getByRole('table', { name: /^Beslut i kön per/ });
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = Array.from(row.querySelectorAll('th, td')) as HTMLElement[];
      const href = cells[0].querySelector('a')!.getAttribute('href')!;
      return {
        id: decodeURIComponent(href.split('/').pop()!),
        organ: cells[2].innerText,
        meeting: cells[3].innerText,
        status: cells[5].innerText,
      };
    }),
  );
}

async function showQueue(filter: { lage: string; organ?: string }): Promise<void> {
  await page.getByLabel('Organ').selectOption(filter.organ ?? '');
  await page.getByLabel('Visa läget per').fill(filter.lage);
  await click('Visa');
  await expect(h1()).resolves.toBe(`Anmälningskö per ${filter.lage}`);
}

async function download(linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!);
}

const section = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
const sorted = (values: string[]) => [...values].sort();

describe('a day at the board, from a fresh start to the auditor', () => {
  it('given a fresh service, when the admin signs in and creates IFON with its bodies by the board form, then the board is there', async () => {
    await signIn('admin');
    expect(new URL(page.url()).pathname).toBe('/namnder');
    await expectAccessible(page, 'the start page, no board yet');
    await follow('Ny nämnd');
    await expect(h1()).resolves.toBe('Ny nämnd');
    await expectAccessible(page, 'the new board form');

    await page.locator('#falt-boardId').fill('ifon');
    await page.locator('#falt-name').fill(BOARD);
    const bodies = [
      ['ifon', BOARD, 'board'],
      ['socialt-utskott', 'Socialt utskott', 'committee'],
      ['forvaltningschef', 'Förvaltningschef', 'official'],
    ];
    for (const [i, [bodyId, name, kind]] of bodies.entries()) {
      await page.locator(`#falt-organ-${i}-bodyId`).fill(bodyId);
      await page.locator(`#falt-organ-${i}-name`).fill(name);
      await page.locator(`#falt-organ-${i}-kind`).selectOption(kind);
    }
    expect(await click('Spara nämnden')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`${IFON}/andra`);
    await expect(status()).resolves.toBe('Nämnden är sparad.');
    for (const [i, [bodyId, name, kind]] of bodies.entries()) {
      await expect(page.locator(`#falt-organ-${i}-bodyId`).inputValue()).resolves.toBe(bodyId);
      await expect(page.locator(`#falt-organ-${i}-name`).inputValue()).resolves.toBe(name);
      await expect(page.locator(`#falt-organ-${i}-kind`).inputValue()).resolves.toBe(kind);
    }
    await expectAccessible(page, 'the saved board');
    await page.goto(url('/namnder'));
    await expect(page.getByRole('link', { name: BOARD }).getAttribute('href')).resolves.toBe(
      `${IFON}/oversikt`,
    );
  });

  it('given the board, when the board-admin signs in, schedules an utskott meeting by the form and imports the year’s plan as .ics and as .csv, then the meetings are planned', async () => {
    await signOut();
    await signIn('secretary');
    expect(new URL(page.url()).pathname).toBe(`${IFON}/oversikt`);
    await followNav('Sammanträden');
    await expect(h1()).resolves.toBe('Sammanträden');
    await expectAccessible(page, 'the meetings, none yet');

    await follow('Planera ett sammanträde');
    await expect(h1()).resolves.toBe('Planera ett sammanträde');
    await expectAccessible(page, 'the schedule form');
    await page.getByLabel('Organ').selectOption('socialt-utskott');
    await page.getByLabel('Datum').fill('2023-04-13');
    await click('Planera sammanträdet');
    expect(new URL(page.url()).pathname).toBe(UTSKOTT_PAGE);
    await expect(h1()).resolves.toBe('Delegationsbeslut till sammanträdet');
    await expect(page.locator('.lead').innerText()).resolves.toContain(
      'Socialt utskott 2023-04-13',
    );
    await expectAccessible(page, 'the new meeting’s page');

    const importPlan = async (name: string, mimeType: string, content: string) => {
      await followNav('Sammanträden');
      await follow('Importera en sammanträdesplan');
      await expect(h1()).resolves.toBe('Importera en sammanträdesplan');
      await page
        .getByLabel('Fil med sammanträdesplanen')
        .setInputFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
      expect(await click('Importera planen')).toBe(303);
      await expect(h1()).resolves.toBe('Sammanträdesplanen är importerad');
      return page.getByRole('table', { name: /^Planerade sammanträden/ }).innerText();
    };
    const fromIcs = await importPlan('sammantradesplan-2023.ics', 'text/calendar', PLAN_ICS);
    await expect(captions()).resolves.toEqual(['Planerade sammanträden (2)']);
    await expect(
      page.getByRole('region', { name: 'Ej planerade (0)' }).innerText(),
    ).resolves.toContain('Alla sammanträden i filen planerades.');
    expect(fromIcs).toContain('socialt-utskott-2023-04-27');
    expect(fromIcs).toContain('ifon-2023-05-23');
    await expectAccessible(page, 'the import result');
    const fromCsv = await importPlan('sammantradesplan-2023.csv', 'text/csv', PLAN_CSV);
    await expect(captions()).resolves.toEqual(['Planerade sammanträden (2)']);
    await expect(
      page.getByRole('region', { name: 'Ej planerade (0)' }).innerText(),
    ).resolves.toContain('Alla sammanträden i filen planerades.');
    expect(fromCsv).toContain('socialt-utskott-2023-05-11');
    expect(fromCsv).toContain('ifon-2023-06-13');

    await followNav('Sammanträden');
    await page.getByLabel('År').fill('2023');
    await click('Visa');
    const rows = await page
      .getByRole('table', { name: 'Sammanträden 2023' })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td'))
            .slice(0, 3)
            .map((c) => (c as HTMLElement).innerText),
        ),
      );
    expect(rows).toEqual([
      ['2023-04-13', 'Socialt utskott', 'socialt-utskott-2023-04-13'],
      ['2023-04-27', 'Socialt utskott', 'socialt-utskott-2023-04-27'],
      ['2023-05-11', 'Socialt utskott', 'socialt-utskott-2023-05-11'],
      ['2023-05-23', BOARD, 'ifon-2023-05-23'],
      ['2023-06-13', BOARD, 'ifon-2023-06-13'],
    ]);
    await expectAccessible(page, 'the meetings of 2023');
  });

  it('when the 2022-06-14 version is adopted by the form and the 2023-01-03 one by uploading its JSON, then the comparison shows the default route’s change plainly', async () => {
    await followNav('Delegationsordning');
    await expect(mainText()).resolves.toContain('Nämnden har ingen delegationsordning än.');
    await expectAccessible(page, 'the delegation order, none yet');
    await follow('Anta ny version');
    await expect(page.locator('fieldset.row').count()).resolves.toBe(3);
    await expectAccessible(page, 'the adopt form');

    await page.locator('#falt-versionId').fill('ifon-2022-06');
    await page.locator('#falt-effectiveFrom').fill('2022-06-14');
    await page.locator('#falt-adoptedRef').fill('IFON 2022-06-14 § 87');
    await page.locator('#falt-vag-0').selectOption('forvaltningschef');
    await page.locator('#falt-vag-1').selectOption('ifon');
    const rows = [
      {
        code: '3.7.2',
        title: 'Beslut om ekonomiskt bistånd',
        legalBasis: 'SoL 4 kap. 1 §',
        delegates: 'socialsekreterare, enhetschef',
        reporting: 'report',
        maxAmount: '10 000',
      },
      {
        code: '3.8.1',
        title: 'Verkställighet',
        delegates: 'socialsekreterare, enhetschef',
        reporting: 'none',
      },
      {
        code: '5.1.1',
        title: 'Beslut i utskottet',
        delegates: 'socialt-utskott, ordforande',
        reporting: 'report',
        route: 'ifon',
      },
    ];
    for (const [i, row] of rows.entries()) {
      const field = (name: string) => page.locator(`#falt-punkt-${i}-${name}`);
      await field('code').fill(row.code);
      await field('title').fill(row.title);
      if (row.legalBasis) await field('legalBasis').fill(row.legalBasis);
      await field('delegates').fill(row.delegates);
      await field('reporting').selectOption(row.reporting);
      if (row.maxAmount) await field('maxAmount').fill(row.maxAmount);
      if (row.route) await field('vag-0').selectOption(row.route);
    }
    expect(await click('Anta versionen')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`${IFON}/delegationsordning`);
    await expect(status()).resolves.toBe('Versionen ifon-2022-06 är antagen.');

    await follow('Anta ny version');
    await page.getByLabel('JSON-fil').setInputFiles({
      name: 'delegationsordning-2023-01-03.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(VERSION_2023, null, 2), 'utf8'),
    });
    expect(await click('Ladda upp och anta')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`${IFON}/delegationsordning`);
    await expect(status()).resolves.toBe('Versionen ifon-2023-01 är antagen.');
    await expect(
      page.getByRole('table', { name: 'Versioner i den ordning de gäller' }).innerText(),
    ).resolves.toMatch(/ifon-2022-06[\s\S]*ifon-2023-01/);
    await expectAccessible(page, 'the two versions');

    await page.getByLabel('Från version').selectOption('ifon-2022-06');
    await page.getByLabel('Till version').selectOption('ifon-2023-01');
    await click('Jämför');
    expect(new URL(page.url()).pathname).toBe(`${IFON}/delegationsordning/jamfor`);
    await expect(h1()).resolves.toBe('Jämför versioner av delegationsordningen');
    const defaultRoute = await page.locator('#huvudregel').innerText();
    expect(defaultRoute).toContain(
      'Huvudregeln för anmälan har ändrats: från ”anmäls till förvaltningschef, som anmäler till nämnd” till ”anmäls till utskott, som anmäler till nämnd”.',
    );
    expect(defaultRoute).toContain(
      `från ”anmäls till Förvaltningschef, som anmäler till ${BOARD}” till ”anmäls till Socialt utskott, som anmäler till ${BOARD}”`,
    );
    const codes = (caption: string) =>
      page.getByRole('table', { name: caption }).locator('tbody th').allInnerTexts();
    await expect(codes('Tillagda punkter')).resolves.toEqual(['3.8.2']);
    await expect(codes('Borttagna punkter')).resolves.toEqual(['3.8.1']);
    await expect(
      page.getByRole('table', { name: 'Ändrade punkter' }).locator('tbody tr').allInnerTexts(),
    ).resolves.toEqual(['3.7.2\tHögsta belopp\t10\u202f000\u202fkr\t12\u202f000\u202fkr']);
    await expectAccessible(page, 'the comparison');
  });

  it('given VIVA records three decisions over the HTTP API (one confidential), then the board-admin sees them in the anmälningskö per a later date and on the översikt’s counts', async () => {
    const viva = api(ui.baseUrl, UI_TOKENS.viva.token);
    for (const decision of DECISIONS) {
      const response = await viva.post('/api/v1/boards/ifon/decisions', decision);
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
      ids[decision.externalId] = response.body.decisionId;
    }

    await followNav('Anmälningskö');
    await showQueue({ lage: BEFORE_MEETING });
    await expect(figure('väntar på anmälan')).resolves.toBe(3);
    await expect(figure('ej anmälda i tid')).resolves.toBe(0);
    await expect(status()).resolves.toBe('Visar 1–3 av 3 beslut.');
    const rows = await queueRows();
    expect(sorted(rows.map((r) => r.id))).toEqual(sorted(Object.values(ids)));
    expect(rows.map((r) => [r.organ, r.meeting])).toEqual(
      Array(3).fill(['Socialt utskott', '2023-04-13']),
    );
    await expectAccessible(page, 'the queue with the three decisions');

    await followNav('Översikt');
    await page.getByLabel('Visa läget per').fill(BEFORE_MEETING);
    await click('Visa');
    await expect(h1()).resolves.toBe(`Översikt per ${BEFORE_MEETING}`);
    await expect(figure('väntar på anmälan')).resolves.toBe(3);
    await expect(figure('ej anmälda i tid')).resolves.toBe(0);
    const next = await page
      .getByRole('table', { name: /Nästa sammanträden/ })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText),
        ),
      );
    expect(next).toContainEqual(['Socialt utskott', '2023-04-13', '3']);
    await expectAccessible(page, 'the översikt with the three decisions');
  });

  it('when the utskott meeting’s list is reported with "§ 12" and one report is withdrawn with a reason, then the result says so and that decision is back on the list', async () => {
    await followNav('Sammanträden');
    await page.getByLabel('År').fill('2023');
    await click('Visa');
    await follow('2023-04-13');
    expect(new URL(page.url()).pathname).toBe(UTSKOTT_PAGE);
    const toReport = section('att-anmala');
    await expect(toReport.locator('h2').innerText()).resolves.toBe('Att anmäla (3)');
    await expect(toReport.locator('caption').allInnerTexts()).resolves.toEqual([
      '1. Direkt till Socialt utskott',
    ]);
    const listed = await toReport.locator('table').innerText();
    expect(listed).toContain('IFO 2023-102'); // the secretary may see confidential data
    expect(listed).toContain('Bistånd till glasögon, Älvsborg 101');

    for (const externalId of ['101', '102', '103']) {
      await toReport.getByLabel(`Välj beslut ${externalId}`, { exact: true }).check();
    }
    await click('Anmäl valda beslut');
    await expect(h1()).resolves.toBe('Anmäl valda beslut');
    await expect(captions()).resolves.toEqual(['Valda beslut (3)']);
    await expectAccessible(page, 'the report confirmation');
    await page.getByLabel('Paragraf i protokollet').fill('§ 12');
    expect(await click('Anmäl 3 beslut')).toBe(303);
    expect(new URL(page.url()).pathname).toBe(`${UTSKOTT_PAGE}/resultat`);
    await expect(h1()).resolves.toBe('Besluten är anmälda');
    await expect(captions()).resolves.toEqual(['Anmälda (3)']);
    await expect(page.getByRole('region', { name: 'Avvisade (0)' }).innerText()).resolves.toContain(
      'Inget beslut avvisades.',
    );
    await expectAccessible(page, 'the report result');

    await follow('Tillbaka till listan');
    const reported = section('anmalda');
    await expect(reported.locator('h2').innerText()).resolves.toBe('Anmälda vid sammanträdet (3)');
    await expect(
      reported
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => (r.querySelector('td:nth-last-child(2)') as HTMLElement).innerText),
        ),
    ).resolves.toEqual(['§ 12', '§ 12', '§ 12']);
    await expect(toReport.innerText()).resolves.toContain(
      'Inga beslut att anmäla till sammanträdet.',
    );

    // 103 was a mistake: it belongs to a later meeting
    await reported.getByLabel('Välj beslut 103', { exact: true }).check();
    await click('Återkalla anmälan');
    await expect(h1()).resolves.toBe('Återkalla anmälan');
    await expect(
      page.getByRole('table', { name: 'Valda beslut (1)' }).innerText(),
    ).resolves.toContain('IFO 2023-103');
    await expectAccessible(page, 'the withdraw confirmation');
    await page.getByLabel('Skäl').fill('Fel ärende i listan, anmäls till nästa utskott');
    expect(await click('Återkalla anmälan')).toBe(303);
    await expect(h1()).resolves.toBe('Anmälan är återkallad');
    await expect(captions()).resolves.toEqual(['Återkallade (1)']);
    await expect(page.getByRole('region', { name: 'Avvisade (0)' }).innerText()).resolves.toContain(
      'Inget beslut avvisades.',
    );
    await expect(
      page.getByRole('table', { name: 'Återkallade (1)' }).innerText(),
    ).resolves.toContain('IFO 2023-103');
    await expectAccessible(page, 'the withdraw result');

    await follow('Tillbaka till listan');
    await expect(toReport.locator('h2').innerText()).resolves.toBe('Att anmäla (1)');
    await expect(toReport.locator('table').innerText()).resolves.toContain('IFO 2023-103');
    await expect(reported.locator('h2').innerText()).resolves.toBe('Anmälda vid sammanträdet (2)');
    const stillReported = await reported.locator('table').innerText();
    expect(stillReported).toContain('IFO 2023-101');
    expect(stillReported).toContain('IFO 2023-102');
    expect(stillReported).not.toContain('IFO 2023-103');
    await expectAccessible(page, 'the meeting page after the day’s work');
  });

  it('when the meeting’s list is downloaded as PDF and CSV, then the PDF reads as the seed page with å, ä, ö intact and the CSV has a BOM, “;” and its rows', async () => {
    expect(new URL(page.url()).pathname).toBe(UTSKOTT_PAGE);
    const pdf = await download('PDF, offentlig version');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Delegationsbeslut 2023-04-13');
    expect(text).toContain('Redovisade delegationsbeslut läggs till handlingarna');
    expect(text).toContain('Datum');
    expect(text).toContain('Instans');
    expect(text).toContain('Socialt utskott');
    expect(text).toContain('Örjan Åkesson');
    expect(text).toContain('Bistånd till glasögon, Älvsborg 101');
    expect(text).toContain('Beslut om ekonomiskt bistånd');
    expect(text).toContain('§ 12');
    expect(text).toContain('(sekretess)');
    expect(text).not.toContain('IFO 2023-102');
    expect(text).not.toContain('Älvsborg 102');

    const csv = (await download('CSV, offentlig version')).toString('utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(header).toEqual([
      'Grupp',
      'Beslutsdatum',
      'Punkt',
      'Punktens rubrik',
      'Delegat',
      'Diarienummer',
      'Sammanfattning',
      'Paragraf',
    ]);
    expect(lines.every((cells) => cells.length === header.length)).toBe(true);
    const rows = lines
      .map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])))
      .sort((a, b) => a.Beslutsdatum.localeCompare(b.Beslutsdatum));
    expect(rows.map((r) => [r.Beslutsdatum, r.Diarienummer, r.Sammanfattning, r.Paragraf])).toEqual(
      [
        ['2023-04-03', 'IFO 2023-101', 'Bistånd till glasögon, Älvsborg 101', '§ 12'],
        ['2023-04-04', '(sekretess)', '(sekretess)', '§ 12'],
        ['2023-04-05', 'IFO 2023-103', 'Bistånd till glasögon, Älvsborg 103', ''],
      ],
    );
    for (const row of rows) {
      expect(row.Punkt).toBe('3.7.2');
      expect(row['Punktens rubrik']).toBe('Beslut om ekonomiskt bistånd');
      expect(row.Delegat).toBe('Örjan Åkesson, socialsekreterare');
    }
  });

  it('then the anmälningskö has changed: the reported decisions are no longer due at the utskott but at the nämnd, and the withdrawn one is still due at the utskott', async () => {
    await followNav('Anmälningskö');
    await showQueue({ lage: AFTER_MEETING, organ: 'socialt-utskott' });
    const atUtskott = await queueRows();
    expect(atUtskott.map((r) => r.id)).toEqual([ids['103']]);
    // the 2023-04-13 meeting has passed without it: judged as if it had never been reported there
    expect(atUtskott[0]).toMatchObject({
      organ: 'Socialt utskott',
      meeting: '2023-04-13',
      status: 'Ej anmält i tid',
    });
    await expectAccessible(page, 'the queue for the utskott after the meeting');

    await showQueue({ lage: AFTER_MEETING, organ: 'ifon' });
    const atNamnd = await queueRows();
    expect(sorted(atNamnd.map((r) => r.id))).toEqual(sorted([ids['101'], ids['102']]));
    expect(atNamnd.map((r) => [r.organ, r.meeting, r.status])).toEqual(
      Array(2).fill([BOARD, '2023-05-23', 'Väntar på anmälan']),
    );

    await showQueue({ lage: AFTER_MEETING });
    await expect(status()).resolves.toBe('Visar 1–3 av 3 beslut.');
    await expect(figure('ej anmälda i tid')).resolves.toBe(1);
    await expect(figure('väntar på anmälan')).resolves.toBe(2);
    // overdue first
    await expect(queueRows().then((rows) => rows[0].id)).resolves.toBe(ids['103']);
  });

  it('given the auditor signs in, when browsing the översikt, anmälningskö, the meeting, a decision, the delegation order and the revision screen, then there is no action, and a forged report POST gets 403', async () => {
    await signOut();
    await signIn('auditor');
    expect(new URL(page.url()).pathname).toBe(`${IFON}/oversikt`);

    /** Only filters (GET forms) and "Logga ut"; no check box, no action link. */
    const expectReadOnly = async (what: string) => {
      const forms = await page
        .locator('form')
        .evaluateAll((all) =>
          all.map(
            (f) =>
              `${(f.getAttribute('method') ?? 'get').toLowerCase()} ${f.getAttribute('action')}`,
          ),
        );
      const posts = forms.filter((f) => !f.startsWith('get '));
      expect({ what, posts }).toEqual({ what, posts: ['post /logga-ut'] });
      const buttons = await page.getByRole('button').allInnerTexts();
      expect({
        what,
        buttons: buttons.filter((b) => !['Logga ut', 'Visa', 'Jämför'].includes(b)),
      }).toEqual({
        what,
        buttons: [],
      });
      await expect(
        page.locator('input[type=checkbox], input[type=file], textarea').count(),
      ).resolves.toBe(0);
      const actionLinks = await page
        .getByRole('link', {
          name: /^(Anmäl valda|Återkalla|Planera ett|Importera en|Ställ in|Anta ny version|Ändra|Upphäv|Ny nämnd)/,
        })
        .allInnerTexts();
      expect({ what, actionLinks }).toEqual({ what, actionLinks: [] });
      await expectAccessible(page, `${what}, as the auditor`);
    };

    await page.getByLabel('Visa läget per').fill(AFTER_MEETING);
    await click('Visa');
    await expect(h1()).resolves.toBe(`Översikt per ${AFTER_MEETING}`);
    await expect(figure('ej anmälda i tid')).resolves.toBe(1);
    await expect(figure('väntar på anmälan')).resolves.toBe(2);
    await expectReadOnly('the översikt');

    await followNav('Anmälningskö');
    await showQueue({ lage: AFTER_MEETING });
    await expect(status()).resolves.toBe('Visar 1–3 av 3 beslut.');
    await expectReadOnly('the anmälningskö');

    await followNav('Sammanträden');
    await page.getByLabel('År').fill('2023');
    await click('Visa');
    await expectReadOnly('the meetings');
    await follow('2023-04-13');
    expect(new URL(page.url()).pathname).toBe(UTSKOTT_PAGE);
    await expect(section('anmalda').innerText()).resolves.toContain('IFO 2023-102');
    await expect(section('att-anmala').innerText()).resolves.toContain('IFO 2023-103');
    await expect(page.getByRole('button', { name: 'Anmäl valda beslut' }).count()).resolves.toBe(0);
    await expectReadOnly('the meeting page');

    // a forged report, from the page with its cookie and a valid CSRF token
    const csrf = (await page.locator('input[name="_csrf"]').first().getAttribute('value'))!;
    expect(csrf).toBeTruthy();
    const forged = await page.evaluate(
      async ({ path, form }) => {
        const response = await fetch(path, {
          method: 'POST',
          body: new URLSearchParams(form),
          redirect: 'manual',
        });
        return { status: response.status, text: await response.text() };
      },
      {
        path: `${UTSKOTT_PAGE}/anmal`,
        form: { _csrf: csrf, beslut: ids['103'], paragraf: '§ 13' },
      },
    );
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('Din roll får inte göra detta.');
    await page.reload();
    await expect(section('att-anmala').innerText()).resolves.toContain('IFO 2023-103');
    await expect(section('anmalda').locator('h2').innerText()).resolves.toBe(
      'Anmälda vid sammanträdet (2)',
    );

    await navigating(() =>
      section('anmalda').getByRole('link', { name: '101', exact: true }).click(),
    );
    expect(new URL(page.url()).pathname).toBe(`${IFON}/beslut/${encodeURIComponent(ids['101'])}`);
    await expect(mainText()).resolves.toContain('Örjan Åkesson');
    await expectReadOnly('a decision’s page');

    await followNav('Delegationsordning');
    await expect(h1()).resolves.toBe('Delegationsordning');
    await expectReadOnly('the delegation order');
    await follow('ifon-2023-01');
    await expect(h1()).resolves.toBe('Delegationsordning ifon-2023-01');
    await expectReadOnly('a version');

    await followNav('Revision');
    await expect(h1()).resolves.toBe('Revision');
    const events = await page.getByRole('table', { name: 'Händelser' }).innerText();
    expect(events).toContain('Nämnden lades upp');
    for (const event of [
      'Sammanträde planerades',
      'Version av delegationsordningen antogs',
      'Beslutet registrerades',
      'Anmält vid sammanträde',
      'Anmälan återkallad',
    ]) {
      expect(events).toContain(event);
    }
    expect(events).toContain('Fel ärende i listan, anmäls till nästa utskott');
    await expectReadOnly('the revision screen');
  });
});
