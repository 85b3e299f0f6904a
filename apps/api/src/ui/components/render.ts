import type { Response } from 'express';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** A whole page: the renderer escapes every text and attribute. */
export function renderPage(page: VNode): string {
  return `<!doctype html>${render(page)}`;
}

/**
 * Sends a page with the headers every UI page has: nothing from another host
 * may load (CSP), pages are not cached (they show case data), no framing.
 */
export function sendPage(response: Response, status: number, page: VNode): void {
  response
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    })
    .send(renderPage(page));
}
