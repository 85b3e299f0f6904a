import { FLAGS, addDays } from '@delegationsbeslut/domain';
import { stockholmDate } from '../../apps/api/src/application/clock';
import { yearBefore } from '../../apps/api/src/ui/screens/flaggor/flags-period';
import type { Page } from 'playwright-core';
import { type Api, type Json, api } from '../support/service';
import {
  IFON_BODIES,
  MEETINGS,
  VERSION_2022,
  VERSION_2023,
  aDecision,
  allDecisions,
  must,
  paths,
} from '../api/scenario.fixture';
import { expectAccessible } from './support/axe';
import { UI_TOKENS, useUi } from './support/ui-service';

jest.setTimeout(120_000);

const BOARD = 'ifon';
const TODAY = '2023-04-28';
const DECIDED_ON = ['2023-04-03', '2023-04-20', '2023-04-27'];
/** Later utskott meetings, so the översikt has more than it shows (three per organ). */
const LATER_MEETINGS = ['2023-05-25', '2023-06-08', '2023-06-22'].map((date) => ({
  meetingId: `su-${date}`,
  bodyId: 'socialt-utskott',
  date,
}));

/**
 * Given IFON over the real HTTP API: both versions of its order, its meetings,
 * 110 decisions of April 2023 (some under an unknown item, some over the
 * amount limit), two of them received by the utskott on 2023-04-13, one
 * straight to the nämnd and one not to be reported.
 */
const ui = useUi(async (admin) => {
  const secretary = api(ui.baseUrl, UI_TOKENS.secretary.token);
  await must(
    admin.put(paths.board(BOARD), {
      name: 'Individ- och familjeomsorgsnämnden',
      bodies: IFON_BODIES,
    }),
    201,
  );
  for (const version of [VERSION_2022, VERSION_2023]) {
    await must(secretary.post(paths.versions(BOARD), version), 201);
  }
  for (const meeting of [...MEETINGS, ...LATER_MEETINGS]) {
    await must(secretary.post(paths.meetings(BOARD), meeting), 201);
  }
  const decisions = Array.from({ length: 110 }, (_, i) =>
    aDecision(`q-${String(i + 1).padStart(3, '0')}`, {
      decidedAt: DECIDED_ON[i % 3],
      ...(i % 10 === 9 && { itemCode: '9.9.9' }),
      ...(i % 7 === 6 && { amount: 20000 }),
    }),
  );
  decisions.push(
    aDecision('to-the-namnd', {
      itemCode: '5.1.1',
      decidedBy: { name: 'Ordförande', role: 'ordforande' },
      decidedAt: '2023-04-05',
    }),
    aDecision('not-reported', { itemCode: '3.8.1', decidedAt: '2023-04-06' }),
  );
  const viva = api(ui.baseUrl, UI_TOKENS.viva.token);
  const { results } = await must(viva.post(paths.batch(BOARD), { decisions }), 200);
  const idOf = (externalId: string): string =>
    results.find((r: Json) => r.externalId === externalId).decisionId;
  await must(
    secretary.post(paths.reports(BOARD, 'su-2023-04-13'), {
      decisionIds: [idOf('q-001'), idOf('q-004')],
    }),
    200,
  );
});

let page: Page;
let auditorApi: Api;
beforeAll(() => {
  auditorApi = api(ui.baseUrl, UI_TOKENS.auditor.token);
});
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
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/logga-in'),
    page.getByRole('button', { name: 'Logga in' }).click(),
  ]);
}

const path = (screen: string, query: Record<string, string> = {}): string => {
  const search = new URLSearchParams(query).toString();
  return `${ui.baseUrl}/namnder/${BOARD}/${screen}${search ? `?${search}` : ''}`;
};

/** The decision ids the queue's rows link to, on this page. */
const rowDecisionIds = (): Promise<string[]> =>
  page
    .locator('tbody tr th a')
    .evaluateAll((links) =>
      links.map((a) => decodeURIComponent(a.getAttribute('href')!.split('/').pop()!)),
    );

/** Every row of the queue, following "Nästa sida" to the end. */
async function allQueueRows(): Promise<string[]> {
  const ids = await rowDecisionIds();
  for (let pages = 1; pages < 20; pages++) {
    const next = page.getByRole('link', { name: 'Nästa sida' });
    if ((await next.count()) === 0) return ids;
    await Promise.all([page.waitForURL((url) => url.search.includes('sida=')), next.click()]);
    ids.push(...(await rowDecisionIds()));
  }
  throw new Error('the queue did not end after 20 pages');
}

/** The API's queue for the same filter (the flag filtered as the screen does: on the items' flags). */
async function apiQueue(filter: Record<string, string>): Promise<Json> {
  const body = await must(
    auditorApi.get(paths.queue(BOARD), {
      today: filter.lage ?? TODAY,
      bodyId: filter.organ,
      status: filter.status,
    }),
    200,
  );
  const items = filter.flagga
    ? body.items.filter((i: Json) => i.flags.includes(filter.flagga))
    : body.items;
  return { ...body, ids: items.map((i: Json) => i.decisionId) };
}

/** "1 234" as the page writes it (narrow no-break space) back to a number. */
const figure = async (text: string): Promise<number> =>
  Number(
    (await page.locator('.figures a', { hasText: text }).locator('.figure').innerText()).replace(
      /\s/g,
      '',
    ),
  );

async function apiFlagCount(
  flag: string,
  from: string,
  to: string,
  today: string,
): Promise<number> {
  return (await allDecisions(auditorApi, BOARD, { flag, from, to, today })).length;
}

describe('signing in lands on the översikt', () => {
  it('given a board-admin of one board, then sign-in goes straight to its översikt, and / does too', async () => {
    await signIn(UI_TOKENS.secretary.token);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/oversikt');
    await page.goto(`${ui.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/oversikt');
    await page.goto(`${ui.baseUrl}/namnder`);
    await expect(
      page.getByRole('link', { name: 'Individ- och familjeomsorgsnämnden' }).getAttribute('href'),
    ).resolves.toBe('/namnder/ifon/oversikt');
  });
});

describe('Översikt', () => {
  it('shows the queue’s counts, each organ’s next meetings with the size of their lists, and the flags of 90 days', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(path('oversikt', { lage: TODAY }));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      `Översikt per ${TODAY}`,
    );
    const queue = await apiQueue({});
    await expect(figure('ej anmälda i tid')).resolves.toBe(queue.counts.overdue);
    await expect(figure('väntar på anmälan')).resolves.toBe(queue.counts.pending);
    expect(queue.counts.overdue).toBeGreaterThan(0);
    await expect(
      page.locator('.figures a', { hasText: 'ej anmälda i tid' }).getAttribute('href'),
    ).resolves.toBe(`/namnder/ifon/anmalningsko?status=overdue&lage=${TODAY}`);

    const meetings = page.getByRole('table', { name: /Nästa sammanträden/ });
    const rows = await meetings
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('th, td')).map((c) => (c as HTMLElement).innerText),
        ),
      );
    const sizeOf = async (meetingId: string) =>
      (await must(auditorApi.get(paths.reportingList(BOARD, meetingId)), 200)).items.length;
    expect(rows).toEqual([
      ['Individ- och familjeomsorgsnämnden', '2023-05-23', String(await sizeOf('ifon-2023-05-23'))],
      ['Socialt utskott', '2023-05-11', String(await sizeOf('su-2023-05-11'))],
      ['Socialt utskott', '2023-05-25', String(await sizeOf('su-2023-05-25'))],
      ['Socialt utskott', '2023-06-08', String(await sizeOf('su-2023-06-08'))],
      ['Förvaltningschef', 'Inget planerat sammanträde', '–'],
    ]);
    expect(await sizeOf('ifon-2023-05-23')).toBe(3);
    await expect(
      meetings.getByRole('link', { name: '2023-05-11' }).getAttribute('href'),
    ).resolves.toBe('/namnder/ifon/sammantraden/su-2023-05-11');

    const flags = page.getByRole('table', { name: /per flagga de senaste 90 dagarna/ });
    for (const flag of ['UNKNOWN_ITEM', 'AMOUNT_OVER_LIMIT', 'OVERDUE']) {
      const expected = await apiFlagCount(flag, '2023-01-28', TODAY, TODAY);
      const link = flags.locator(`a[href*="flagga=${flag}&"]`);
      await expect(link.innerText()).resolves.toMatch(new RegExp(`^${expected}\\b`));
      await expect(link.getAttribute('href')).resolves.toBe(
        `/namnder/ifon/beslut?flagga=${flag}&fran=2023-01-28&till=${TODAY}&lage=${TODAY}`,
      );
    }
    await expectAccessible(page, 'the översikt');
  });
});

describe('Anmälningskö', () => {
  const filters: Record<string, string>[] = [
    {},
    { organ: 'socialt-utskott' },
    { organ: 'ifon' },
    { status: 'overdue' },
    { status: 'pending' },
    { flagga: 'UNKNOWN_ITEM' },
    { flagga: 'OVERDUE', organ: 'socialt-utskott' },
    { lage: '2023-04-12' },
    { lage: '2023-04-20', status: 'overdue' },
  ];

  it.each(filters)(
    'with %j, then the rows and counts are what /reporting-queue answers',
    async (filter) => {
      await signIn(UI_TOKENS.auditor.token);
      await page.goto(path('anmalningsko', { lage: TODAY, ...filter }));
      const expected = await apiQueue(filter);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        `Anmälningskö per ${filter.lage ?? TODAY}`,
      );
      await expect(figure('ej anmälda i tid')).resolves.toBe(expected.counts.overdue);
      await expect(figure('väntar på anmälan')).resolves.toBe(expected.counts.pending);
      await expect(allQueueRows()).resolves.toEqual(expected.ids);
    },
  );

  it('filters by the form, shows overdue first, and pages 100 at a time keeping the filters', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(path('anmalningsko'));
    await page.getByLabel('Organ').selectOption('socialt-utskott');
    await page.getByLabel('Visa läget per').fill(TODAY);
    await Promise.all([
      page.waitForURL((url) => url.search.includes('organ=')),
      page.getByRole('button', { name: 'Visa' }).click(),
    ]);
    const expected = await apiQueue({ organ: 'socialt-utskott' });
    expect(expected.ids.length).toBeGreaterThan(100);
    await expect(rowDecisionIds()).resolves.toEqual(expected.ids.slice(0, 100));
    const statuses = await page.locator('tbody tr td:nth-child(6)').allInnerTexts();
    expect(statuses.indexOf('Väntar på anmälan')).toBeGreaterThan(
      statuses.lastIndexOf('Ej anmält i tid'),
    );
    await expect(page.getByRole('status').innerText()).resolves.toBe(
      `Visar 1–100 av ${expected.ids.length} beslut.`,
    );
    await expect(page.locator('.pagination').innerText()).resolves.toContain('Sida 1 av 2');
    await expectAccessible(page, 'the queue');
    await Promise.all([
      page.waitForURL((url) => url.search.includes('sida=2')),
      page.getByRole('link', { name: 'Nästa sida' }).click(),
    ]);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      organ: 'socialt-utskott',
      lage: TODAY,
      sida: '2',
    });
    await expect(rowDecisionIds()).resolves.toEqual(expected.ids.slice(100));
    await expect(page.getByLabel('Organ').inputValue()).resolves.toBe('socialt-utskott');
  });

  it('says so next to the field when "Visa läget per" is not a date', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const response = await page.goto(path('anmalningsko', { lage: '2023-02-30' }));
    expect(response?.status()).toBe(400);
    await expect(page.locator('#falt-lage-fel').innerText()).resolves.toContain(
      'Datumet är inte ett giltigt datum',
    );
    await expectAccessible(page, 'the queue with an error');
  });

  it('by keyboard alone: filter the queue and follow a row', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(path('anmalningsko', { lage: TODAY }));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (test: () => Promise<boolean>) => {
      for (let presses = 0; presses < 60; presses++) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('never reached by Tab');
    };
    await tabTo(async () => (await focused()) === 'falt-status');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#falt-status').inputValue()).resolves.toBe('overdue');
    await tabTo(async () =>
      page.evaluate(() => document.activeElement?.textContent?.trim() === 'Visa'),
    );
    await Promise.all([
      page.waitForURL((url) => url.search.includes('status=overdue')),
      page.keyboard.press('Enter'),
    ]);
    const [first] = (await apiQueue({ status: 'overdue' })).ids;
    await tabTo(async () =>
      page.evaluate(
        () => !!document.activeElement?.closest('tbody') && document.activeElement?.tagName === 'A',
      ),
    );
    await Promise.all([
      page.waitForURL((url) => url.pathname.includes('/beslut/')),
      page.keyboard.press('Enter'),
    ]);
    expect(new URL(page.url()).pathname).toBe(`/namnder/ifon/beslut/${first}`);
  });
});

describe('Flaggor', () => {
  it('counts each flag over the period as the API’s list does, each a link to the Beslut list', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(path('flaggor', { fran: '2023-01-01', till: '2023-12-31', lage: TODAY }));
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Flaggor 2023-01-01 – 2023-12-31',
    );
    const table = page.getByRole('table', { name: /Antal beslut per flagga/ });
    for (const flag of FLAGS) {
      const link = table.locator(`a[href*="flagga=${flag}&"]`);
      await expect(link.getAttribute('href')).resolves.toBe(
        `/namnder/ifon/beslut?flagga=${flag}&fran=2023-01-01&till=2023-12-31&lage=${TODAY}`,
      );
      const shown = Number((await link.textContent())!.split(' beslut')[0].replace(/\s/g, ''));
      expect({ flag, shown }).toEqual({
        flag,
        shown: await apiFlagCount(flag, '2023-01-01', '2023-12-31', TODAY),
      });
    }
    await expect(
      page.getByRole('heading', { level: 3, name: 'Okänd punkt' }).count(),
    ).resolves.toBe(1);
    await expect(page.locator('main').innerText()).resolves.toContain('Kommunallagen 6 kap. 40 §');
    await expectAccessible(page, 'the flags screen');
  });

  it('by default counts the last 12 months up to today', async () => {
    await signIn(UI_TOKENS.secretary.token);
    await page.goto(path('flaggor'));
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    const [, from, to] = /^Flaggor (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})$/.exec(heading)!;
    expect(to).toBe(stockholmDate(new Date()));
    expect(from).toBe(addDays(yearBefore(to), 1));
  });

  it('says so when the period ends before it starts', async () => {
    await signIn(UI_TOKENS.secretary.token);
    const response = await page.goto(path('flaggor', { fran: '2023-05-01', till: '2023-04-01' }));
    expect(response?.status()).toBe(400);
    await expect(page.locator('#falt-till-fel').innerText()).resolves.toContain(
      'Slutdatumet kan inte vara före startdatumet.',
    );
    await expectAccessible(page, 'the flags screen with an error');
  });
});

describe('at 200 % and 400 % zoom', () => {
  it('nothing scrolls sideways on the three screens (WCAG 1.4.10); wide tables scroll on their own', async () => {
    await signIn(UI_TOKENS.secretary.token);
    for (const width of [640, 320]) {
      await page.setViewportSize({ width, height: 600 });
      for (const screen of ['oversikt', 'anmalningsko', 'flaggor']) {
        await page.goto(path(screen, { lage: TODAY }));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect({ width, screen, overflow }).toEqual({ width, screen, overflow: 0 });
      }
    }
  });
});

describe('as an auditor', () => {
  it('lands on the översikt and sees the same screens, with no action but signing out', async () => {
    await signIn(UI_TOKENS.auditor.token);
    expect(new URL(page.url()).pathname).toBe('/namnder/ifon/oversikt');
    for (const screen of ['oversikt', 'anmalningsko', 'flaggor']) {
      const response = await page.goto(path(screen, { lage: TODAY }));
      expect({ screen, status: response?.status() }).toEqual({ screen, status: 200 });
      const postForms = await page
        .locator('form[method="post"]')
        .evaluateAll((forms) => forms.map((f) => f.getAttribute('action')));
      expect({ screen, postForms }).toEqual({ screen, postForms: ['/logga-ut'] });
      await expectAccessible(page, `${screen} as an auditor`);
    }
  });
});
