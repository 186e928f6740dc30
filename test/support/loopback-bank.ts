/**
 * A Berlin Group bank of the tests' own on a real loopback port, for the linking pages: a browser
 * (or the test's cookie jar) really goes to its SCA page and comes back. It speaks enough
 * NextGenPSD2 1.3 for a linked customer: consents with the redirect approach or the OAuth2 SCA
 * approach (scaOAuth, its authorization and token endpoints with PKCE), the consent's status,
 * accounts with balances, trusted beneficiaries and SEPA payments executed at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the bank authorises a consent. */
export type ScaApproach = 'redirect' | 'oauth';

interface Consent {
  readonly id: string;
  status: string;
  readonly redirect: string;
  readonly nok: string;
}

/** The OAuth client the skill is at this bank. */
export const BANK_OAUTH_CLIENT = { id: 'voice-skill-at-bank', secret: 'voice-skill-secret-at-the-bank-0123' };

/** The bank, running. */
export interface LoopbackBank {
  readonly origin: string;
  /** The API root for BG_BASE_URL. */
  readonly apiRoot: string;
  /** The checking account's balance in cents. */
  balance(): number;
  /** Revokes every consent, as the customer would in the bank's app. */
  revokeConsents(): void;
  /** How often the skill renewed its token with a refresh token. */
  refreshes(): number;
  /** The consents the skill withdrew (DELETE), by id. */
  withdrawn(): readonly string[];
  /** Makes every access token issued so far expired. */
  expireTokens(): void;
  close(): Promise<void>;
}

const IBAN = 'DE89370400440532013000';
const page = (body: string) => `<!doctype html><html lang="de"><meta charset="utf-8"><title>Testbank</title><main><h1>Testbank</h1>${body}</main></html>`;

async function read(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** Starts the bank on a free loopback port. */
export async function startLoopbackBank(approach: ScaApproach): Promise<LoopbackBank> {
  const consents = new Map<string, Consent>();
  const codes = new Map<string, { consent: string; challenge: string; redirect: string }>();
  const tokens = new Map<string, { consent: string; expires: number }>();
  const refreshTokens = new Map<string, string>();
  let cents = 245_017;
  let refreshed = 0;
  const withdrawn: string[] = [];
  let origin = '';

  const json = (res: ServerResponse, status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const tpp = (res: ServerResponse, status: number, code: string): void => json(res, status, { tppMessages: [{ category: 'ERROR', code }] });
  const issue = (consent: string) => {
    const access = randomBytes(16).toString('hex');
    const refresh = randomBytes(16).toString('hex');
    tokens.set(access, { consent, expires: Date.now() + 3_600_000 });
    refreshTokens.set(refresh, consent);
    return { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 3600 };
  };
  /** The consent a call may use: its Consent-ID valid, and with OAuth a live token of that consent. */
  const allowed = (req: IncomingMessage): Consent | undefined => {
    const consent = consents.get(String(req.headers['consent-id'] ?? ''));
    if (consent?.status !== 'valid') return undefined;
    if (approach === 'redirect') return consent;
    const token = tokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
    return token && token.consent === consent.id && token.expires > Date.now() ? consent : undefined;
  };
  const scaPage = (action: string, hidden: Record<string, string>) =>
    page(`<p>Erlauben Sie dem Sprach-Skill den Zugriff auf Ihre Konten?</p><form method="post" action="${action}">${Object.entries(hidden).map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`).join('')}<button name="decision" value="approve">Freigeben</button><button name="decision" value="deny">Ablehnen</button></form>`);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    if (req.method === 'POST' && path === '/psd2/v1/consents') {
      const body = JSON.parse(await read(req)) as { access?: { additionalInformation?: { trustedBeneficiaries?: unknown } }; validUntil?: string; frequencyPerDay?: number };
      if (!body.access?.additionalInformation?.trustedBeneficiaries || !body.validUntil || !body.frequencyPerDay || !req.headers['psu-id']) return tpp(res, 400, 'FORMAT_ERROR');
      const id = `consent-${randomBytes(6).toString('hex')}`;
      consents.set(id, { id, status: 'received', redirect: String(req.headers['tpp-redirect-uri']), nok: String(req.headers['tpp-nok-redirect-uri']) });
      const links = approach === 'redirect' ? { scaRedirect: { href: `${origin}/sca/${id}` } } : { scaOAuth: { href: `${origin}/oauth/.well-known/oauth-authorization-server` } };
      return json(res, 201, { consentStatus: 'received', consentId: id, _links: { ...links, status: { href: `/psd2/v1/consents/${id}/status` } } });
    }
    const sca = /^\/sca\/([\w-]+)$/.exec(path);
    if (sca && approach === 'redirect') {
      const consent = consents.get(sca[1] ?? '');
      if (!consent) return void res.writeHead(404).end();
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'text/html' }).end(scaPage(path, {}));
      const approved = new URLSearchParams(await read(req)).get('decision') === 'approve';
      consent.status = approved ? 'valid' : 'rejected';
      return void res.writeHead(303, { location: approved ? consent.redirect : consent.nok }).end();
    }
    if (path === '/oauth/.well-known/oauth-authorization-server') return json(res, 200, { issuer: `${origin}/oauth`, authorization_endpoint: `${origin}/oauth/authorize`, token_endpoint: `${origin}/oauth/token` });
    if (path === '/oauth/authorize') {
      const params = req.method === 'GET' ? url.searchParams : new URLSearchParams(await read(req));
      const consent = consents.get((params.get('scope') ?? '').replace(/^AIS:/, ''));
      if (!consent || params.get('client_id') !== BANK_OAUTH_CLIENT.id || params.get('code_challenge_method') !== 'S256') return void res.writeHead(400).end('bad request');
      if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'text/html' }).end(scaPage('/oauth/authorize', Object.fromEntries(params)));
      const back = new URL(params.get('redirect_uri') ?? '');
      back.searchParams.set('state', params.get('state') ?? '');
      if (params.get('decision') !== 'approve') {
        consent.status = 'rejected';
        back.searchParams.set('error', 'access_denied');
      } else {
        consent.status = 'valid';
        const code = randomBytes(12).toString('hex');
        codes.set(code, { consent: consent.id, challenge: params.get('code_challenge') ?? '', redirect: params.get('redirect_uri') ?? '' });
        back.searchParams.set('code', code);
      }
      return void res.writeHead(303, { location: back.href }).end();
    }
    if (req.method === 'POST' && path === '/oauth/token') {
      const form = new URLSearchParams(await read(req));
      const basic = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
      if (basic !== `${BANK_OAUTH_CLIENT.id}:${BANK_OAUTH_CLIENT.secret}`) return json(res, 401, { error: 'invalid_client' });
      if (form.get('grant_type') === 'authorization_code') {
        const code = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verified = code && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === code.challenge && form.get('redirect_uri') === code.redirect;
        return verified ? json(res, 200, issue(code.consent)) : json(res, 400, { error: 'invalid_grant' });
      }
      const consent = refreshTokens.get(form.get('refresh_token') ?? '');
      if (form.get('grant_type') !== 'refresh_token' || !consent || consents.get(consent)?.status !== 'valid') return json(res, 400, { error: 'invalid_grant' });
      refreshed += 1;
      const { access_token, token_type, expires_in } = issue(consent);
      return json(res, 200, { access_token, token_type, expires_in });
    }
    const status = /^\/psd2\/v1\/consents\/([\w-]+)\/status$/.exec(path);
    if (req.method === 'GET' && status) {
      const consent = consents.get(status[1] ?? '');
      return consent ? json(res, 200, { consentStatus: consent.status }) : tpp(res, 403, 'CONSENT_UNKNOWN');
    }
    const ending = /^\/psd2\/v1\/consents\/([\w-]+)$/.exec(path);
    if (req.method === 'DELETE' && ending) {
      const consent = consents.get(ending[1] ?? '');
      if (!consent) return tpp(res, 403, 'CONSENT_UNKNOWN');
      consent.status = 'terminatedByTpp';
      withdrawn.push(consent.id);
      return void res.writeHead(204).end();
    }
    if (!allowed(req)) return tpp(res, 401, 'CONSENT_INVALID');
    const euro = (c: number) => ({ currency: 'EUR', amount: (c / 100).toFixed(2) });
    if (req.method === 'GET' && path === '/psd2/v1/accounts') {
      return json(res, 200, { accounts: [{ resourceId: 'acc-giro', iban: IBAN, currency: 'EUR', name: 'Girokonto', cashAccountType: 'CACC', balances: [{ balanceAmount: euro(cents), balanceType: 'interimBooked' }] }] });
    }
    if (req.method === 'GET' && path === '/psd2/v1/accounts/acc-giro') return json(res, 200, { account: { resourceId: 'acc-giro', iban: IBAN, currency: 'EUR' } });
    if (req.method === 'GET' && path === '/psd2/v1/trusted-beneficiaries') {
      return json(res, 200, { trustedBeneficiaries: [{ trustedBeneficiaryId: 'tb-anna', creditorAccount: { iban: 'DE75512108001245126199' }, creditorName: 'Anna Schmidt' }] });
    }
    if (req.method === 'POST' && path === '/psd2/v1/payments/sepa-credit-transfers') {
      const body = JSON.parse(await read(req)) as { instructedAmount: { amount: string } };
      cents -= Math.round(Number(body.instructedAmount.amount) * 100);
      return json(res, 201, { transactionStatus: 'ACSC', paymentId: `pay-${randomBytes(4).toString('hex')}` });
    }
    if (req.method === 'GET' && /^\/psd2\/v1\/payments\/sepa-credit-transfers\/[\w-]+\/status$/.test(path)) return json(res, 200, { transactionStatus: 'ACSC' });
    return tpp(res, 404, 'RESOURCE_UNKNOWN');
  }

  const server: Server = createServer((req, res) => void route(req, res).catch(() => res.writeHead(500).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    apiRoot: `${origin}/psd2`,
    balance: () => cents,
    revokeConsents: () => consents.forEach((c) => void (c.status = 'revokedByPsu')),
    refreshes: () => refreshed,
    withdrawn: () => [...withdrawn],
    expireTokens: () => tokens.forEach((t) => void (t.expires = 0)),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
