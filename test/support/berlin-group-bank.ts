/**
 * A Berlin Group bank over nock, written here and modelled on the NextGenPSD2 examples: one
 * customer (Lena) with a current account whose balances come in the account list, a savings
 * account whose balances need their own call, and two pages of transactions. No request leaves
 * the machine: nock refuses every host but loopback while a test runs.
 */
import nock from 'nock';
import { createBerlinGroupBank } from '../../fulfillment/banks/berlin-group/adapter';
import { consentLinksFrom } from '../../fulfillment/banks/berlin-group/links';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import { fixedClock } from '../../fulfillment/clock';
import { customerId } from '../../fulfillment/ids';
import { TEST_NOW } from './harness';

/** The bank's origin and API root. */
export const BG_ORIGIN = 'https://psd2.bank.example';
export const BG_ROOT = '/psd2';
/** The skill's access token for Lena's link, and the secrets behind it. */
export const BG_TOKEN = 'link-lena-7c1e9a4b2f6d4e0a';
export const BG_OAUTH = 'oauth-lena-secret';
export const BG_CONSENT = 'consent-1234-5678';

/** The figures the fixture serves, for tests to compute expectations from. */
export const BG_BOOKS = {
  current: { id: 'acc-giro-1', iban: 'DE89370400440532013000', interimBooked: '2450.17', closingBooked: '2400.00', available: '2950.17' },
  savings: { id: 'acc-save-2', iban: 'DE02120300000000202051', interimBooked: '12800.00' },
} as const;

/** The adapter, pointed at the nock bank with short timeouts so fault tests stay quick. */
export function berlinGroupBank(options: { timeoutMs?: number } = {}): BankAdapter {
  return createBerlinGroupBank({
    baseUrl: `${BG_ORIGIN}${BG_ROOT}`,
    timeoutMs: options.timeoutMs ?? 2000,
    readRetries: 1,
    breaker: { failures: 50, halfOpenAfterMs: 30_000 },
    clock: fixedClock(TEST_NOW),
    links: consentLinksFrom({ [BG_TOKEN]: { customerId: customerId('bg-lena'), firstName: 'Lena', oauthToken: BG_OAUTH, consentId: BG_CONSENT } }),
  });
}

/** nock may answer only the bank; loopback stays open for the skill's own server. */
export function lockDown(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
}

/** A scope that checks every request carries the consent, the bearer token and a request id. */
export function bankScope(): nock.Scope {
  return nock(BG_ORIGIN, { reqheaders: { 'consent-id': BG_CONSENT, authorization: `Bearer ${BG_OAUTH}`, 'x-request-id': /^[0-9a-f-]{36}$/ } });
}

const amount = (value: string) => ({ currency: 'EUR', amount: value });

/** Every endpoint answering normally, as often as asked. */
export function healthyBank(): nock.Scope {
  const { current, savings } = BG_BOOKS;
  return bankScope()
    .persist()
    .get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`)
    .reply(200, { consentStatus: 'valid' })
    .get(`${BG_ROOT}/v1/accounts`)
    .query({ withBalance: 'true' })
    .reply(200, {
      accounts: [
        {
          resourceId: current.id,
          iban: current.iban,
          currency: 'EUR',
          product: 'Girokonto',
          cashAccountType: 'CACC',
          name: 'Girokonto',
          balances: [
            { balanceAmount: amount(current.closingBooked), balanceType: 'closingBooked', referenceDate: '2026-11-19' },
            { balanceAmount: amount(current.interimBooked), balanceType: 'interimBooked' },
            { balanceAmount: amount(current.available), balanceType: 'interimAvailable' },
          ],
        },
        { resourceId: savings.id, iban: savings.iban, currency: 'EUR', product: 'Tagesgeld', cashAccountType: 'SVGS', name: 'Tagesgeld' },
      ],
    })
    .get(`${BG_ROOT}/v1/accounts/${savings.id}/balances`)
    .reply(200, { account: { iban: savings.iban }, balances: [{ balanceAmount: amount(savings.interimBooked), balanceType: 'interimBooked' }] })
    .get(`${BG_ROOT}/v1/accounts/${current.id}/transactions`)
    .query((q) => q['bookingStatus'] === 'both' && typeof q['dateFrom'] === 'string' && q['page'] === undefined)
    .reply(200, {
      account: { iban: current.iban },
      transactions: {
        booked: [
          { transactionId: 't-3', bookingDate: '2026-11-18', valueDate: '2026-11-18', transactionAmount: amount('-42.10'), creditorName: 'Bäckerei Kamps', remittanceInformationUnstructured: 'Kartenzahlung' },
          { transactionId: 't-2', bookingDate: '2026-11-17', valueDate: '2026-11-17', transactionAmount: amount('-18.99'), creditorName: 'Spotify' },
        ],
        pending: [{ transactionId: 't-4', valueDate: '2026-11-20', transactionAmount: amount('-7.50'), creditorName: 'Rewe' }],
        _links: { next: { href: `${BG_ROOT}/v1/accounts/${current.id}/transactions?bookingStatus=both&dateFrom=2026-08-22&page=2` } },
      },
    })
    .get(`${BG_ROOT}/v1/accounts/${current.id}/transactions`)
    .query({ bookingStatus: 'both', dateFrom: '2026-08-22', page: '2' })
    .reply(200, {
      account: { iban: current.iban },
      transactions: {
        booked: [{ transactionId: 't-1', bookingDate: '2026-11-01', valueDate: '2026-11-01', transactionAmount: amount('3100.00'), debtorName: 'Arbeitgeber GmbH', remittanceInformationUnstructured: 'Gehalt November' }],
      },
    })
    .get(new RegExp(`^${BG_ROOT}/v1/accounts/[^/]+/transactions`))
    .reply(404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] });
}
