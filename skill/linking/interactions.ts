/**
 * The pages between the authorization request and the code: the bank's step (the sandbox's
 * sign-in, or a Berlin Group consent with the bank's SCA redirect), then the voice PIN, then the
 * grant. Each step is checked against the interaction of the browser's cookie (oidc-provider's),
 * and what one step leaves for the next (the new link's id, the bank's SCA page) waits in the
 * StateStore under the interaction's id: never a token or a PIN.
 *
 *   GET  {mount}/interaction/:uid               the bank's step
 *   POST {mount}/interaction/:uid/login         sandbox sign-in
 *   POST {mount}/interaction/:uid/bank          Berlin Group: create the consent
 *   GET  {mount}/interaction/:uid/bank          Berlin Group: the way to the bank's SCA page
 *   GET  {mount}/interaction/:uid/bank/back     the bank sends the customer back (ok or nok)
 *   GET  {mount}/interaction/:uid/pin           the voice PIN page
 *   POST {mount}/interaction/:uid/pin           set or keep the PIN, then the code
 *   POST {mount}/interaction/:uid/abort         cancel: access_denied back to the client
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { BerlinGroupHttp } from '../../fulfillment/banks/berlin-group/http';
import type { Clock } from '../../fulfillment/kit/clock';
import { resolveLocale, type Locale } from '../../fulfillment/kit/locale';
import { hashPin } from '../../fulfillment/records/pin-hash';
import type { Records } from '../../fulfillment/records/records';
import type { Sql } from '../../fulfillment/records/sql/database';
import type { StateStore } from '../../fulfillment/state/state-store';
import { authorizeConsent, redeemBankCode, type BankOAuthClient } from './bank-oauth';
import { bankCustomerId, consentStatus, createConsent } from './berlin-group-consent';
import { TOOLS_SCOPE, type LinkingClient } from './clients';
import { forgetAccount } from './oidc-adapter';
import { bankForm, pinForm, signInForm, toBankLink } from './pages/forms';
import { renderPage, sendPage } from './pages/page';
import { pageText, type PageText } from './pages/page-text';
import { sandboxSignIn } from './sandbox-login';

/** The bank behind the sign-in. */
export type LinkingBank =
  | { readonly kind: 'sandbox' }
  | {
      readonly kind: 'berlin-group';
      readonly http: BerlinGroupHttp;
      readonly baseUrl: string;
      readonly consentDays: number;
      readonly perDay: number;
      /** The skill as a client of the bank's OAuth server, for banks that authorise consents that way. */
      readonly oauth?: BankOAuthClient;
    };

/** What the pages work with. */
export interface InteractionOptions {
  readonly provider: Provider;
  readonly mountPath: string;
  readonly publicUrl: string;
  readonly sql: Sql;
  readonly records: Records;
  readonly store: StateStore;
  readonly clock: Clock;
  readonly clients: readonly LinkingClient[];
  readonly resources: Readonly<Record<LinkingClient['resource'], string>>;
  readonly bank: LinkingBank;
  /** The CSP form-action sources: 'self' and the clients' redirect origins. */
  readonly formAction: string;
}

/** What waits between two steps of one interaction. */
interface Pending {
  linkId?: string;
  scaRedirect?: string;
  /** The OAuth2 SCA approach: where the code is redeemed, and the PKCE verifier for it. */
  bankOAuth?: { tokenEndpoint: string; verifier: string };
  /** The bank's step is done: the sandbox's sign-in, or a consent the bank called valid. */
  bankDone?: boolean;
}

const PENDING_SECONDS = 30 * 60;
const FORM_LIMIT = 4096;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > FORM_LIMIT) throw Object.assign(new Error('form too large'), { status: 413 });
  }
  return new URLSearchParams(body);
}

/** The pages' handler: `step` is what follows the uid in the path ("", "/login", "/pin"...). */
export function interactionPages(options: InteractionOptions): (req: IncomingMessage, res: ServerResponse, uid: string, step: string) => Promise<void> {
  const { provider, records, store, mountPath } = options;
  const base = (uid: string) => `${mountPath}/interaction/${uid}`;
  const pendingKey = (uid: string) => `linking:${uid}`;
  const clientOf = (id: string) => options.clients.find((c) => c.metadata.client_id === id);

  async function pending(uid: string): Promise<Pending> {
    const raw = await store.get(pendingKey(uid));
    try {
      return raw ? (JSON.parse(raw) as Pending) : {};
    } catch {
      return {};
    }
  }
  const remember = (uid: string, value: Pending) => store.set(pendingKey(uid), JSON.stringify(value), PENDING_SECONDS);

  return async (req, res, uid, step) => {
    const details = await provider.interactionDetails(req, res);
    const acceptLanguage = req.headers['accept-language']?.split(',')[0]?.split(';')[0];
    const locale: Locale = resolveLocale(String(details.params['ui_locales'] ?? '').split(' ')[0] || acceptLanguage);
    const t = pageText(locale);
    const show = (status: number, body: string, error?: string, title = t.title) => sendPage(res, status, renderPage({ locale, title, body, ...(error ? { error } : {}) }), options.formAction);
    if (details.uid !== uid) return show(400, '', t.expired);
    const clientId = String(details.params['client_id']);
    const client = clientOf(clientId);
    if (!client) return show(400, '', t.problem);
    const clientName = client.metadata.client_name ?? clientId;
    const see = (location: string) => {
      res.statusCode = 303;
      res.setHeader('location', location);
      res.end();
    };
    const firstPage = (error?: string, status = 200) =>
      options.bank.kind === 'sandbox'
        ? show(status, signInForm(t, clientName, `${base(uid)}/login`, `${base(uid)}/abort`), error)
        : show(status, bankForm(t, clientName, `${base(uid)}/bank`, `${base(uid)}/abort`, options.bank.consentDays), error);
    const method = req.method ?? 'GET';

    if (method === 'GET' && step === '') return firstPage();
    if (method === 'POST' && step === '/abort') {
      // A link the bank's step already made, for a linking the customer gave up, is ended at once.
      const held = await pending(uid);
      if (held.linkId) await records.links.unlink(held.linkId, 'abandoned');
      await store.delete(pendingKey(uid));
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'the customer cancelled linking' }, { mergeWithLastSubmission: false });
    }
    if (method === 'POST' && step === '/login' && options.bank.kind === 'sandbox') {
      const form = await readForm(req);
      const signedIn = sandboxSignIn(form.get('username') ?? '', form.get('password') ?? '');
      if (!signedIn) return show(200, signInForm(t, clientName, `${base(uid)}/login`, `${base(uid)}/abort`, form.get('username') ?? ''), t.wrongLogin);
      const link = await records.links.create({ ...signedIn, bank: 'sandbox', clientId });
      await remember(uid, { linkId: link.linkId, bankDone: true });
      return see(`${base(uid)}/pin`);
    }
    if (options.bank.kind === 'berlin-group' && step.startsWith('/bank')) return bankStep(options.bank, { req, res, uid, t, clientId, show, see, firstPage, method, step });
    if (step === '/pin') return pinStep({ req, res, uid, t, clientId, client, show, details, method });
    return show(405, '', t.problem);
  };

  /** Berlin Group: the consent, the way to the bank, the way back. */
  async function bankStep(
    bank: Extract<LinkingBank, { kind: 'berlin-group' }>,
    s: { req: IncomingMessage; res: ServerResponse; uid: string; t: PageText; clientId: string; show: (status: number, body: string, error?: string, title?: string) => void; see: (location: string) => void; firstPage: (error?: string, status?: number) => void; method: string; step: string },
  ): Promise<void> {
    const { uid, t } = s;
    if (s.method === 'POST' && s.step === '/bank') {
      const form = await readForm(s.req);
      const psuId = (form.get('psuId') ?? '').trim();
      const firstName = (form.get('firstName') ?? '').trim().slice(0, 60);
      if (!psuId || !firstName || psuId.length > 200) return s.firstPage(t.missingField);
      const back = `${options.publicUrl}${base(uid)}/bank/back`;
      const validUntil = new Date(options.clock.now().getTime() + bank.consentDays * 86_400_000).toISOString().slice(0, 10);
      const consent = await createConsent(bank.http, { psuId, redirect: `${back}?outcome=ok`, nokRedirect: `${back}?outcome=nok`, validUntil, frequencyPerDay: bank.perDay });
      const down = (e: { kind: string }) => s.firstPage(e.kind === 'unavailable' || e.kind === 'timeout' ? t.bankDown : t.bankRefused, 502);
      if (!consent.ok) return down(consent.error);
      let scaRedirect = consent.value.sca.kind === 'redirect' ? consent.value.sca.url : undefined;
      let bankOAuth: Pending['bankOAuth'];
      if (consent.value.sca.kind === 'oauth') {
        if (!bank.oauth) return down({ kind: 'unsupported' });
        const authorization = await authorizeConsent(bank.oauth, consent.value.sca.metadata, consent.value.consentId, back, uid);
        if (!authorization.ok) return down(authorization.error);
        scaRedirect = authorization.value.url;
        bankOAuth = { tokenEndpoint: authorization.value.tokenEndpoint, verifier: authorization.value.verifier };
      }
      const link = await records.links.create({
        customer: { id: bankCustomerId(bank.baseUrl, psuId), firstName },
        bank: 'berlin-group',
        clientId: s.clientId,
        credentials: { token: '', consentId: consent.value.consentId },
        consentValidUntil: validUntil,
      });
      await remember(uid, { linkId: link.linkId, ...(scaRedirect ? { scaRedirect } : {}), ...(bankOAuth ? { bankOAuth } : {}) });
      return s.see(`${base(uid)}/bank`);
    }
    const held = await pending(uid);
    if (s.method === 'GET' && s.step === '/bank' && held.scaRedirect) return s.show(200, toBankLink(t, held.scaRedirect, `${base(uid)}/abort`));
    if (s.method === 'GET' && s.step === '/bank/back' && held.linkId) {
      let link = await records.links.find(held.linkId);
      const consentId = link?.credentials.consentId;
      const code = new URL(s.req.url ?? '', options.publicUrl).searchParams.get('code');
      // The OAuth2 SCA approach: the bank's code becomes its tokens, sealed into the link.
      if (link && consentId && held.bankOAuth && bank.oauth && code) {
        const tokens = await redeemBankCode(bank.oauth, held.bankOAuth, consentId, code, `${options.publicUrl}${base(uid)}/bank/back`);
        if (tokens.ok) {
          await records.links.renew(link.linkId, tokens.value.credentials, tokens.value.renewal);
          link = { ...link, credentials: tokens.value.credentials };
        }
      }
      const ready = link && consentId && (!held.bankOAuth || link.credentials.token);
      const status = ready ? await consentStatus(bank.http, consentId, link?.credentials.token) : undefined;
      // Only a consent the bank calls valid links the account, whatever the way back said.
      if (status?.ok && status.value === 'valid') {
        await remember(uid, { linkId: held.linkId, bankDone: true });
        return s.see(`${base(uid)}/pin`);
      }
      if (held.linkId) await records.links.unlink(held.linkId, 'consent-lapsed');
      await remember(uid, {});
      return s.firstPage(status && !status.ok && status.error.kind !== 'rejected' && status.error.kind !== 'consent-expired' ? t.bankDown : t.bankRefused);
    }
    return s.show(400, '', t.expired);
  }

  /** The voice PIN, then the grant and the code. */
  async function pinStep(s: {
    req: IncomingMessage;
    res: ServerResponse;
    uid: string;
    t: PageText;
    clientId: string;
    client: LinkingClient;
    show: (status: number, body: string, error?: string, title?: string) => void;
    details: Awaited<ReturnType<Provider['interactionDetails']>>;
    method: string;
  }): Promise<void> {
    const { uid, t } = s;
    const held = await pending(uid);
    const link = held.linkId ? await records.links.find(held.linkId) : undefined;
    // The PIN page only after the bank's step, for the link that step made.
    if (!link || held.bankDone !== true) return s.show(400, '', t.expired);
    const enrolled = (await records.pins.hashFor(link.customer.id)) !== undefined;
    const action = `${base(uid)}/pin`;
    if (s.method === 'GET') return s.show(200, pinForm(t, action, `${base(uid)}/abort`, enrolled), undefined, t.pinTitle);
    if (s.method !== 'POST') return s.show(405, '', t.problem);
    const form = await readForm(s.req);
    const keep = form.get('keep') === 'yes' && enrolled;
    if (!keep) {
      const pin = form.get('pin') ?? '';
      if (!/^\d{4,8}$/.test(pin)) return s.show(200, pinForm(t, action, `${base(uid)}/abort`, enrolled), t.pinInvalid, t.pinTitle);
      if (pin !== form.get('pinAgain')) return s.show(200, pinForm(t, action, `${base(uid)}/abort`, enrolled), t.pinMismatch, t.pinTitle);
      await records.pins.enrol(link.customer.id, hashPin(pin));
      await records.audit.record({ at: options.clock.now().toISOString(), customerId: link.customer.id, action: 'pin-set', outcome: 'completed', client: s.clientId });
    }
    // One live link per customer and client: the newest replaces any earlier one.
    for (const earlier of await records.links.liveFor(link.customer.id, s.clientId)) {
      if (earlier === link.linkId) continue;
      await records.links.unlink(earlier, 'superseded');
      await forgetAccount(options.sql, earlier);
      await records.audit.record({ at: options.clock.now().toISOString(), customerId: link.customer.id, action: 'unlink', outcome: 'superseded', reference: earlier, client: s.clientId });
    }
    const grant = new provider.Grant({ accountId: link.linkId, clientId: s.clientId });
    const resource = options.resources[s.client.resource];
    const allowed = new Set(s.client.scopes.filter((x) => x !== TOOLS_SCOPE));
    const asked = String(s.details.params['scope'] ?? '').split(' ').filter((x) => allowed.has(x));
    grant.addResourceScope(resource, (asked.length > 0 ? asked : [...allowed]).join(' '));
    const grantId = await grant.save();
    await records.audit.record({ at: options.clock.now().toISOString(), customerId: link.customer.id, action: 'link', outcome: 'completed', reference: link.linkId, client: s.clientId });
    await store.delete(pendingKey(uid));
    return provider.interactionFinished(s.req, s.res, { login: { accountId: link.linkId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }
}
