import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium package (.ci/run installs it); never a browser downloaded by Playwright. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  readonly context: BrowserContext;
  /** a new tab; the cookies are the context's (clear them with context.clearCookies()) */
  newPage(): Promise<Page>;
  /** every request that went to a host other than the service's, which must stay empty */
  foreignRequests(): readonly string[];
  close(): Promise<void>;
}

/**
 * One Chromium with a fresh profile, for all the tests of a file. A missing
 * browser fails the tests, never skips them.
 */
export async function launchBrowser(serviceOrigin: () => string): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'delegationsbeslut-chromium-'));
  const foreign: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      acceptDownloads: true,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(15_000);
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (
      ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
      url.origin !== serviceOrigin()
    ) {
      foreign.push(request.url());
    }
  });
  return {
    context,
    newPage: () => context.newPage(),
    foreignRequests: () => foreign,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
