/**
 * A BankAdapter for banks that offer the Berlin Group NextGenPSD2 API: accounts, balances and
 * transactions over the customer's account-information consent, trusted beneficiaries as payees,
 * and SEPA credit transfers approved in the bank's app (decoupled SCA). Payments need a
 * StateStore for the key -> payment records; without one they are not offered.
 */
import type { BankAdapter, BankResult } from '../bank-adapter';
import type { BankSession } from '../bank-types';
import { err, ok } from '../../kit/result';
import { listAccounts } from './accounts';
import { berlinGroupHttp, type BerlinGroupHttpOptions } from './http';
import type { ConsentLink, ConsentLinks } from './links';
import { listBeneficiaries } from './payees';
import { berlinGroupPayments, type PaymentProduct } from './payments';
import { listTransactions } from './transactions';
import type { StateStore } from '../../state/state-store';
import { ConsentStatus } from './wire';

/** What the adapter needs: the bank's address and patience, and the links behind access tokens. */
export interface BerlinGroupOptions extends BerlinGroupHttpOptions {
  readonly links: ConsentLinks;
  /** Where the core's idempotency keys are bound to the bank's payment ids (shared by instances). */
  readonly store?: StateStore;
  /** Instant SEPA where the bank offers it. */
  readonly paymentProduct?: PaymentProduct;
}

/** Creates the adapter. */
export function createBerlinGroupBank(options: BerlinGroupOptions): BankAdapter {
  const http = berlinGroupHttp(options);

  /** Runs a call with the session's link; a token whose link is gone must be linked again. */
  async function linked<T>(session: BankSession, call: (link: ConsentLink) => BankResult<T>): BankResult<T> {
    const link = await options.links.find(session.accessToken);
    return link ? call(link) : err({ kind: 'not-linked' });
  }

  return {
    name: 'berlin-group',
    async identify(accessToken) {
      const link = await options.links.find(accessToken);
      if (!link) return err({ kind: 'not-linked' });
      const status = await http.get(link, `/v1/consents/${encodeURIComponent(link.consentId)}/status`, ConsentStatus);
      if (!status.ok) return status;
      if (status.value.consentStatus !== 'valid') return err({ kind: 'consent-expired' });
      return ok({ id: link.customerId, firstName: link.firstName });
    },
    accounts: { list: (session) => linked(session, (link) => listAccounts(http, link)) },
    transactions: { list: (session, query) => linked(session, (link) => listTransactions(http, link, query, options.clock)) },
    payees: { list: (session) => linked(session, (link) => listBeneficiaries(http, link)) },
    ...(options.store ? berlinGroupPayments(http, linked, options.store, options.paymentProduct ?? 'sepa-credit-transfers') : {}),
  };
}
