import { figure, percentile, timed } from './bench-output';

/** A screen to time: a name for the figure and its path. */
export interface Screen {
  readonly name: string;
  readonly path: string;
  /** fewer for the exports, which render whole lists */
  readonly samples?: number;
}

/** ui.md: every page answers in at most this on the server at 100,000 decisions. */
const TARGET_P99_MS = 200;

/** The cookies a response sets, as one Cookie header. */
function cookiesOf(response: Response, previous = ''): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((c) => [c.split('=')[0], c] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0];
    jar.set(pair.split('=')[0], pair);
  }
  return [...jar.values()].join('; ');
}

/** Signs in as a person would (the sign-in form, its CSRF token, the session cookie). */
async function signIn(baseUrl: string, token: string): Promise<string> {
  const form = await fetch(`${baseUrl}/logga-in`);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('the sign-in page has no CSRF token');
  let cookie = cookiesOf(form);
  const signedIn = await fetch(`${baseUrl}/logga-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ _csrf: csrf, token }).toString(),
  });
  if (signedIn.status !== 303) throw new Error(`sign-in answered ${signedIn.status}`);
  cookie = cookiesOf(signedIn, cookie);
  return cookie;
}

/**
 * Each screen's time to a whole answer over loopback (the server's time plus
 * a local round trip), `samples` times one after the other, as median and p99
 * with the ratio to the 200 ms target.
 */
export async function benchScreens(
  baseUrl: string,
  token: string,
  screens: readonly Screen[],
  samples: number,
  extra: Record<string, unknown>,
): Promise<void> {
  const cookie = await signIn(baseUrl, token);
  for (const screen of screens) {
    const latencies: number[] = [];
    let bytes = 0;
    const count = screen.samples ?? samples;
    for (let i = 0; i < count; i++) {
      const { result, seconds } = await timed(async () => {
        const response = await fetch(`${baseUrl}${screen.path}`, { headers: { cookie } });
        const body = await response.arrayBuffer();
        return { status: response.status, size: body.byteLength };
      });
      if (result.status !== 200)
        throw new Error(`${screen.name} (${screen.path}) answered ${result.status}`);
      bytes = result.size;
      latencies.push(seconds * 1000);
    }
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    figure(`ui.${screen.name}.median`, percentile(latencies, 50), 'ms', {
      path: screen.path,
      samples: count,
      bytes,
      ...extra,
    });
    figure(`ui.${screen.name}.p99`, p99, 'ms', {
      path: screen.path,
      samples: count,
      limitMs: TARGET_P99_MS,
      ratioToLimit: Math.round((p99 / TARGET_P99_MS) * 100) / 100,
      ...extra,
    });
  }
}
