/**
 * A Berlin Group bank over nock, written here and modelled on the NextGenPSD2 examples: one
 * customer (Lena) with a current account whose balances come in the account list, a savings
 * account whose balances need their own call, and two pages of transactions. No request leaves
 * the machine: nock refuses every host but loopback while a test runs.
 */
import nock from 'nock';
import { createBerlinGroupBank } from '../../fulfillment/banks/berlin-group/adapter';
import type { BankAdapter } from '../../fulfillment/banks/bank-adapter';
import type { BankSession } from '../../fulfillment/banks/bank-types';
import { fixedLinks, LINK_SCOPES, type LinkDirectory } from '../../fulfillment/records/link-directory';
import { fixedClock } from '../../fulfillment/kit/clock';
import { customerId } from '../../fulfillment/kit/ids';
import { money, parseDecimal, toDecimal } from '../../fulfillment/kit/money';
import { MemoryStateStore } from '../../fulfillment/state/memory-store';
import type { StateStore } from '../../fulfillment/state/state-store';
import { TEST_NOW } from './harness';

/** The bank's origin and API root. */
export const BG_ORIGIN = 'https://psd2.bank.example';
export const BG_ROOT = '/psd2';
/** The skill's access token for Lena's link, and the secrets behind it. */
export const BG_TOKEN = 'link-lena-7c1e9a4b2f6d4e0a';
export const BG_OAUTH = 'oauth-lena-secret';
export const BG_CONSENT = 'consent-1234-5678';
/** Lena's link as the adapter sees it: her customer record and the bank's credentials. */
export const BG_SESSION: BankSession = { customer: { id: customerId('bg-lena'), firstName: 'Lena' }, credentials: { token: BG_OAUTH, consentId: BG_CONSENT } };

/** The skill's link records for the nock bank: BG_TOKEN leads to Lena's link. */
export function bgLinks(): LinkDirectory {
  return fixedLinks({ [BG_TOKEN]: { ...BG_SESSION, scopes: LINK_SCOPES } });
}

/** The figures the fixture serves, for tests to compute expectations from. */
export const BG_BOOKS = {
  current: { id: 'acc-giro-1', iban: 'DE89370400440532013000', interimBooked: '2450.17', closingBooked: '2400.00', available: '2950.17' },
  savings: { id: 'acc-save-2', iban: 'DE02120300000000202051', interimBooked: '12800.00' },
} as const;

/** The adapter, pointed at the nock bank with short timeouts so fault tests stay quick. */
export function berlinGroupBank(options: { timeoutMs?: number; store?: StateStore; fetch?: typeof fetch } = {}): BankAdapter {
  return createBerlinGroupBank({
    baseUrl: `${BG_ORIGIN}${BG_ROOT}`,
    timeoutMs: options.timeoutMs ?? 2000,
    readRetries: 1,
    breaker: { failures: 50, halfOpenAfterMs: 30_000 },
    clock: fixedClock(TEST_NOW),
    store: options.store ?? new MemoryStateStore(fixedClock(TEST_NOW)),
    ...(options.fetch ? { fetch: options.fetch } : {}),
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

/** A payment as the nock bank holds it. */
interface HeldPayment {
  readonly debtor: string;
  readonly minor: number;
  status: string;
  sca: string;
  /** How many authorisations were started for it: each is a prompt in the app. */
  authorisations?: number;
}

/** The nock bank's state: balances in cents, payments, and the app's approve button. */
export interface NockBank {
  readonly scope: nock.Scope;
  /** Approves (or refuses) an authorisation in the "app"; approval executes the payment. */
  decide(approvalId: string, verdict: 'finalised' | 'failed'): void;
  /** The approval ids waiting in the "app". */
  waiting(): string[];
  /** How many payments the bank was asked to initiate. */
  initiated(): number;
}

/** Every endpoint answering normally, as often as asked, over state that payments change. */
export function healthyBank(options: { rejectPayments?: boolean; refuseCancellations?: boolean } = {}): NockBank {
  const { current, savings } = BG_BOOKS;
  const cents = (decimal: string) => {
    const parsed = parseDecimal(decimal, 'EUR');
    if (!parsed.ok) throw new Error(`the nock bank got a bad amount: ${decimal}`);
    return parsed.value.minor;
  };
  const balances = new Map<string, number>([
    [current.iban, cents(current.interimBooked)],
    [savings.iban, cents(savings.interimBooked)],
  ]);
  const available = (iban: string) => (balances.get(iban) ?? 0) + (iban === current.iban ? 50_000 : 0);
  const euro = (minor: number) => amount(toDecimal(money(minor, 'EUR')));
  const payments = new Map<string, HeldPayment>();
  let count = 0;
  const ibanOf = (id: string) => (id === current.id ? current.iban : id === savings.id ? savings.iban : undefined);
  const execute = (p: HeldPayment) => {
    if (p.status !== 'RCVD') return;
    balances.set(p.debtor, (balances.get(p.debtor) ?? 0) - p.minor);
    p.status = 'ACSC';
  };
  const scope = bankScope()
    .persist()
    .get(`${BG_ROOT}/v1/consents/${BG_CONSENT}/status`)
    .reply(200, { consentStatus: 'valid' })
    .get(`${BG_ROOT}/v1/accounts`)
    .query({ withBalance: 'true' })
    .reply(() => [
      200,
      {
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
              { balanceAmount: euro(balances.get(current.iban) ?? 0), balanceType: 'interimBooked' },
              { balanceAmount: euro(available(current.iban)), balanceType: 'interimAvailable' },
            ],
          },
          { resourceId: savings.id, iban: savings.iban, currency: 'EUR', product: 'Tagesgeld', cashAccountType: 'SVGS', name: 'Tagesgeld' },
        ],
      },
    ])
    .get(`${BG_ROOT}/v1/accounts/${savings.id}/balances`)
    .reply(() => [200, { account: { iban: savings.iban }, balances: [{ balanceAmount: euro(balances.get(savings.iban) ?? 0), balanceType: 'interimBooked' }] }])
    .get(new RegExp(`^${BG_ROOT}/v1/accounts/[^/?]+$`))
    .reply((uri) => {
      const id = decodeURIComponent(uri.split('/').pop() ?? '');
      const iban = ibanOf(id);
      return iban ? [200, { account: { resourceId: id, iban, currency: 'EUR' } }] : [404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] }];
    })
    .get(`${BG_ROOT}/v1/trusted-beneficiaries`)
    .reply(200, {
      trustedBeneficiaries: [
        { trustedBeneficiaryId: 'tb-anna-1', creditorAccount: { iban: 'DE75512108001245126199' }, creditorName: 'Anna Schmidt' },
        { trustedBeneficiaryId: 'tb-anna-2', creditorAccount: 'DE12500105170648489890', creditorName: 'Anna Lee' },
      ],
    })
    .post(`${BG_ROOT}/v1/payments/sepa-credit-transfers`)
    .reply((_uri, body) => {
      const b = body as { instructedAmount: { amount: string }; debtorAccount: { iban: string } };
      count += 1;
      const minor = cents(b.instructedAmount.amount);
      if (minor > available(b.debtorAccount.iban)) return [400, { tppMessages: [{ category: 'ERROR', code: 'FUNDS_NOT_AVAILABLE' }] }];
      const id = `pay-${count}`;
      if (options.rejectPayments) return [201, { transactionStatus: 'RJCT', paymentId: id }];
      payments.set(id, { debtor: b.debtorAccount.iban, minor, status: 'RCVD', sca: 'received' });
      return [201, { transactionStatus: 'RCVD', paymentId: id, _links: { startAuthorisation: { href: `/v1/payments/${id}/authorisations` } } }];
    })
    .post(new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers/[^/]+/authorisations$`))
    .reply((uri) => {
      const id = uri.split('/')[5] ?? '';
      const p = payments.get(id);
      if (!p) return [404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] }];
      p.sca = 'started';
      // Every authorisation started is a prompt of its own in the app, with an id of its own.
      p.authorisations = (p.authorisations ?? 0) + 1;
      const authorisationId = p.authorisations === 1 ? `auth-${id}` : `auth-${id}-${p.authorisations}`;
      return [201, { scaStatus: 'started', authorisationId, psuMessage: 'Please approve in your banking app.' }];
    })
    .get(new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers/[^/]+/authorisations/[^/]+$`))
    .reply((uri) => {
      const p = payments.get(uri.split('/')[5] ?? '');
      return p ? [200, { scaStatus: p.sca }] : [404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] }];
    })
    .get(new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers/[^/]+/status$`))
    .reply((uri) => {
      const p = payments.get(uri.split('/')[5] ?? '');
      return p ? [200, { transactionStatus: p.status }] : [404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] }];
    })
    .delete(new RegExp(`^${BG_ROOT}/v1/payments/sepa-credit-transfers/[^/]+$`))
    .reply((uri) => {
      const p = payments.get(uri.split('/')[5] ?? '');
      if (!p) return [404, { tppMessages: [{ category: 'ERROR', code: 'RESOURCE_UNKNOWN' }] }];
      if (p.status !== 'RCVD' || options.refuseCancellations) return [400, { tppMessages: [{ category: 'ERROR', code: 'CANCELLATION_INVALID' }] }];
      p.status = 'CANC';
      // A cancelled payment's authorisation can no longer be finished in the app.
      if (p.sca !== 'finalised') p.sca = 'failed';
      return [204, ''];
    })
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
  return {
    scope,
    decide(approvalId, verdict) {
      const p = payments.get(decodeURIComponent(approvalId.split('~')[0] ?? ''));
      if (!p) throw new Error(`no payment for approval ${approvalId}`);
      // The app shows no cancelled payment to approve.
      if (p.status === 'CANC') return;
      p.sca = verdict;
      if (verdict === 'finalised') execute(p);
      else p.status = 'RJCT';
    },
    waiting: () => [...payments].filter(([, p]) => p.sca === 'started').map(([id]) => `${id}~auth-${id}`),
    initiated: () => count,
  };
}
