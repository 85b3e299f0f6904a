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

/** A file to download (the PDF or CSV of a list): never cached, named for the user's disk. */
export function sendDownload(
  response: Response,
  file: { readonly name: string; readonly contentType: string; readonly body: Buffer },
): void {
  response
    .status(200)
    .set({
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(file.body);
}
