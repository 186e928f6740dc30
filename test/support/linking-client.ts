/**
 * Alexa's side of account linking, over plain HTTP: the authorization request with PKCE, the
 * pages followed by hand with a cookie jar (what the Alexa app's browser does), the code on the
 * redirect URL, and the token endpoint (code, refresh, revocation) with HTTP Basic.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A PKCE pair: the verifier the client keeps, the S256 challenge it sends. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** HTTP Basic as RFC 6749 2.3.1 asks: each part form-encoded, then base64. */
export function basicAuth(id: string, secret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(id)}:${enc(secret)}`).toString('base64')}`;
}

/** The client's settings. */
export interface ClientSettings {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly redirectUri: string;
  readonly scope?: string;
}

/** What the token endpoint answered. */
export interface TokenAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly ms: number;
}

/** One browser's worth of cookies for one origin. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const gone = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now());
      if (gone || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** A page or a redirect the browser got. */
export interface Step {
  readonly status: number;
  readonly location: string | undefined;
  readonly html: string;
}

/** The client: a browser session for the pages, and the token endpoint. */
export class LinkingClient {
  readonly jar = new CookieJar();
  constructor(readonly settings: ClientSettings) {}

  /** One request in the browser session, redirects not followed. */
  async browse(url: string, form?: Record<string, string>): Promise<Step> {
    const headers: Record<string, string> = { cookie: this.jar.header() };
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(new URL(url, this.settings.baseUrl), { method: form ? 'POST' : 'GET', headers, redirect: 'manual', ...(form ? { body: new URLSearchParams(form) } : {}) });
    this.jar.take(res);
    return { status: res.status, location: res.headers.get('location') ?? undefined, html: await res.text() };
  }

  /** Follows redirects on our own server; stops at a page, or at a redirect elsewhere (the client's, the bank's). */
  async follow(step: Step): Promise<Step> {
    let current = step;
    while (current.location && new URL(current.location, this.settings.baseUrl).origin === new URL(this.settings.baseUrl).origin) current = await this.browse(current.location);
    return current;
  }

  /** The authorization request's URL, with a fresh PKCE pair and state. */
  authorizeUrl(extra: Record<string, string | undefined> = {}): { url: string; verifier: string; state: string } {
    const { verifier, challenge } = pkcePair();
    const state = randomBytes(8).toString('hex');
    const params = { response_type: 'code', client_id: this.settings.clientId, redirect_uri: this.settings.redirectUri, scope: this.settings.scope ?? 'banking:read banking:transfer', state, code_challenge: challenge, code_challenge_method: 'S256', ...extra };
    const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
    return { url: `/link/auth?${query}`, verifier, state };
  }

  /** The form action of a page's form whose action ends with `suffix`. */
  static action(html: string, suffix: string): string {
    const found = [...html.matchAll(/<form method="post" action="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&#38;/g, '&')).find((a) => a.endsWith(suffix));
    if (!found) throw new Error(`no form ending in ${suffix} on the page:\n${html.slice(0, 400)}`);
    return found;
  }

  /** Signs in at the sandbox and sets a PIN; returns the code and the verifier. */
  async linkSandbox(userName = 'alex', pin = '2468', extra: Record<string, string | undefined> = {}): Promise<{ code: string; verifier: string; redirect: URL }> {
    const { url, verifier, state } = this.authorizeUrl(extra);
    const signIn = await this.follow(await this.browse(url));
    const pinPage = await this.follow(await this.browse(LinkingClient.action(signIn.html, '/login'), { username: userName, password: 'sandbox' }));
    const back = await this.follow(await this.browse(LinkingClient.action(pinPage.html, '/pin'), { pin, pinAgain: pin }));
    if (!back.location) throw new Error(`no redirect back to the client: ${back.status} ${back.html.replace(/<style>.*<\/style>/, "").slice(0, 1500)}`);
    const redirect = new URL(back.location);
    if (redirect.searchParams.get('state') !== state) throw new Error('the state did not come back');
    return { code: redirect.searchParams.get('code') ?? '', verifier, redirect };
  }

  /** POSTs to the token endpoint (or another of its family) with the client's credentials. */
  async token(params: Record<string, string>, path = '/link/token'): Promise<TokenAnswer> {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = new URLSearchParams(params);
    if (this.settings.clientSecret) headers.authorization = basicAuth(this.settings.clientId, this.settings.clientSecret);
    else body.set('client_id', this.settings.clientId);
    const started = performance.now();
    const res = await fetch(new URL(path, this.settings.baseUrl), { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, ms: performance.now() - started };
  }

  /** Redeems a code with its verifier. */
  redeem(code: string, verifier: string): Promise<TokenAnswer> {
    return this.token({ grant_type: 'authorization_code', code, redirect_uri: this.settings.redirectUri, code_verifier: verifier });
  }
}
