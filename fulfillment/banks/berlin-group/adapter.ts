/**
 * A BankAdapter for banks that offer the Berlin Group NextGenPSD2 API: accounts, balances and
 * transactions over the customer's account-information consent, trusted beneficiaries as payees,
 * and SEPA credit transfers approved in the bank's app (decoupled SCA). Payments need a
 * StateStore for the key -> payment records; without one they are not offered. Every call carries
 * the credentials of the customer's link (BankSession.credentials), never a platform's token.
 */
import type { BankAdapter, BankResult } from '../bank-adapter';
import type { BankSession } from '../bank-types';
import { err, ok } from '../../kit/result';
import { listAccounts } from './accounts';
import { berlinGroupHttp, type BerlinGroupHttpOptions } from './http';
import type { ConsentLink } from './links';
import { listBeneficiaries } from './payees';
import { berlinGroupPayments, type PaymentProduct } from './payments';
import { listTransactions } from './transactions';
import type { StateStore } from '../../state/state-store';
import { ConsentStatus } from './wire';

/** What the adapter needs: the bank's address and patience. */
export interface BerlinGroupOptions extends BerlinGroupHttpOptions {
  /** Where the core's idempotency keys are bound to the bank's payment ids (shared by instances). */
  readonly store?: StateStore;
  /** Instant SEPA where the bank offers it. */
  readonly paymentProduct?: PaymentProduct;
}

/** Creates the adapter. */
export function createBerlinGroupBank(options: BerlinGroupOptions): BankAdapter {
  const http = berlinGroupHttp(options);

  /** Runs a call with the credentials of the session's link. */
  const linked = <T>(session: BankSession, call: (link: ConsentLink) => BankResult<T>): BankResult<T> => call(session.credentials);

  return {
    name: 'berlin-group',
    async identify(session) {
      const { consentId } = session.credentials;
      if (!consentId) return err({ kind: 'not-linked' });
      const status = await http.get(session.credentials, `/v1/consents/${encodeURIComponent(consentId)}/status`, ConsentStatus);
      if (!status.ok) return status;
      if (status.value.consentStatus !== 'valid') return err({ kind: 'consent-expired' });
      return ok(session.customer);
    },
    accounts: { list: (session) => linked(session, (link) => listAccounts(http, link)) },
    transactions: { list: (session, query) => linked(session, (link) => listTransactions(http, link, query, options.clock)) },
    payees: { list: (session) => linked(session, (link) => listBeneficiaries(http, link)) },
    ...(options.store ? berlinGroupPayments(http, linked, options.store, options.paymentProduct ?? 'sepa-credit-transfers') : {}),
  };
}
