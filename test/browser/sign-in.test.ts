import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { UI_TOKENS, useUi } from './support/ui-service';

jest.setTimeout(60_000);

const ui = useUi(async (admin) => {
  const defined = await admin.put('/api/v1/boards/ifon', {
    name: 'Individ- och familjeomsorgsnämnden',
    bodies: [
      { bodyId: 'ifon', name: 'Individ- och familjeomsorgsnämnden', kind: 'board' },
      { bodyId: 'socialt-utskott', name: 'Socialt utskott', kind: 'committee' },
    ],
  });
  if (defined.status !== 201) throw new Error(`board not defined: ${JSON.stringify(defined.body)}`);
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
  // checked last: no page of the interface asked any other host for anything
  expect(ui.browser.foreignRequests()).toEqual([]);
});

async function signIn(token: string): Promise<void> {
  await page.goto(`${ui.baseUrl}/logga-in`);
  await page.getByLabel('Nyckel').fill(token);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

const sessionCookie = async () =>
  (await ui.browser.context.cookies()).find((c) => c.name === 'delegationsbeslut.sid');

describe('signing in to the web interface', () => {
  it('sends a browser that is not signed in from / to the sign-in page, which passes axe', async () => {
    const response = await page.goto(`${ui.baseUrl}/`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await expect(page.title()).resolves.toBe('Logga in – Delegationsbeslut');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expectAccessible(page);
  });

  it('given a wrong token, then it says so in Swedish next to the field', async () => {
    await signIn('fel-nyckel-som-inte-finns');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await expect(page.locator('#falt-token-fel').innerText()).resolves.toContain(
      'Nyckeln är inte giltig',
    );
    expect(await page.getAttribute('#falt-token', 'aria-invalid')).toBe('true');
    await expectAccessible(page, 'the sign-in page with an error');
  });

  it('given an admin token, then it lands on the first board’s översikt, and the start page lists the boards, with name and role in the header', async () => {
    await signIn(UI_TOKENS.admin.token);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/oversikt');
    await page.goto(`${ui.baseUrl}/namnder`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Nämnder');
    await expect(
      page.getByRole('link', { name: 'Individ- och familjeomsorgsnämnden' }).getAttribute('href'),
    ).resolves.toBe('/namnder/ifon/oversikt');
    await expect(page.locator('.signed-in').innerText()).resolves.toContain('Drift, Driftansvarig');
    await expectAccessible(page, 'the start page');
  });

  it('keeps the token out of the browser: only an HttpOnly, SameSite=Strict session cookie', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const cookies = await ui.browser.context.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['delegationsbeslut.sid']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(JSON.stringify(cookies)).not.toContain(UI_TOKENS.secretary.token);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain(UI_TOKENS.secretary.token);
  });

  it('given a source-system token, then the 403 page says why, in Swedish', async () => {
    await page.goto(`${ui.baseUrl}/logga-in`);
    await page.getByLabel('Nyckel').fill(UI_TOKENS.viva.token);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Logga in' }).click(),
    ]);
    expect(response.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Åtkomst nekad',
    );
    await expect(page.locator('main').innerText()).resolves.toContain('verksamhetssystem');
    await expectAccessible(page, 'the 403 page');
    await page.goto(`${ui.baseUrl}/namnder`);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
  });

  it('refuses a POST without the CSRF token (403), even with a valid token', async () => {
    await page.goto(`${ui.baseUrl}/logga-in`);
    const response = await page.request.post(`${ui.baseUrl}/logga-in`, {
      form: { token: UI_TOKENS.admin.token },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('Formuläret kunde inte kontrolleras');
    const forged = await page.request.post(`${ui.baseUrl}/logga-in`, {
      form: { token: UI_TOKENS.admin.token, _csrf: 'gissad' },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
  });

  it('given a session that has ended, when a form of its page is sent, then the sign-in page, not the 403 page', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    await page.context().clearCookies();
    const sent = await page.request.post(`${ui.baseUrl}/namnder/ifon/sammantraden`, {
      form: { _csrf: csrf ?? '', organ: 'ifon', datum: '2023-10-01' },
      maxRedirects: 0,
    });
    expect(sent.status()).toBe(303);
    expect(sent.headers()['location']).toMatch(/^\/logga-in/);
  });

  it('signs out: the session ends and the old cookie no longer works', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const before = await sessionCookie();
    expect(before).toBeDefined();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await expect(page.getByRole('status').innerText()).resolves.toBe('Du är utloggad.');
    // the old cookie, sent again by hand, gets the sign-in page
    const replay = await fetch(`${ui.baseUrl}/namnder`, {
      headers: { cookie: `${before!.name}=${before!.value}` },
      redirect: 'manual',
    });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/logga-in?returnTo=%2Fnamnder');
  });

  it('keeps the session across a restart of the service', async () => {
    await signIn(UI_TOKENS.secretary.token);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/oversikt');
    await ui.service.restart();
    await page.goto(`${ui.baseUrl}/namnder`);
    expect(new URL(page.url()).pathname).toBe('/namnder');
    await expect(page.locator('.signed-in').innerText()).resolves.toContain('Åsa Öberg');
  });

  it('signs in by keyboard alone (Tab and Enter)', async () => {
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return e?.id || e?.textContent?.trim();
      });
    await page.goto(`${ui.baseUrl}/logga-in`);
    // the field has focus on arrival; back past the site name is the skip link
    await expect(focused()).resolves.toBe('falt-token');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(focused()).resolves.toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toBe('innehall');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('falt-token');
    await page.keyboard.type(UI_TOKENS.auditor.token);
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Logga in');
    // the focus can be seen (focus-visible ring)
    await expect(
      page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).resolves.toBe('solid');
    await Promise.all([
      page.waitForURL(`${ui.baseUrl}/namnder/ifon/oversikt`),
      page.keyboard.press('Enter'),
    ]);
    await expect(page.locator('.signed-in').innerText()).resolves.toContain(
      'Revisor Ärlig, Revisor',
    );
  });

  it('reads at 200 % and 400 % zoom: nothing scrolls sideways (WCAG 1.4.10)', async () => {
    await signIn(UI_TOKENS.secretary.token);
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 600 });
      for (const path of ['/logga-in?returnTo=%2Fnamnder', '/namnder']) {
        await page.goto(`${ui.baseUrl}${path}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ width, path, overflow }).toEqual({ width, path, overflow: 0 });
      }
    }
  });

  it('answers an unknown page in Swedish, and another board’s pages with the 403 page', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const missing = await page.goto(`${ui.baseUrl}/namnder/ifon/finns-inte`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Sidan finns inte',
    );
    await expectAccessible(page, 'the 404 page');
    const other = await page.goto(`${ui.baseUrl}/namnder/annan-namnd/finns-inte`);
    expect(other?.status()).toBe(403);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Du har inte behörighet till den här nämnden.',
    );
  });

  it('answers a form body that is too large with a Swedish page, not the API’s JSON', async () => {
    const response = await fetch(`${ui.baseUrl}/logga-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${'a'.repeat(200_000)}`,
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Det som skickades är för stort.');
  });

  it('leaves the API alone: no session cookie on /api or /health, and bearer tokens still work', async () => {
    for (const path of ['/health', '/api/v1/boards/ifon']) {
      const response = await fetch(`${ui.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${UI_TOKENS.secretary.token}` },
      });
      expect({ path, status: response.status, cookie: response.headers.get('set-cookie') }).toEqual(
        {
          path,
          status: 200,
          cookie: null,
        },
      );
    }
  });
});
