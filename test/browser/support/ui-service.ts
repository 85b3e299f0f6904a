import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, type RunningService, startService } from '../../support/service';
import { type TestBrowser, launchBrowser } from './browser';

export interface UiToken {
  readonly token: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly boards: readonly string[];
}

export const UI_TOKENS = {
  admin: { token: 'ui-admin-token-000001', name: 'Drift', roles: ['admin'], boards: ['*'] },
  secretary: {
    token: 'ui-secretary-token-0001',
    name: 'Åsa Öberg',
    roles: ['board-admin'],
    boards: ['ifon'],
  },
  auditor: {
    token: 'ui-auditor-token-00001',
    name: 'Revisor Ärlig',
    roles: ['auditor'],
    boards: ['ifon'],
  },
  viva: {
    token: 'ui-viva-token-0000001',
    name: 'viva-ifo',
    roles: ['source-system'],
    boards: ['ifon'],
  },
  cityAuditor: {
    token: 'ui-city-auditor-token-1',
    name: 'Stadsrevisionen',
    roles: ['auditor'],
    boards: ['*'],
  },
} as const satisfies Record<string, UiToken>;

export interface UiFixture {
  readonly service: RunningService;
  readonly browser: TestBrowser;
  readonly baseUrl: string;
}

/**
 * The compiled service (npm run build first) on a fresh DATA_DIR with the
 * tokens above, and one Chromium, for the tests of one file; both are
 * stopped in afterAll even when beforeAll failed halfway.
 */
export function useUi(
  setup: (admin: ReturnType<typeof api>) => Promise<void> = async () => undefined,
): UiFixture {
  let service: RunningService | undefined;
  let browser: TestBrowser | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'delegationsbeslut-ui-'));
    service = await startService({
      dataDir,
      env: { API_TOKENS: JSON.stringify(Object.values(UI_TOKENS)), KAFKA_BROKERS: undefined },
    });
    await setup(api(service.baseUrl, UI_TOKENS.admin.token));
    browser = await launchBrowser(() => service!.baseUrl);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} did not start (see beforeAll)`);
    return value;
  };
  return {
    get service() {
      return need(service, 'the service');
    },
    get browser() {
      return need(browser, 'the browser');
    },
    get baseUrl() {
      return need(service, 'the service').baseUrl;
    },
  };
}
