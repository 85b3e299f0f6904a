import type { Page } from 'playwright-core';
import { type Api, api } from '../support/service';
import {
  IFON_BODIES,
  MEETINGS,
  VERSION_2022,
  VERSION_2023,
  aDecision,
  must,
  paths,
} from '../api/scenario.fixture';
import { expectAccessible } from './support/axe';
import { UI_TOKENS, type UiToken, useUi } from './support/ui-service';

jest.setTimeout(90_000);

const BOARD = 'ifon';
const LAGE = '2023-04-20';
const ids: Record<string, string> = {};

/**
 * Given IFON with both versions and its meetings, and recorded over the API:
 * 52 decisions p-01…p-52 (3.7.2, 2023-03-15, from viva), `konf` (confidential), `okand`
 * (an item not in the order), `rapp` (reported at the utskott 2023-04-13, § 12), `sekr`
 * (recorded by the secretary, so another source system); and board `annan` with one decision.
 */
const ui = useUi(async (admin) => {
  await must(
    admin.put(paths.board(BOARD), {
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: IFON_BODIES,
    }),
    201,
  );
  for (const version of [VERSION_2022, VERSION_2023])
    await must(admin.post(paths.versions(BOARD), version), 201);
  for (const meeting of MEETINGS) await must(admin.post(paths.meetings(BOARD), meeting), 201);
});

const as = (token: UiToken): Api => api(ui.baseUrl, token.token);

beforeAll(async () => {
  const viva = as(UI_TOKENS.viva);
  const batch = await must(
    viva.post(paths.batch(BOARD), {
      decisions: Array.from({ length: 52 }, (_, i) =>
        aDecision(`p-${String(i + 1).padStart(2, '0')}`, { decidedAt: '2023-03-15' }),
      ),
    }),
    200,
  );
  for (const result of batch.results) ids[result.externalId] = result.decisionId;
  const record = async (client: Api, externalId: string, overrides: Record<string, unknown>) => {
    ids[externalId] = (
      await must(client.post(paths.decisions(BOARD), aDecision(externalId, overrides)), 201)
    ).decisionId;
  };
  await record(viva, 'konf', {
    decidedAt: '2023-04-03',
    caseRef: 'IFO 2023-hemlig',
    summary: 'Hemlig sammanfattning',
    confidential: true,
  });
  await record(viva, 'okand', { decidedAt: '2023-04-05', itemCode: '9.9.9' });
  await record(viva, 'rapp', { decidedAt: '2023-04-04', caseRef: 'IFO 2023-rapp' });
  await record(as(UI_TOKENS.secretary), 'sekr', { decidedAt: '2023-04-06' });
  await must(
    as(UI_TOKENS.secretary).post(paths.reports(BOARD, 'su-2023-04-13'), {
      decisionIds: [ids.rapp],
      minutesParagraph: '§ 12',
    }),
    200,
  );
  const admin = as(UI_TOKENS.admin);
  await must(
    admin.put(paths.board('annan'), {
      name: 'Annan nämnd',
      bodies: [{ bodyId: 'annan', name: 'Annan nämnd', kind: 'board' }],
    }),
    201,
  );
  ids.annan = (
    await must(admin.post(paths.decisions('annan'), aDecision('annan-1')), 201)
  ).decisionId;
}, 60_000);

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

/** Presses Tab from the top of the page until the element (by id or text) has focus. */
async function tabTo(target: string): Promise<void> {
  const focused = () =>
    page.evaluate(() => {
      const e = document.activeElement;
      return e?.id || e?.textContent?.trim();
    });
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused()) === target) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function signIn(token: UiToken): Promise<void> {
  await page.goto(`${ui.baseUrl}/logga-in`);
  await page.getByLabel('Nyckel').fill(token.token);
  // wherever sign-in lands (the start page, or the board's översikt), it has left the sign-in page
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/logga-in'),
    page.getByRole('button', { name: 'Logga in' }).click(),
  ]);
}

const listPath = (query: Record<string, string>) =>
  `/namnder/${BOARD}/beslut?${new URLSearchParams(query).toString()}`;

/** The decision ids of the list's rows, in order, read from their links. */
const listedIds = (): Promise<string[]> =>
  page.$$eval('table tbody tr th a', (links) =>
    links.map((a) => decodeURIComponent(a.getAttribute('href')!.split('?')[0].split('/').pop()!)),
  );

async function apiIds(token: UiToken, query: Record<string, string>): Promise<string[]> {
  const body = await must(as(token).get(paths.decisions(BOARD), { limit: '50', ...query }), 200);
  return body.items.map((d: { decisionId: string }) => d.decisionId);
}

/** The screen's parameter for each of the API's filters. */
const FILTERS: readonly [Record<string, string>, Record<string, string>][] = [
  [{ status: 'overdue' }, { status: 'overdue' }],
  [{ status: 'pending' }, { status: 'pending' }],
  [{ flagga: 'UNKNOWN_ITEM' }, { flag: 'UNKNOWN_ITEM' }],
  [{ flagga: 'OVERDUE' }, { flag: 'OVERDUE' }],
  [{ punkt: '9.9.9' }, { itemCode: '9.9.9' }],
  [{ organ: 'ifon' }, { bodyId: 'ifon' }],
  [
    { organ: 'socialt-utskott', status: 'overdue' },
    { bodyId: 'socialt-utskott', status: 'overdue' },
  ],
  [
    { fran: '2023-04-04', till: '2023-04-05' },
    { from: '2023-04-04', to: '2023-04-05' },
  ],
  [{ system: 'Åsa Öberg' }, { sourceSystem: 'Åsa Öberg' }],
  [{ diarienummer: 'IFO 2023-r' }, { caseRef: 'IFO 2023-r' }],
];

describe('the decision list', () => {
  it.each(FILTERS)(
    'given the secretary, when filtered by %j, then the rows are the API’s answer for the same filters',
    async (screen, filter) => {
      await signIn(UI_TOKENS.secretary);
      const response = await page.goto(`${ui.baseUrl}${listPath({ ...screen, lage: LAGE })}`);
      expect(response?.status()).toBe(200);
      const expected = await apiIds(UI_TOKENS.secretary, { ...filter, today: LAGE });
      expect(expected.length).toBeGreaterThan(0);
      await expect(listedIds()).resolves.toEqual(expected);
    },
  );

  it('given the secretary, then the list shows Swedish columns, statuses and flags, and passes axe', async () => {
    await signIn(UI_TOKENS.secretary);
    await page.goto(`${ui.baseUrl}${listPath({ fran: '2023-04-03', lage: LAGE })}`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Beslut');
    const headers = await page.$$eval('table thead th', (ths) => ths.map((th) => th.textContent));
    expect(headers).toEqual([
      'Beslutsdatum',
      'Punkt',
      'Beslutsfattare',
      'Diarienummer',
      'Status',
      'Flaggor',
    ]);
    const okand = page.locator('tr', { has: page.locator(`a[href*="${ids.okand}"]`) });
    await expect(okand.innerText()).resolves.toMatch(/Okänd punkt/);
    await expect(okand.innerText()).resolves.toMatch(/Ej anmält i tid/);
    const konf = page.locator('tr', { has: page.locator(`a[href*="${ids.konf}"]`) });
    await expect(konf.innerText()).resolves.toContain('IFO 2023-hemlig');
    await expect(page.getByLabel('Diarienummer').count()).resolves.toBe(1);
    await expectAccessible(page, 'the decision list');
  });

  it('given a date that does not exist, then the error is shown in Swedish next to the field', async () => {
    await signIn(UI_TOKENS.secretary);
    const response = await page.goto(`${ui.baseUrl}${listPath({ fran: '2023-02-30' })}`);
    expect(response?.status()).toBe(400);
    await expect(page.locator('#falt-fran-fel').innerText()).resolves.toContain(
      'Datumet är inte ett giltigt datum',
    );
    await expectAccessible(page, 'the decision list with an error');
  });

  it('given 55 decisions under 3.7.2, when paged, then 50 and the rest, the filters kept, and back again', async () => {
    await signIn(UI_TOKENS.secretary);
    await page.goto(`${ui.baseUrl}${listPath({ punkt: '3.7.2', lage: LAGE })}`);
    const first = await listedIds();
    const api1 = await must(
      as(UI_TOKENS.secretary).get(paths.decisions(BOARD), {
        itemCode: '3.7.2',
        today: LAGE,
        limit: '50',
      }),
      200,
    );
    expect(first).toEqual(api1.items.map((d: { decisionId: string }) => d.decisionId));
    expect(first).toHaveLength(50);
    await page.getByRole('link', { name: 'Nästa sida' }).click();
    const url = new URL(page.url());
    expect(url.searchParams.get('punkt')).toBe('3.7.2');
    expect(url.searchParams.get('lage')).toBe(LAGE);
    expect(url.searchParams.get('sida')).toBe('2');
    const api2 = await must(
      as(UI_TOKENS.secretary).get(paths.decisions(BOARD), {
        itemCode: '3.7.2',
        today: LAGE,
        limit: '50',
        cursor: api1.nextCursor,
      }),
      200,
    );
    await expect(listedIds()).resolves.toEqual(
      api2.items.map((d: { decisionId: string }) => d.decisionId),
    );
    await expect(page.getByRole('link', { name: 'Nästa sida' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'the second page');
    await page.getByRole('link', { name: 'Föregående sida' }).click();
    await expect(listedIds()).resolves.toEqual(first);
  });
});

describe('a decision’s page', () => {
  it('given a reported decision, then its facts, version, item, timeline and history', async () => {
    await signIn(UI_TOKENS.secretary);
    const response = await page.goto(
      `${ui.baseUrl}/namnder/${BOARD}/beslut/${ids.rapp}?lage=${LAGE}`,
    );
    expect(response?.status()).toBe(200);
    const main = page.locator('main');
    await expect(main.innerText()).resolves.toContain('IFO 2023-rapp');
    const version = page.getByRole('link', { name: 'version ifon-2023-01' });
    await expect(version.getAttribute('href')).resolves.toBe(
      `/namnder/${BOARD}/delegationsordning/ifon-2023-01`,
    );
    const text = await main.innerText();
    expect(text).toContain('3.7.2 Beslut om ekonomiskt bistånd');
    expect(text).toContain('socialsekreterare, enhetschef');
    expect(text).toContain('SoL 4 kap. 1 §');
    expect(text).toContain('10\u202f000\u202fkr');
    const timeline = await page.locator('ol.timeline').innerText();
    expect(timeline).toContain('Steg 1: Socialt utskott');
    expect(timeline).toContain('Klar för anmälan 2023-04-04');
    expect(timeline).toContain('Ska anmälas vid Socialt utskott, sammanträdet 2023-04-13');
    expect(timeline).toContain('Anmäld 2023-04-13 (§ 12)');
    expect(timeline).toContain('Steg 2: Individ- och familjeomsorgsnämnden');
    expect(timeline).toContain(
      'Ska anmälas vid Individ- och familjeomsorgsnämnden, sammanträdet 2023-05-23',
    );
    const history = await page.getByRole('table', { name: 'Händelser för beslutet' }).innerText();
    expect(history).toContain('Beslutet registrerades');
    expect(history).toContain('Anmält vid sammanträde');
    expect(history).toContain('viva-ifo');
    await expectAccessible(page, 'a decision’s page');
  });

  it('given a decision under an unknown item, overdue, then each flag explained with its rule and law', async () => {
    await signIn(UI_TOKENS.auditor);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids.okand}?lage=${LAGE}`);
    const flags = await page.locator('.flag-explanations').innerText();
    expect(flags).toContain('Okänd punkt');
    expect(flags).toContain('Ej anmält i tid');
    expect(flags).toContain('Kommunallagen 6 kap. 40 §');
    await expect(page.locator('ol.timeline').innerText()).resolves.toContain(
      'Ej anmäld – försenad',
    );
    await expectAccessible(page, 'a flagged decision');
  });

  it('given a "Visa läget per" that is not a date, then the page as of today, with the error at the field', async () => {
    await signIn(UI_TOKENS.auditor);
    const response = await page.goto(
      `${ui.baseUrl}/namnder/${BOARD}/beslut/${ids.rapp}?lage=2023-02-30`,
    );
    expect(response?.status()).toBe(400);
    await expect(page.locator('#falt-lage-fel').innerText()).resolves.toContain(
      'Datumet är inte ett giltigt datum',
    );
    await expectAccessible(page, 'a decision’s page with a bad date');
  });

  it('given a decision of another board, then the 404 page', async () => {
    await signIn(UI_TOKENS.secretary);
    const response = await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids.annan}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Beslutet finns inte',
    );
    await expectAccessible(page, 'the 404 page');
  });
});

describe('a city-wide auditor (boards ["*"])', () => {
  it('sees a confidential decision masked exactly as the API masks it, and no diarienummer filter', async () => {
    await signIn(UI_TOKENS.cityAuditor);
    const view = await must(
      as(UI_TOKENS.cityAuditor).get(paths.decision(BOARD, ids.konf), { today: LAGE }),
      200,
    );
    expect(view).toMatchObject({ confidential: true, caseRef: null, summary: null });
    await page.goto(
      `${ui.baseUrl}${listPath({ fran: '2023-04-03', till: '2023-04-03', lage: LAGE })}`,
    );
    const row = page.locator('tr', { has: page.locator(`a[href*="${ids.konf}"]`) });
    await expect(row.innerText()).resolves.toContain('(sekretess)');
    await expect(page.locator('#falt-diarienummer').count()).resolves.toBe(0);
    // the parameter is ignored, so a masked case number cannot be searched out
    await page.goto(`${ui.baseUrl}${listPath({ diarienummer: 'IFO 2023-hemlig', lage: LAGE })}`);
    await expect(listedIds()).resolves.toEqual(
      await apiIds(UI_TOKENS.cityAuditor, { today: LAGE }),
    );
    await expectAccessible(page, 'the list as a city-wide auditor');

    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids.konf}`);
    const main = await page.locator('main').innerText();
    expect(main).not.toContain('IFO 2023-hemlig');
    expect(main).not.toContain('Hemlig sammanfattning');
    expect(main).toContain('(sekretess)');
    await expect(page.getByRole('link', { name: 'Ändra beslutet' }).count()).resolves.toBe(0);
    await expectAccessible(page, 'a confidential decision as a city-wide auditor');
  });
});

describe('at 200 % and 400 % zoom', () => {
  it('reads without scrolling sideways (WCAG 1.4.10): the list, a decision and the amend form', async () => {
    await signIn(UI_TOKENS.secretary);
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 700 });
      for (const path of [
        listPath({ lage: LAGE }),
        `/namnder/${BOARD}/beslut/${ids.rapp}`,
        `/namnder/${BOARD}/beslut/${ids.rapp}/andra`,
      ]) {
        await page.goto(`${ui.baseUrl}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ width, path, overflow }).toEqual({ width, path, overflow: 0 });
      }
    }
  });
});

describe('amend and annul (board-admin)', () => {
  it('given no reason, then the error next to Motivering and nothing changed', async () => {
    await signIn(UI_TOKENS.secretary);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-01']}/andra`);
    await page.getByLabel('Belopp (kr)').fill('9 999');
    const [posted] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Spara ändringen' }).click(),
    ]);
    expect(posted.status()).toBe(400);
    await expect(page.locator('#falt-motivering-fel').innerText()).resolves.toContain(
      'Ange en motivering',
    );
    await expectAccessible(page, 'the amend form with an error');
    const view = await must(as(UI_TOKENS.secretary).get(paths.decision(BOARD, ids['p-01'])), 200);
    expect(view.amount).toBe(4500);
  });

  it('amends by keyboard alone with a reason, and the history grows', async () => {
    await signIn(UI_TOKENS.secretary);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-02']}`);
    const rowsBefore = await page.locator('table tbody tr').count();
    await tabTo('Ändra beslutet');
    await Promise.all([page.waitForURL(/\/andra$/), page.keyboard.press('Enter')]);
    await expectAccessible(page, 'the amend form');
    await tabTo('falt-belopp');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5 000');
    await page.keyboard.press('Tab'); // Omfattas av sekretess
    await page.keyboard.press('Tab'); // Brådskande
    await page.keyboard.press('Tab'); // Motivering
    await page.keyboard.type('Fel belopp angivet');
    await page.keyboard.press('Tab'); // Spara ändringen
    await Promise.all([page.waitForURL(/klart=andrat/), page.keyboard.press('Enter')]);
    await expect(page.getByRole('status').innerText()).resolves.toBe('Beslutet är ändrat.');
    await expect(page.locator('table tbody tr').count()).resolves.toBe(rowsBefore + 1);
    const history = await page.getByRole('table', { name: 'Händelser för beslutet' }).innerText();
    expect(history).toContain('Beslutet ändrades');
    expect(history).toContain('Belopp: 5000');
    expect(history).toContain('Motivering: Fel belopp angivet');
    expect(history).toContain('Åsa Öberg');
    const view = await must(as(UI_TOKENS.secretary).get(paths.decision(BOARD, ids['p-02'])), 200);
    expect(view.amount).toBe(5000);
  });

  it('annuls after a confirmation with a reason', async () => {
    await signIn(UI_TOKENS.secretary);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-03']}`);
    await page.getByRole('link', { name: 'Upphäv beslutet' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Upphäv beslut p-03',
    );
    await expectAccessible(page, 'the annul confirmation');
    await page.getByLabel('Motivering').fill('Registrerat två gånger');
    await page.getByRole('button', { name: 'Ja, upphäv beslutet' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Beslutet är upphävt.');
    await expect(page.locator('.lead').innerText()).resolves.toContain('Upphävt');
    const view = await must(as(UI_TOKENS.secretary).get(paths.decision(BOARD, ids['p-03'])), 200);
    expect(view.status).toBe('annulled');
  });

  it('given an auditor, then no forms, and a forged POST gets the 403 page and changes nothing', async () => {
    await signIn(UI_TOKENS.auditor);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-04']}`);
    await expect(page.getByRole('link', { name: 'Ändra beslutet' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Upphäv beslutet' }).count()).resolves.toBe(0);
    await expect(page.locator('main form[method="post"]').count()).resolves.toBe(0);
    const form = await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-04']}/andra`);
    expect(form?.status()).toBe(403);
    await page.goto(`${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-04']}`);
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    for (const action of ['andra', 'upphav']) {
      const forged = await page.request.post(
        `${ui.baseUrl}/namnder/${BOARD}/beslut/${ids['p-04']}/${action}`,
        { form: { _csrf: csrf!, belopp: '1', motivering: 'förfalskat' }, maxRedirects: 0 },
      );
      expect({ action, status: forged.status() }).toEqual({ action, status: 403 });
      expect(await forged.text()).toContain('En revisor kan läsa men inte ändra.');
    }
    const view = await must(as(UI_TOKENS.auditor).get(paths.decision(BOARD, ids['p-04'])), 200);
    expect(view).toMatchObject({ amount: 4500, status: 'overdue' });
  });
});
