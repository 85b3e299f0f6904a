import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { csrfSync } from 'csrf-sync';
import type { Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { ApiTokenConfig } from '../../config/app-config';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { hasRole } from '../../auth/principal';
import { SqliteSessionStore } from './sqlite-session.store';
import type { UiUser } from './ui-user';
import { API_TOKENS } from '../../auth/api-tokens';

declare module 'express-session' {
  interface SessionData {
    /** sha-256 of the token signed in with: the token itself is kept nowhere */
    tokenHash?: string;
  }
}

export const SESSION_COOKIE = 'delegationsbeslut.sid';
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
const SECRET_FILE = 'ui-session-secret';
const SESSION_DB_FILE = 'ui-sessions.sqlite';

export type SignInOutcome = 'signed-in' | 'unknown-token' | 'not-for-the-interface';

/** The roles that may use the interface; a source-system token may not. */
export const UI_ROLES = ['board-admin', 'auditor'] as const;

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Server-side sessions for the web interface: the cookie carries only the
 * session id (HttpOnly, SameSite=Strict, Secure when the request came over
 * TLS), the session names the token by its hash, and every request resolves
 * the token again, so a token removed from API_TOKENS ends its sessions.
 */
@Injectable()
export class UiSessions implements OnModuleDestroy {
  private readonly store: SqliteSessionStore;
  private readonly tokensByHash: Map<string, ApiTokenConfig>;
  private readonly csrf = csrfSync({
    size: 32,
    // a form's token is a field of its body; an upload's too, checked once multer
    // has parsed it (UiUpload in ui.guard.ts), never in the address
    getTokenFromRequest: (req) =>
      (req.body as Record<string, unknown> | undefined)?._csrf as string,
  });
  readonly middleware: RequestHandler;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(API_TOKENS) tokens: Map<string, ApiTokenConfig>,
  ) {
    mkdirSync(config.dataDir, { recursive: true });
    this.store = new SqliteSessionStore(join(config.dataDir, SESSION_DB_FILE), SESSION_TTL_MS);
    this.tokensByHash = new Map([...tokens].map(([token, entry]) => [hashOf(token), entry]));
    this.middleware = session({
      name: SESSION_COOKIE,
      secret: sessionSecret(config.dataDir),
      store: this.store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'strict',
        // Secure whenever the request came over TLS (behind a proxy: set Express's "trust proxy")
        secure: 'auto',
        path: '/',
        maxAge: SESSION_TTL_MS,
      },
    });
  }

  /** The signed-in person, or undefined. */
  userOf(request: Request): UiUser | undefined {
    const hash = request.session?.tokenHash;
    const token = hash === undefined ? undefined : this.tokensByHash.get(hash);
    return token && { name: token.name, roles: token.roles, boards: token.boards };
  }

  /** The session's CSRF token for the forms of a page (creates the session when needed). */
  csrfToken(request: Request): string {
    return this.csrf.generateToken(request);
  }

  /** Whether a POST carries the session's CSRF token. */
  csrfValid(request: Request): boolean {
    return this.csrf.isRequestValid(request);
  }

  async signIn(request: Request, token: string): Promise<SignInOutcome> {
    const entry = this.tokensByHash.get(hashOf(token.trim()));
    if (!entry) return 'unknown-token';
    if (!hasRole({ name: entry.name, roles: entry.roles, boards: entry.boards }, [...UI_ROLES])) {
      return 'not-for-the-interface';
    }
    // a new session id at sign-in, so an id planted before it is worth nothing (session fixation)
    await promisify((done) => request.session.regenerate(done));
    request.session.tokenHash = hashOf(token.trim());
    this.csrf.generateToken(request, true);
    await promisify((done) => request.session.save(done));
    return 'signed-in';
  }

  async signOut(request: Request, response: Response): Promise<void> {
    if (request.session) await promisify((done) => request.session.destroy(done));
    response.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict' });
  }

  onModuleDestroy(): void {
    this.store.close();
  }
}

/** Kept under DATA_DIR like the admin token, so a restart keeps the sessions' cookies valid. */
function sessionSecret(dataDir: string): string {
  const file = join(dataDir, SECRET_FILE);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // another instance on the same DATA_DIR wrote it first: use theirs
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}

function promisify(work: (done: (error?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => work((error) => (error ? reject(error) : resolve())));
}
