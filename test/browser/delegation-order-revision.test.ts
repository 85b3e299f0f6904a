import type { Page } from 'playwright-core';
import { api } from '../support/service';
import { expectAccessible } from './support/axe';
import { UI_TOKENS, useUi } from './support/ui-service';

jest.setTimeout(90_000);

const ui = useUi();

const BOARD = 'Individ- och familjeomsorgsnämnden';
const B = '/api/v1/boards/ifon';

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

/** The seeds' 2022 version: reported via the förvaltningschef. */
const VERSION_2022 = {
  versionId: 'ifon-2022-06',
  effectiveFrom: '2022-06-14',
  adoptedRef: 'IFON 2022-06-14 § 87',
  defaultRoute: ['forvaltningschef', 'ifon'],
  items: [
    item('3.7.2', 'Beslut om ekonomiskt bistånd', {
      legalBasis: 'SoL 4 kap. 1 §',
      maxAmount: 10000,
    }),
    item('3.8.1', 'Verkställighet', { reporting: 'none' }),
    item('3.9.1', 'Överklagbart beslut', {
      delegates: ['enhetschef'],
      reporting: 'separate-minutes',
    }),
    item('3.9.9', 'Oklar punkt', { reporting: 'unspecified' }),
    item('5.1.1', 'Beslut i utskottet', {
      delegates: ['socialt-utskott', 'ordforande'],
      route: ['ifon'],
    }),
  ],
};

/** The seeds' 2023 version: via Socialt utskott; 3.8.1 gone, three added, 3.7.2's limit raised. */
const VERSION_2023 = {
  versionId: 'ifon-2023-01',
  effectiveFrom: '2023-01-03',
  adoptedRef: 'IFON 2022-12-13 § 140',
  defaultRoute: ['socialt-utskott', 'ifon'],
  items: [
    ...VERSION_2022.items
      .filter((i) => i.code !== '3.8.1')
      .map((i) => (i.code === '3.7.2' ? { ...i, maxAmount: 12000 } : i)),
    item('3.8.2', 'Verkställighet av bistånd', { reporting: 'none' }),
    item('3.7.3', 'Bistånd utöver norm', { delegates: ['enhetschef'], maxAmount: 30000 }),
    item('6.1.1', 'Yttrande till IVO', { delegates: ['enhetschef'], route: ['presidium', 'ifon'] }),
  ],
};

const jsonFile = (content: unknown) => ({
  name: 'version.json',
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

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

const as = (who: keyof typeof UI_TOKENS) => api(ui.baseUrl, UI_TOKENS[who].token);

async function signIn(who: keyof typeof UI_TOKENS): Promise<void> {
  await page.goto(`${ui.baseUrl}/logga-in`);
  await page.getByLabel('Nyckel').fill(UI_TOKENS[who].token);
  // sign-in lands on the first board's översikt, or the list of boards when there is none yet
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/namnder')),
    page.getByRole('button', { name: 'Logga in' }).click(),
  ]);
}

/** Presses Tab until the element with this id (or this text) has the focus; fails if it never does. */
async function tabTo(target: string): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return { id: e?.id ?? '', text: e?.textContent?.trim() ?? '' };
    });
    if (focused.id === target || (focused.id === '' && focused.text === target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * Does what leads to another page (Enter on a button, a click) and waits until
 * that page is there; answers the status of the first response (303 after a POST).
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

const enterAndWait = () => navigating(() => page.keyboard.press('Enter'));
const clickAndWait = (name: string) => navigating(() => page.getByRole('button', { name }).click());

const mainText = () => page.locator('main').innerText();

async function rowHeaders(caption: string): Promise<string[]> {
  const table = page.getByRole('table', { name: caption });
  if ((await table.count()) === 0) return [];
  return table.locator('tbody th').allInnerTexts();
}

describe('board administration, delegationsordning and revision', () => {
  it('given an admin, when the IFON board is created by form, then it has its bodies (a second nämnd is refused in Swedish first)', async () => {
    await signIn('admin');
    await navigating(() => page.getByRole('link', { name: 'Ny nämnd' }).click());
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Ny nämnd');
    await expectAccessible(page, 'the new board form');

    await page.locator('#falt-boardId').fill('ifon');
    await page.locator('#falt-name').fill(BOARD);
    const rows = [
      ['ifon', BOARD, 'board'],
      ['socialt-utskott', 'Socialt utskott', 'board'],
      ['forvaltningschef', 'Förvaltningschef', 'official'],
    ];
    for (const [i, [bodyId, name, kind]] of rows.entries()) {
      await page.locator(`#falt-organ-${i}-bodyId`).fill(bodyId);
      await page.locator(`#falt-organ-${i}-name`).fill(name);
      await page.locator(`#falt-organ-${i}-kind`).selectOption(kind);
    }
    await clickAndWait('Spara nämnden');
    await expect(page.locator('.error-summary').innerText()).resolves.toContain(
      'En nämnd ska ha exakt ett organ av typen nämnd.',
    );
    await expectAccessible(page, 'the board form with an error');
    expect((await as('admin').get(B)).status).toBe(404);

    await page.locator('#falt-organ-1-kind').selectOption('committee');
    await clickAndWait('Lägg till rad');
    await page.locator('#falt-organ-3-bodyId').fill('presidium');
    await page.locator('#falt-organ-3-name').fill('Presidiet');
    await page.locator('#falt-organ-3-kind').selectOption('presidium');
    await clickAndWait('Spara nämnden');

    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/andra');
    await expect(page.getByRole('status').innerText()).resolves.toBe('Nämnden är sparad.');
    const board = await as('admin').get(B);
    expect(board.body.bodies).toEqual([
      { bodyId: 'ifon', name: BOARD, kind: 'board' },
      { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
      { bodyId: 'forvaltningschef', name: 'Förvaltningschef', kind: 'official' },
      { bodyId: 'presidium', name: 'Presidiet', kind: 'presidium' },
    ]);
    await page.goto(`${ui.baseUrl}/namnder`);
    await expect(
      page.getByRole('link', { name: 'Ändra nämnden ifon' }).getAttribute('href'),
    ).resolves.toBe('/namnder/ifon/andra');
    await expectAccessible(page, 'the start page with the admin’s actions');
  });

  it('given a board-admin, when the 2022-06-14 version is adopted by form with the keyboard alone, then the API has it', async () => {
    await signIn('secretary');
    await page.goto(`${ui.baseUrl}/namnder/ifon/delegationsordning`);
    await expect(mainText()).resolves.toContain('Nämnden har ingen delegationsordning än.');
    await expectAccessible(page, 'the empty list of versions');
    await tabTo('Anta ny version');
    await enterAndWait();
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/delegationsordning/ny');
    await expectAccessible(page, 'the adopt form');

    // three empty rows; two more for the five items
    for (const rows of [4, 5]) {
      await tabTo('Lägg till rad');
      await enterAndWait();
      await expect(page.locator('fieldset.row').count()).resolves.toBe(rows);
    }

    const typeInto = async (id: string, text: string) => {
      await tabTo(id);
      await page.keyboard.type(text);
    };
    await typeInto('falt-versionId', VERSION_2022.versionId);
    await typeInto('falt-effectiveFrom', VERSION_2022.effectiveFrom);
    await typeInto('falt-adoptedRef', VERSION_2022.adoptedRef);
    await typeInto('falt-vag-0', 'F');
    await typeInto('falt-vag-1', 'I');
    const choose = { separate: 'Pro', none: 'Ver', unspecified: 'Ej' } as const;
    for (const [i, it] of VERSION_2022.items.entries()) {
      await typeInto(`falt-punkt-${i}-code`, it.code);
      await typeInto(`falt-punkt-${i}-title`, it.title);
      if (it.legalBasis) await typeInto(`falt-punkt-${i}-legalBasis`, it.legalBasis);
      await typeInto(`falt-punkt-${i}-delegates`, it.delegates.join(', '));
      if (it.reporting === 'separate-minutes')
        await typeInto(`falt-punkt-${i}-reporting`, choose.separate);
      if (it.reporting === 'none') await typeInto(`falt-punkt-${i}-reporting`, choose.none);
      if (it.reporting === 'unspecified')
        await typeInto(`falt-punkt-${i}-reporting`, choose.unspecified);
      if (it.maxAmount) await typeInto(`falt-punkt-${i}-maxAmount`, '10 000');
      if (it.route) await typeInto(`falt-punkt-${i}-vag-0`, 'Ind');
    }
    await expect(page.locator('#falt-effectiveFrom').inputValue()).resolves.toBe('2022-06-14');
    await tabTo('Anta versionen');
    await enterAndWait();

    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/delegationsordning');
    await expect(page.getByRole('status').innerText()).resolves.toBe(
      'Versionen ifon-2022-06 är antagen.',
    );
    const adopted = await as('secretary').get(`${B}/delegation-order/versions/ifon-2022-06`);
    expect(adopted.body).toEqual(VERSION_2022);
    await expectAccessible(page, 'the list of versions');
  });

  it('given a bad JSON, when uploaded, then Swedish errors per line and nothing adopted; a forged upload without the CSRF token is refused', async () => {
    await signIn('secretary');
    const adoptPage = `${ui.baseUrl}/namnder/ifon/delegationsordning/ny`;
    const upload = async (content: unknown) => {
      await page.goto(adoptPage);
      await page.locator('#falt-fil').setInputFiles(jsonFile(content));
      return clickAndWait('Ladda upp och anta');
    };

    const bad = {
      ...VERSION_2023,
      boardId: 'ifon',
      effectiveFrom: '2023-02-30',
      items: VERSION_2023.items.map((i) =>
        i.code === '3.9.1' ? { ...i, reporting: 'anmäls' } : i,
      ),
    };
    expect(await upload(bad)).toBe(400);
    const lines = await page.locator('#fil-felrader li').allInnerTexts();
    expect(lines).toEqual(
      expect.arrayContaining([
        'boardId: är inte ett känt fält.',
        'Gäller från: måste vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD.',
        'Punkt nr 2 (3.9.1), Anmälan: har ett värde som inte finns.',
      ]),
    );
    await expect(page.locator('#falt-fil-fel').textContent()).resolves.toContain(
      'Ingenting är antaget.',
    );
    await expectAccessible(page, 'the adopt page with upload errors');

    expect(await upload('{ "versionId": ')).toBe(400);
    await expect(page.locator('#fil-felrader').innerText()).resolves.toContain(
      'Filen är inte giltig JSON',
    );
    expect(await upload({ ...VERSION_2023, effectiveFrom: '2022-01-01' })).toBe(409);
    await expect(page.locator('#fil-felrader').innerText()).resolves.toBe(
      'En ny version måste börja gälla senare än den förra. Den senaste versionen gäller från 2022-06-14.',
    );
    expect(await upload({ ...VERSION_2023, defaultRoute: ['okant-utskott', 'ifon'] })).toBe(422);
    await expect(page.locator('#fil-felrader').innerText()).resolves.toContain(
      'Organet finns inte i nämnden. Okänt: okant-utskott.',
    );
    const twice = { ...VERSION_2023, items: [...VERSION_2023.items, VERSION_2023.items[0]] };
    expect(await upload(twice)).toBe(422);
    await expect(page.locator('#fil-felrader').innerText()).resolves.toBe(
      'Samma punkt finns flera gånger. (3.7.2)',
    );

    const uploadUrl = `${ui.baseUrl}/namnder/ifon/delegationsordning/ladda-upp`;
    const forged = await page.request.post(uploadUrl, {
      multipart: { fil: jsonFile(VERSION_2023) },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('Formuläret kunde inte kontrolleras');
    const guessed = await page.request.post(uploadUrl, {
      multipart: { _csrf: 'gissad', fil: jsonFile(VERSION_2023) },
      maxRedirects: 0,
    });
    expect(guessed.status()).toBe(403);
    const versions = await as('secretary').get(`${B}/delegation-order/versions`);
    expect(versions.body.versions.map((v: { versionId: string }) => v.versionId)).toEqual([
      'ifon-2022-06',
    ]);

    expect(await upload(VERSION_2023)).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/delegationsordning');
    await expect(page.getByRole('status').innerText()).resolves.toBe(
      'Versionen ifon-2023-01 är antagen.',
    );
    const adopted = await as('secretary').get(`${B}/delegation-order/versions/ifon-2023-01`);
    expect(adopted.body).toEqual(VERSION_2023);
  });

  it('given the adopt form with bad values, then each error is in Swedish next to its field, and nothing is adopted', async () => {
    await signIn('secretary');
    await page.goto(`${ui.baseUrl}/namnder/ifon/delegationsordning/ny`);
    await page.locator('#falt-versionId').fill('ifon-2024-01');
    await page.locator('#falt-effectiveFrom').fill('2024-02-30');
    for (const row of [0, 1]) {
      await page.locator(`#falt-punkt-${row}-code`).fill('3.7.2');
      await page.locator(`#falt-punkt-${row}-title`).fill('Beslut om ekonomiskt bistånd');
      await page.locator(`#falt-punkt-${row}-delegates`).fill('socialsekreterare');
    }
    await page.locator('#falt-punkt-1-maxAmount').fill('tiotusen');
    expect(await clickAndWait('Anta versionen')).toBe(400);
    await expect(page.locator('#falt-effectiveFrom-fel').textContent()).resolves.toBe(
      'Fel: Gäller från: måste vara ett datum som finns, skrivet ÅÅÅÅ-MM-DD.',
    );
    await expect(page.locator('#falt-punkt-1-maxAmount-fel').textContent()).resolves.toBe(
      'Fel: Rad 2, Högsta belopp: måste vara ett tal.',
    );
    expect(await page.getAttribute('#falt-effectiveFrom', 'aria-invalid')).toBe('true');
    await expectAccessible(page, 'the adopt form with errors');

    // the values are kept; with the date and amount put right, the domain refuses the rest
    await page.locator('#falt-effectiveFrom').fill('2024-02-01');
    await page.locator('#falt-punkt-1-maxAmount').fill('');
    expect(await clickAndWait('Anta versionen')).toBe(422);
    await expect(page.locator('#falt-vag-0-fel').textContent()).resolves.toBe(
      'Fel: En anmälningsväg måste ha minst ett organ.',
    );
    await page.locator('#falt-vag-0').selectOption('ifon');
    expect(await clickAndWait('Anta versionen')).toBe(422);
    for (const row of [0, 1]) {
      await expect(page.locator(`#falt-punkt-${row}-code-fel`).textContent()).resolves.toBe(
        'Fel: Samma punkt finns flera gånger. (3.7.2)',
      );
    }
    const versions = await as('secretary').get(`${B}/delegation-order/versions`);
    expect(versions.body.versions).toHaveLength(2);
  });

  it('shows a version: its default route in words and its items as a table', async () => {
    await signIn('secretary');
    await page.goto(`${ui.baseUrl}/namnder/ifon/delegationsordning`);
    await navigating(() => page.getByRole('link', { name: 'ifon-2023-01' }).click());
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Delegationsordning ifon-2023-01',
    );
    await expect(page.locator('.default-route').innerText()).resolves.toBe(
      `anmäls till Socialt utskott, som anmäler till ${BOARD}`,
    );
    const table = page.getByRole('table', { name: 'Punkter' });
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
      'Punkt',
      'Ärende',
      'Lagrum',
      'Delegat',
      'Anmälan',
      'Anmälningsväg',
      'Högsta belopp',
    ]);
    await expect(rowHeaders('Punkter')).resolves.toEqual(VERSION_2023.items.map((i) => i.code));
    const cells = async (code: string) =>
      table
        .locator('tbody tr', { has: page.locator('th', { hasText: code }) })
        .locator('td')
        .allInnerTexts();
    await expect(cells('6.1.1')).resolves.toEqual([
      'Yttrande till IVO',
      '–',
      'enhetschef',
      'Anmäls',
      `anmäls till Presidiet, som anmäler till ${BOARD}`,
      'ingen gräns',
    ]);
    await expect(cells('3.7.2')).resolves.toEqual([
      'Beslut om ekonomiskt bistånd',
      'SoL 4 kap. 1 §',
      'socialsekreterare, enhetschef',
      'Anmäls',
      'enligt huvudregeln',
      '12\u202f000\u202fkr',
    ]);
    await expectAccessible(page, 'a version');
  });

  it('compares the two versions: the default route’s change plainly at the top, the items as the API compares them', async () => {
    await signIn('secretary');
    await page.goto(`${ui.baseUrl}/namnder/ifon/delegationsordning`);
    await page.getByLabel('Från version').selectOption('ifon-2022-06');
    await page.getByLabel('Till version').selectOption('ifon-2023-01');
    await clickAndWait('Jämför');
    expect(page.url()).toBe(
      `${ui.baseUrl}/namnder/ifon/delegationsordning/jamfor?fran=ifon-2022-06&till=ifon-2023-01`,
    );
    await expect(page.locator('#huvudregel').innerText()).resolves.toContain(
      'Huvudregeln för anmälan har ändrats: från ”anmäls till förvaltningschef, som anmäler till nämnd” till ”anmäls till utskott, som anmäler till nämnd”.',
    );
    await expect(page.locator('#huvudregel').innerText()).resolves.toContain(
      `från ”anmäls till Förvaltningschef, som anmäler till ${BOARD}” till ”anmäls till Socialt utskott, som anmäler till ${BOARD}”`,
    );

    const compared = await as('secretary').get(`${B}/delegation-order/compare`, {
      from: 'ifon-2022-06',
      to: 'ifon-2023-01',
    });
    const codes = (items: { code: string }[]) => items.map((i) => i.code);
    await expect(rowHeaders('Tillagda punkter')).resolves.toEqual(codes(compared.body.items.added));
    await expect(rowHeaders('Borttagna punkter')).resolves.toEqual(
      codes(compared.body.items.removed),
    );
    expect(codes(compared.body.items.added)).toEqual(['3.7.3', '3.8.2', '6.1.1']);
    expect(compared.body.items.changed).toEqual([
      { code: '3.7.2', fields: { maxAmount: { from: 10000, to: 12000 } } },
    ]);
    const changed = page.getByRole('table', { name: 'Ändrade punkter' });
    await expect(changed.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      '3.7.2\tHögsta belopp\t10\u202f000\u202fkr\t12\u202f000\u202fkr',
    ]);
    await expectAccessible(page, 'the comparison');
  });

  it('given the delegation order routes via the förvaltningschef, when the admin removes that body, then 409 in Swedish and nothing changes', async () => {
    await signIn('admin');
    await page.goto(`${ui.baseUrl}/namnder/ifon/andra`);
    for (const field of ['bodyId', 'name']) await page.locator(`#falt-organ-2-${field}`).fill('');
    await page.locator('#falt-organ-2-kind').selectOption('');
    expect(await clickAndWait('Spara nämnden')).toBe(409);
    await expect(page.locator('.error-summary').innerText()).resolves.toContain(
      'Organet används fortfarande och kan inte tas bort. Det används av delegationsordningen eller ett sammanträde: Förvaltningschef (forvaltningschef).',
    );
    await expectAccessible(page, 'the board form refused');
    const board = await as('admin').get(B);
    expect(board.body.bodies.map((b: { bodyId: string }) => b.bodyId)).toContain(
      'forvaltningschef',
    );
  });

  it('lists the board’s events as GET /api/v1/audit/events does, masked for a city-wide auditor', async () => {
    const recorded = await as('secretary').post(`${B}/decisions`, {
      externalId: 'sekr-1',
      itemCode: '3.7.2',
      decidedAt: '2023-02-01',
      decidedBy: { name: 'Handläggare H', role: 'socialsekreterare' },
      caseRef: 'IFO 2023/1',
      summary: 'Skyddat boende',
      confidential: true,
    });
    expect(recorded.status).toBe(201);

    await signIn('cityAuditor');
    await page.goto(`${ui.baseUrl}/namnder/ifon/revision`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Revision');
    const answer = await as('cityAuditor').get('/api/v1/audit/events', {
      boardId: 'ifon',
      limit: 50,
    });
    const table = page.getByRole('table', { name: 'Händelser' });
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children).map((cell) => (cell as HTMLElement).innerText)),
      );
    expect(shown.map((cells) => [Number(cells[0]), cells[3], cells[4], cells[5]])).toEqual(
      answer.body.events.map(
        (e: { position: number; streamId: string; actor: string; data: unknown }) => [
          e.position,
          e.streamId,
          e.actor,
          JSON.stringify(e.data),
        ],
      ),
    );
    expect(shown.map((cells) => cells[2])).toEqual([
      'Nämnden lades upp',
      'Version av delegationsordningen antogs',
      'Version av delegationsordningen antogs',
      'Beslutet registrerades',
    ]);
    expect(JSON.stringify(shown)).not.toContain('Skyddat boende');
    await expectAccessible(page, 'the revision screen');

    await page.getByLabel('Händelse', { exact: true }).selectOption('DecisionRecorded');
    await clickAndWait('Visa');
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await expect(table.locator('tbody td').nth(1).innerText()).resolves.toBe(
      'Beslutet registrerades',
    );
    await expectAccessible(page, 'the revision screen filtered');

    const later = answer.body.events[1].position + 1;
    await page.goto(`${ui.baseUrl}/namnder/ifon/revision?franPosition=${later}`);
    await expect(table.locator('tbody th').allInnerTexts()).resolves.toEqual(
      answer.body.events.slice(2).map((e: { position: number }) => String(e.position)),
    );
  });

  it('shows the board’s own auditor what the board may see, with no action anywhere, and refuses a forged POST with 403', async () => {
    await signIn('auditor');
    await expect(page.getByRole('link', { name: 'Ny nämnd' }).count()).resolves.toBe(0);
    await page.goto(`${ui.baseUrl}/namnder/ifon/revision?handelse=DecisionRecorded`);
    await expect(page.getByRole('table', { name: 'Händelser' }).innerText()).resolves.toContain(
      'Skyddat boende',
    );
    await page.goto(`${ui.baseUrl}/namnder/ifon/delegationsordning`);
    await expect(page.getByRole('link', { name: 'Anta ny version' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button').allInnerTexts()).resolves.toEqual(['Logga ut', 'Jämför']);
    await expectAccessible(page, 'the versions, read-only');

    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const base = `${ui.baseUrl}/namnder/ifon/delegationsordning`;
    const forged = await page.request.post(`${base}/ny`, {
      form: {
        _csrf: csrf!,
        versionId: 'ifon-2024-01',
        effectiveFrom: '2024-01-01',
        'vag-0': 'ifon',
      },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.text()).toContain('Din roll får inte göra detta.');
    const upload = await page.request.post(`${base}/ladda-upp`, {
      multipart: {
        _csrf: csrf!,
        fil: jsonFile({ ...VERSION_2023, versionId: 'ifon-2024-01', effectiveFrom: '2024-01-01' }),
      },
      maxRedirects: 0,
    });
    expect(upload.status()).toBe(403);
    const board = await page.request.post(`${ui.baseUrl}/namnder/ny`, {
      form: { _csrf: csrf!, boardId: 'annan', name: 'Annan nämnd' },
      maxRedirects: 0,
    });
    expect(board.status()).toBe(403);
    expect((await page.goto(`${base}/ny`))?.status()).toBe(403);
    const versions = await as('auditor').get(`${B}/delegation-order/versions`);
    expect(versions.body.versions).toHaveLength(2);
  });

  it('reads at 200 % and 400 % zoom: no screen of these scrolls sideways (WCAG 1.4.10)', async () => {
    await signIn('admin');
    const paths = [
      '/namnder/ny',
      '/namnder/ifon/andra',
      '/namnder/ifon/delegationsordning',
      '/namnder/ifon/delegationsordning/ifon-2023-01',
      '/namnder/ifon/delegationsordning/jamfor?fran=ifon-2022-06&till=ifon-2023-01',
      '/namnder/ifon/delegationsordning/ny',
      '/namnder/ifon/revision',
    ];
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 600 });
      for (const path of paths) {
        await page.goto(`${ui.baseUrl}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ width, path, overflow }).toEqual({ width, path, overflow: 0 });
      }
    }
  });

  it('keeps the revision screen to auditors, as the API’s audit endpoint: a board-admin gets the 403 page', async () => {
    await signIn('secretary');
    const response = await page.goto(`${ui.baseUrl}/namnder/ifon/revision`);
    expect(response?.status()).toBe(403);
    await expect(mainText()).resolves.toContain('Din roll får inte göra detta.');
  });
});
