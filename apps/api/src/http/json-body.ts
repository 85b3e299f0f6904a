import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Deeper than any request of the API; deeper input would only exhaust the validator's stack. */
export const MAX_JSON_DEPTH = 32;

/** Keys that mean something to JavaScript objects: refused, never silently dropped. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** An error the body parser hands on with its own 4xx status (application/api-error.ts maps it). */
function bodyError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
}

/** The deepest nesting of objects and arrays in raw JSON text, outside strings; stops past `limit`. */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The first forbidden key anywhere in a parsed body (iterative: the depth is bounded already). */
export function forbiddenKeyIn(value: unknown): string | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next !== 'object' || next === null) continue;
    for (const key of Object.keys(next)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      pending.push((next as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/**
 * The API's JSON bodies: strict UTF-8 (a Latin-1 "ä" is refused, never
 * stored as U+FFFD), bounded nesting, no prototype keys, and 415 for a body
 * of another media type. The web interface's form bodies are its own.
 */
export function configureJsonBody(app: NestExpressApplication, limit: string): void {
  app.use('/api', (request: Request, _response: Response, next: NextFunction) => {
    const hasBody =
      request.headers['transfer-encoding'] !== undefined ||
      Number(request.headers['content-length'] ?? 0) > 0;
    if (hasBody && !request.is(['application/json', 'application/*+json'])) {
      return next(
        bodyError(
          415,
          'media.unsupported',
          'the body must be JSON (Content-Type: application/json)',
        ),
      );
    }
    next();
  });
  app.useBodyParser('json', {
    limit,
    verify: (_request: unknown, _response: unknown, raw: Buffer) => {
      let text: string;
      try {
        text = UTF8.decode(raw);
      } catch {
        throw bodyError(400, 'encoding.invalid', 'the body is not valid UTF-8');
      }
      if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        throw bodyError(400, 'entity.too.deep', `the body is nested deeper than ${MAX_JSON_DEPTH}`);
      }
    },
  });
  app.use('/api', (request: Request, _response: Response, next: NextFunction) => {
    const key = forbiddenKeyIn(request.body);
    if (key !== undefined) {
      return next(bodyError(400, 'entity.forbidden.key', `property ${key} should not exist`));
    }
    next();
  });
}
