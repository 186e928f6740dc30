/**
 * The Berlin Group consent in the middle of the login: POST /v1/consents for accounts, balances,
 * transactions and the trusted beneficiaries (a bank-offered consent: the customer picks the
 * accounts at the bank), then the bank's SCA redirect, then the consent's status, which must be
 * `valid` before the skill issues a code; withdrawn when the link ends.
 */
import { createHash } from 'node:crypto';
import type { BankError } from '../../fulfillment/banks/bank-error';
import type { BankCredentials } from '../../fulfillment/banks/bank-types';
import type { BerlinGroupHttp } from '../../fulfillment/banks/berlin-group/http';
import { ConsentCreated, ConsentStatus } from '../../fulfillment/banks/berlin-group/wire';
import { customerId, type CustomerId } from '../../fulfillment/kit/ids';
import { err, ok, type Result } from '../../fulfillment/kit/result';

/** What a consent is asked for with. */
export interface ConsentRequest {
  /** The customer's online banking user id (PSU-ID). */
  readonly psuId: string;
  /** Where the bank sends the customer back after a successful SCA, and after a failed one. */
  readonly redirect: string;
  readonly nokRedirect: string;
  /** The consent's last day (ISO date), and how often a day the skill may read without the customer. */
  readonly validUntil: string;
  readonly frequencyPerDay: number;
}

/**
 * A consent the bank received, and how the customer authorises it: the bank's SCA page
 * (redirect approach), or its OAuth authorization server (OAuth2 SCA approach), whose metadata
 * names where to send the customer and where the bank's tokens come from.
 */
export interface CreatedConsent {
  readonly consentId: string;
  readonly sca: { readonly kind: 'redirect'; readonly url: string } | { readonly kind: 'oauth'; readonly metadata: string };
}

/** Asks the bank for the consent; a bank that offers no SCA redirect for it cannot be linked this way. */
export async function createConsent(http: BerlinGroupHttp, request: ConsentRequest): Promise<Result<CreatedConsent, BankError>> {
  const body = {
    access: { accounts: [], balances: [], transactions: [], additionalInformation: { trustedBeneficiaries: [] } },
    recurringIndicator: true,
    validUntil: request.validUntil,
    frequencyPerDay: request.frequencyPerDay,
    combinedServiceIndicator: false,
  };
  const headers = { 'psu-id': request.psuId, 'tpp-redirect-preferred': 'true', 'tpp-redirect-uri': request.redirect, 'tpp-nok-redirect-uri': request.nokRedirect };
  const created = await http.post({ token: '' }, '/v1/consents', body, ConsentCreated, headers);
  if (!created.ok) return created;
  const { consentId, _links: links } = created.value;
  const web = (href: string | undefined) => (href && /^https?:\/\//.test(href) ? href : undefined);
  const redirect = web(links?.scaRedirect?.href);
  if (redirect) return ok({ consentId, sca: { kind: 'redirect', url: redirect } });
  const metadata = web(links?.scaOAuth?.href);
  if (metadata) return ok({ consentId, sca: { kind: 'oauth', metadata } });
  return err({ kind: 'unsupported' });
}

/** The consent's status: "valid" once the customer authorised it (asked with the bank's token where it issued one). */
export async function consentStatus(http: BerlinGroupHttp, consentId: string, token = ''): Promise<Result<string, BankError>> {
  const status = await http.get({ token, consentId }, `/v1/consents/${encodeURIComponent(consentId)}/status`, ConsentStatus);
  return status.ok ? ok(status.value.consentStatus) : status;
}

/**
 * Withdraws a consent at the bank (the customer unlinked): gone or already ended at the bank are
 * both done.
 */
export async function withdrawConsent(http: BerlinGroupHttp, credentials: BankCredentials): Promise<Result<void, BankError>> {
  if (!credentials.consentId) return ok(undefined);
  const deleted = await http.delete({ token: credentials.token, consentId: credentials.consentId }, `/v1/consents/${encodeURIComponent(credentials.consentId)}`);
  if (deleted.ok || deleted.error.kind === 'not-found' || deleted.error.kind === 'consent-expired') return ok(undefined);
  return deleted;
}

/** The skill's id for a bank customer: from the bank's address and their user id, without keeping the user id. */
export function bankCustomerId(bankUrl: string, psuId: string): CustomerId {
  return customerId(`bg-${createHash('sha256').update(`${new URL(bankUrl).origin}\0${psuId}`).digest('base64url').slice(0, 24)}`);
}
