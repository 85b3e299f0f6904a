import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { IFON_BODIES, VERSION_2023 } from '../api/scenario.fixture';
import { api } from '../support/service';
import { expectAccessible } from './support/axe';
import { pdfText } from './support/pdf-text';
import { UI_TOKENS, useUi } from './support/ui-service';

jest.setTimeout(90_000);

const PLANS = join(__dirname, '..', '..', 'apps', 'api', 'src', 'ui', 'meeting-plan', 'fixtures');
const MEETINGS = '/namnder/ifon/sammantraden';
const UTSKOTT_0413 = `${MEETINGS}/socialt-utskott-2023-04-13`;
const NAMND_0523 = `${MEETINGS}/ifon-2023-05-23`;

const ui = useUi(async (admin) => {
  const defined = await admin.put('/api/v1/boards/ifon', {
    name: 'Individ- och familjeomsorgsnämnden',
    bodies: IFON_BODIES,
  });
  if (defined.status !== 201) throw new Error(`board not defined: ${JSON.stringify(defined.body)}`);
  const adopted = await admin.post('/api/v1/boards/ifon/delegation-order/versions', VERSION_2023);
  if (adopted.status !== 201) throw new Error(`order not adopted: ${JSON.stringify(adopted.body)}`);
});

/** A decision as VIVA sends it over the real HTTP API; its summary has å, ä and ö. */
async function recordDecision(externalId: string, fields: Record<string, unknown> = {}) {
  const response = await api(ui.baseUrl, UI_TOKENS.viva.token).post(
    '/api/v1/boards/ifon/decisions',
    {
      externalId,
      itemCode: '3.7.2',
      decidedAt: '2023-04-03',
      decidedBy: { name: 'Örjan Åkesson', role: 'socialsekreterare', id: 'oa01' },
      registeredAt: '2023-04-03',
      caseRef: `IFO 2023-${externalId}`,
      summary: `Bistånd till glasögon, Älvsborg ${externalId}`,
      confidential: false,
      amount: 4500,
      urgent: false,
      ...fields,
    },
  );
  if (response.status !== 201) throw new Error(`not recorded: ${JSON.stringify(response.body)}`);
  return response.body as { decisionId: string };
}

async function reportByApi(meetingId: string, decisionIds: string[]) {
  const response = await api(ui.baseUrl, UI_TOKENS.secretary.token).post(
    `/api/v1/boards/ifon/meetings/${meetingId}/reports`,
    { decisionIds },
  );
  if (response.status !== 200) throw new Error(`not reported: ${JSON.stringify(response.body)}`);
}

let page: Page;
beforeEach(async () => {
  await ui.browser.context.clearCookies();
  page = await ui.browser.newPage();
});
afterEach(async () => {
  await page.close();
});
afterAll(() => {
  expect(ui.browser.foreignRequests()).toEqual([]);
});

async function signIn(token: string): Promise<void> {
  await page.goto(`${ui.baseUrl}/logga-in`);
  await page.getByLabel('Nyckel').fill(token);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.pathname !== '/logga-in');
}

const h1 = () => page.getByRole('heading', { level: 1 }).innerText();
const captions = () => page.locator('caption').allInnerTexts();

/** Tab until the focused element matches, as a keyboard user would (bounded, no sleeps). */
async function tabTo(selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function download(linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return readFileSync((await file.path())!);
}

/** A POST from the page with its cookie, as a forged form would send it. */
function forgedPost(path: string, form: Record<string, string>): Promise<number> {
  return page.evaluate(
    async ({ path, form }) =>
      (await fetch(path, { method: 'POST', body: new URLSearchParams(form), redirect: 'manual' }))
        .status,
    { path, form },
  );
}

const csrfOfPage = () => page.locator('input[name="_csrf"]').first().getAttribute('value');

describe('Sammanträden for a nämndsekreterare', () => {
  const ids: Record<string, string> = {};

  it('given the board, when a meeting is scheduled by form (id suggested), then its page opens, and a bad date is refused in Swedish', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${MEETINGS}`);
    await expect(h1()).resolves.toBe('Sammanträden');
    await expectAccessible(page, 'the meetings list');
    await page.getByRole('link', { name: 'Planera ett sammanträde' }).click();
    await expectAccessible(page, 'the schedule form');
    await page.getByLabel('Organ').selectOption('socialt-utskott');
    await page.getByRole('button', { name: 'Planera sammanträdet' }).click();
    await expect(page.locator('#falt-datum-fel').innerText()).resolves.toContain(
      'Datumet är inte ett giltigt datum',
    );
    await expect(page.locator('.error-summary').innerText()).resolves.not.toContain('Id:t');
    await page.getByLabel('Datum').fill('2023-04-13');
    await page.getByLabel('Sista dag för listan').fill('2023-04-20');
    await page.getByRole('button', { name: 'Planera sammanträdet' }).click();
    await expect(page.locator('#falt-sistaDag-fel').innerText()).resolves.toContain(
      'Sista dag för listan kan inte vara efter sammanträdet.',
    );
    await expectAccessible(page, 'the schedule form with an error');
    await page.getByLabel('Sista dag för listan').fill('');
    await page.getByRole('button', { name: 'Planera sammanträdet' }).click();
    await page.waitForURL(`**${UTSKOTT_0413}`);
    await expect(h1()).resolves.toBe('Delegationsbeslut till sammanträdet');
    await expect(page.locator('.lead').innerText()).resolves.toContain(
      'Socialt utskott 2023-04-13',
    );
  });

  it('when a plan is imported as .ics and as .csv, then it shows what was scheduled and what was refused; a bad file imports nothing', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const importPlan = async (
      file: string | { name: string; mimeType: string; buffer: Buffer },
      organ = '',
    ) => {
      await page.goto(`${ui.baseUrl}${MEETINGS}/importera`);
      await page.getByLabel('Organ för rader utan organ').selectOption(organ);
      await page.getByLabel('Fil med sammanträdesplanen').setInputFiles(file);
      await page.getByRole('button', { name: 'Importera planen' }).click();
    };
    await importPlan(join(PLANS, 'plan.ics'), 'socialt-utskott');
    await expect(h1()).resolves.toBe('Sammanträdesplanen är importerad');
    await expect(page.locator('table').first().innerText()).resolves.toContain(
      'socialt-utskott-2023-06-08',
    );
    await expectAccessible(page, 'the import result');

    await importPlan(join(PLANS, 'plan.ics'), 'socialt-utskott');
    await expect(captions()).resolves.toEqual(['Ej planerade (3)']);
    await expect(page.locator('table').innerText()).resolves.toContain(
      'Det finns redan ett sammanträde med det id:t.',
    );

    await importPlan({
      name: 'plan-2023.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\ufeffOrgan;Datum;Sista dag för listan;Tar emot anmälan\r\nsocialt-utskott;2023-04-27;;ja\r\nifon;2023-05-23;;ja\r\n',
        'utf8',
      ),
    });
    await expect(captions()).resolves.toEqual(['Planerade sammanträden (2)']);

    const day = (i: number) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10);
    const tooMany = Array.from({ length: 401 }, (_, i) => `socialt-utskott;${day(i)}`);
    await importPlan({
      name: 'for-stor.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Organ;Datum', ...tooMany].join('\n'), 'utf8'),
    });
    await expect(page.locator('#radfel + ul').innerText()).resolves.toContain(
      'högst 400 går att importera på en gång',
    );

    await importPlan(join(PLANS, 'plan-bad.csv'));
    await expect(h1()).resolves.toBe('Importera en sammanträdesplan');
    const errors = await page.locator('#radfel + ul').innerText();
    expect(errors).toContain('Rad 3');
    expect(errors).toContain('finns inte i nämnden');
    await expectAccessible(page, 'the import form with line errors');
    await page.goto(`${ui.baseUrl}${MEETINGS}?ar=2023`);
    await expect(page.locator('table').innerText()).resolves.not.toContain('2023-02-30');
    await page.goto(`${ui.baseUrl}${MEETINGS}?ar=2030`);
    await expect(page.getByText('Inga sammanträden det året.').count()).resolves.toBe(1);
  });

  it('given a forged upload without the CSRF token, or a form with it only in the query, then 403 and nothing is scheduled', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${MEETINGS}`);
    const status = await page.evaluate(async (path) => {
      const body = new FormData();
      body.append('plan', new Blob(['Organ;Datum\nifon;2023-09-30\n']), 'plan.csv');
      return (await fetch(path, { method: 'POST', body, redirect: 'manual' })).status;
    }, `${MEETINGS}/importera`);
    expect(status).toBe(403);
    // the query string carries the token for a multipart request only
    const token = (await csrfOfPage())!;
    await expect(
      forgedPost(`${MEETINGS}?_csrf=${encodeURIComponent(token)}`, {
        organ: 'ifon',
        datum: '2023-09-30',
      }),
    ).resolves.toBe(403);
    const { body } = await api(ui.baseUrl, UI_TOKENS.secretary.token).get(
      '/api/v1/boards/ifon/meetings',
    );
    expect((body as { meetings: { date: string }[] }).meetings.map((m) => m.date)).not.toContain(
      '2023-09-30',
    );
  });

  it('given a decision recorded by VIVA, when it is reported with "§ 12" by keyboard alone, then the result shows it reported', async () => {
    ids.plain = (await recordDecision('4711')).decisionId;
    ids.secret = (await recordDecision('4712', { confidential: true })).decisionId;
    ids.later = (
      await recordDecision('4713', { decidedAt: '2023-04-14', registeredAt: '2023-04-14' })
    ).decisionId;
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}`);
    await expect(captions()).resolves.toEqual(['1. Direkt till Socialt utskott']);
    await expect(page.locator('table').innerText()).resolves.toContain('4711');
    await expectAccessible(page, 'the meeting page');

    await tabTo(`input[type=checkbox][value="${ids.plain}"]`);
    await page.keyboard.press('Space');
    await tabTo('section[aria-labelledby="att-anmala"] button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anmal\?/);
    await expect(h1()).resolves.toBe('Anmäl valda beslut');
    await expectAccessible(page, 'the report confirmation');
    await tabTo('#falt-paragraf');
    await page.keyboard.type('§ 12');
    await tabTo('main button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resultat$/);
    await expect(h1()).resolves.toBe('Besluten är anmälda');
    await expect(captions()).resolves.toEqual(['Anmälda (1)']);
    await expectAccessible(page, 'the report result');

    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}`);
    const reported = await page.locator('section[aria-labelledby="anmalda"]').innerText();
    expect(reported).toContain('4711');
    expect(reported).toContain('§ 12');
  });

  it('given a decision already reported there, when it is reported again, then the rejection says why in Swedish', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}/anmal?beslut=${ids.plain}`);
    await page.getByRole('button', { name: 'Anmäl beslutet' }).click();
    await page.waitForURL(/\/resultat$/);
    await expect(page.getByRole('region', { name: 'Avvisade (1)' }).innerText()).resolves.toContain(
      'Beslutet är redan anmält vid det här sammanträdet.',
    );
  });

  it('given decisions reported at two utskott meetings, then the nämnd meeting’s list is grouped by them', async () => {
    await reportByApi('socialt-utskott-2023-04-13', [ids.secret]);
    await reportByApi('socialt-utskott-2023-04-27', [ids.later]);
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${NAMND_0523}`);
    await expect(captions()).resolves.toEqual([
      '1. Socialt utskott 2023-04-13',
      '2. Socialt utskott 2023-04-27',
    ]);
    await expectAccessible(page, 'the nämnd meeting page');
  });

  it('when a report is withdrawn with a reason, then it is back on the list; without a reason it is refused in Swedish', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}`);
    await page.locator(`section[aria-labelledby="anmalda"] input[value="${ids.plain}"]`).check();
    await page.getByRole('button', { name: 'Återkalla anmälan' }).click();
    await expect(h1()).resolves.toBe('Återkalla anmälan');
    await expectAccessible(page, 'the withdraw confirmation');
    await page.getByRole('button', { name: 'Återkalla anmälan' }).click();
    await expect(page.locator('#falt-skal-fel').innerText()).resolves.toContain('Ange ett skäl.');
    await page.getByLabel('Skäl').fill('Fel ärende i listan');
    await page.getByRole('button', { name: 'Återkalla anmälan' }).click();
    await page.waitForURL(/\/resultat$/);
    await expect(h1()).resolves.toBe('Anmälan är återkallad');
    await expect(captions()).resolves.toEqual(['Återkallade (1)']);
    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}`);
    await expect(
      page.locator('section[aria-labelledby="att-anmala"]').innerText(),
    ).resolves.toContain('4711');
  });

  it('when the nämnd meeting’s list is downloaded, then the PDF and the CSV hold it, masked in the public version and in full in the internal one', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${NAMND_0523}`);
    const publicPdf = await pdfText(await download('PDF, offentlig version'));
    expect(publicPdf).toContain('Delegationsbeslut 2023-05-23');
    expect(publicPdf).toContain('Individ- och familjeomsorgsnämnden');
    expect(publicPdf).toContain('Redovisade delegationsbeslut läggs till handlingarna');
    expect(publicPdf).toContain('1. Socialt utskott 2023-04-13');
    expect(publicPdf).toContain('(sekretess)');
    expect(publicPdf).not.toContain('IFO 2023-4712');
    const internalPdf = await pdfText(await download('PDF, intern version'));
    expect(internalPdf).toContain('IFO 2023-4712');

    const publicCsv = (await download('CSV, offentlig version')).toString('utf8');
    expect(publicCsv.startsWith('\ufeff')).toBe(true);
    const rows = publicCsv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(rows[0]).toEqual([
      'Grupp',
      'Beslutsdatum',
      'Punkt',
      'Punktens rubrik',
      'Delegat',
      'Diarienummer',
      'Sammanfattning',
      'Paragraf',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      [
        '1. Socialt utskott 2023-04-13',
        '2023-04-03',
        'Örjan Åkesson, socialsekreterare',
        '(sekretess)',
      ],
      [
        '2. Socialt utskott 2023-04-27',
        '2023-04-14',
        'Örjan Åkesson, socialsekreterare',
        'IFO 2023-4713',
      ],
    ]);
    expect(rows[2][6]).toBe('Bistånd till glasögon, Älvsborg 4713');
    const internalCsv = (await download('CSV, intern version')).toString('utf8');
    expect(internalCsv).toContain('IFO 2023-4712');
  });

  it('when a meeting is cancelled with a reason, then the list marks it cancelled', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(`${ui.baseUrl}${MEETINGS}/socialt-utskott-2023-06-08/installa`);
    await expectAccessible(page, 'the cancel confirmation');
    await page.getByLabel('Skäl').fill('Ändrad sammanträdesplan, för få ärenden');
    await page.getByRole('button', { name: 'Ställ in sammanträdet' }).click();
    await page.waitForURL(/sammantraden\?ar=2023$/);
    const row = page.locator('tr', { hasText: 'socialt-utskott-2023-06-08' });
    await expect(row.innerText()).resolves.toContain('Inställt: Ändrad sammanträdesplan');
  });
});

describe('Sammanträden for a revisor', () => {
  it('shows the same screens without check boxes or actions, and refuses a forged POST with 403', async () => {
    await signIn(UI_TOKENS.auditor.token);
    await page.goto(`${ui.baseUrl}${MEETINGS}?ar=2023`);
    await expect(page.getByRole('link', { name: 'Planera ett sammanträde' }).count()).resolves.toBe(
      0,
    );
    await expect(page.getByRole('link', { name: /Ställ in/ }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the meetings list for an auditor');
    await page.goto(`${ui.baseUrl}${UTSKOTT_0413}`);
    await expect(page.locator('table').first().innerText()).resolves.toContain('4711');
    await expect(page.locator('input[type=checkbox]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Anmäl valda beslut' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Återkalla anmälan' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the meeting page for an auditor');
    const token = (await csrfOfPage())!;
    await expect(forgedPost(`${UTSKOTT_0413}/anmal`, { _csrf: token, beslut: 'x' })).resolves.toBe(
      403,
    );
    await expect(
      forgedPost(`${MEETINGS}`, { _csrf: token, organ: 'ifon', datum: '2023-10-01' }),
    ).resolves.toBe(403);
    await expect(
      forgedPost(`${UTSKOTT_0413}/aterkalla`, { _csrf: token, beslut: 'x', skal: 'x' }),
    ).resolves.toBe(403);
  });
});

describe('the internal version of the list', () => {
  it('given a person who may not see the board’s confidential data (a * token), then no internal link, and asking for it anyway is refused with 403', async () => {
    await signIn(UI_TOKENS.admin.token);
    await page.goto(`${ui.baseUrl}${NAMND_0523}`);
    await expect(page.getByRole('link', { name: 'PDF, offentlig version' }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole('link', { name: /intern version/ }).count()).resolves.toBe(0);
    await expect(page.locator('table').first().innerText()).resolves.toContain('(sekretess)');
    const response = await page.goto(`${ui.baseUrl}${NAMND_0523}/lista.csv?version=intern`);
    expect(response?.status()).toBe(403);
  });
});
