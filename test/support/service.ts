import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { REGISTER_PATHS, compiled } from './compiled';
import { waitFor } from './wait-for';

/** Environment for the child; `undefined` removes a variable inherited from the test process. */
export type ServiceEnv = Readonly<Record<string, string | undefined>>;

export interface StartOptions {
  readonly dataDir: string;
  readonly env?: ServiceEnv;
  /** how long the service may take to answer GET /health with 200 */
  readonly readyTimeoutMs?: number;
}

export interface RunningService {
  readonly baseUrl: string;
  readonly port: number;
  /** the current process (a new one after restart) */
  readonly child: ChildProcess;
  /** what the service wrote to stdout and stderr so far, across restarts */
  logs(): string;
  /** sends the signal and waits for the process to exit (a no-op once it has); how it exited */
  stop(signal?: NodeJS.Signals): Promise<ExitStatus>;
  kill9(): Promise<ExitStatus>;
  /** stops the process if it still runs (SIGTERM) and starts a new one on the same DATA_DIR, port and env */
  restart(): Promise<void>;
}

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

const LOG_LIMIT = 64 * 1024;
const EXIT_TIMEOUT_MS = 30_000;

/** Every child any test started, so none outlives a crashed test run. */
const alive = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('no port from the OS'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

function childEnv(port: number, dataDir: string, env: ServiceEnv): NodeJS.ProcessEnv {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...env,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as NodeJS.ProcessEnv;
}

/** Starts the compiled service in its own process and waits until GET /health answers 200. */
export async function startService({
  dataDir,
  env = {},
  readyTimeoutMs = 30_000,
}: StartOptions): Promise<RunningService> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';
  const record = (chunk: Buffer | string): void => {
    output = (output + chunk.toString()).slice(-LOG_LIMIT);
  };
  const logs = (): string => output;

  let child!: ChildProcess;
  let exited!: Promise<ExitStatus>;

  async function launch(): Promise<void> {
    const main = compiled('apps/api/src/main.js');
    child = spawn(process.execPath, ['-r', REGISTER_PATHS, main], {
      env: childEnv(port, dataDir, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    alive.add(child);
    const current = child;
    current.stdout!.on('data', record);
    current.stderr!.on('data', record);
    exited = new Promise((resolve) =>
      current.once('exit', (code, signal) => {
        alive.delete(current);
        resolve({ code, signal });
      }),
    );
    const outcome = await waitFor(
      async () => {
        if (current.exitCode !== null || current.signalCode !== null) return 'exited' as const;
        const response = await fetch(`${baseUrl}/health`);
        await response.arrayBuffer();
        return response.status === 200 ? ('ready' as const) : undefined;
      },
      `GET ${baseUrl}/health to answer 200`,
      readyTimeoutMs,
      50,
    ).catch(async (error: unknown) => {
      current.kill('SIGKILL');
      await exited;
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\n--- logs ---\n${logs()}`,
      );
    });
    if (outcome === 'exited') {
      const { code, signal } = await exited;
      throw new Error(
        `service exited before it was ready (code ${code}, signal ${signal})\n--- logs ---\n${logs()}`,
      );
    }
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<ExitStatus> {
    const current = child;
    if (current.exitCode !== null || current.signalCode !== null) return exited;
    current.kill(signal);
    const timeout = new Promise<'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), EXIT_TIMEOUT_MS);
      exited.then(() => clearTimeout(timer));
    });
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      current.kill('SIGKILL');
      await exited;
      throw new Error(
        `service did not exit within ${EXIT_TIMEOUT_MS} ms of ${signal}\n--- logs ---\n${logs()}`,
      );
    }
    return exited;
  }

  await launch();
  return {
    baseUrl,
    port,
    get child() {
      return child;
    },
    logs,
    stop,
    kill9: () => stop('SIGKILL'),
    async restart() {
      await stop('SIGTERM');
      await launch();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a body is whatever the API sent; the tests assert its shape
export type Json = any;

export interface ApiResponse<T = Json> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface RequestOptions {
  /** sent as is, for malformed or oversized bodies */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export interface Api {
  get<T = Json>(
    path: string,
    query?: Record<string, string | number | undefined>,
  ): Promise<ApiResponse<T>>;
  post<T = Json>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
  put<T = Json>(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse<T>>;
}

function withQuery(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/** A tiny typed client; `token` undefined sends no Authorization header. Bodies are JSON when they parse. */
export function api(baseUrl: string, token?: string): Api {
  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ) {
    const headers: Record<string, string> = { ...options.headers };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (
      payload !== undefined &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
    ) {
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: the text itself is the body
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
  return {
    get: (path, query) => request('GET', withQuery(path, query)),
    post: (path, body, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
  };
}
