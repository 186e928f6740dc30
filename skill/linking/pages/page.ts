/**
 * The frame of every linking page: plain server-rendered HTML, no script, one small stylesheet
 * inline, the page's language, a labelled form, errors announced (role=alert) and focused first.
 * The Content-Security-Policy allows nothing but that stylesheet; its form-action lists the
 * clients' redirect origins, because Chromium applies form-action to every redirect that follows
 * a form's POST, the last of which goes back to Alexa with the code.
 */
import type { ServerResponse } from 'node:http';
import type { Locale } from '../../../fulfillment/kit/locale';

/** Escapes text for HTML. */
export const html = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font:1.05rem/1.5 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
  'label{display:block;margin:.9rem 0 .2rem;font-weight:600}input{font:inherit;width:100%;box-sizing:border-box;padding:.55rem;border:1px solid #555;border-radius:4px}' +
  'button,.button{display:inline-block;font:inherit;margin:1rem .5rem 0 0;padding:.6rem 1.1rem;border-radius:4px;border:1px solid #0b4f8a;background:#0b4f8a;color:#fff;text-decoration:none;cursor:pointer}' +
  '.secondary{background:#fff;color:#0b4f8a}.hint{color:#444;font-size:.92rem;margin:.2rem 0}.alert{border-left:4px solid #b00020;padding:.4rem .8rem;background:#fdecee}' +
  ':focus{outline:3px solid #f0a500;outline-offset:2px}';

/** One page: its language, title, an error to announce, and the body. */
export interface Page {
  readonly locale: Locale;
  readonly title: string;
  readonly error?: string;
  readonly body: string;
}

/** Renders a page; an error comes first, announced and focused. */
export function renderPage(page: Page): string {
  const error = page.error ? `<p class="alert" role="alert" tabindex="-1" autofocus>${html(page.error)}</p>` : '';
  return `<!doctype html><html lang="${page.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${html(page.title)}</title><style>${STYLE}</style></head><body><main><h1>${html(page.title)}</h1>${error}${page.body}</main></body></html>`;
}

/** Sends a page with its security headers; `formAction` lists where its forms may lead. */
export function sendPage(res: ServerResponse, status: number, text: string, formAction: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('content-security-policy', `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`);
  res.end(text);
}
