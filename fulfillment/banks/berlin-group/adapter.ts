/**
 * A BankAdapter for banks that offer the Berlin Group NextGenPSD2 API: accounts, balances and
 * transactions over the customer's account-information consent. Payments are not offered yet,
 * so the core answers transfer requests with "I can't do that with this bank yet".
 */
import type { BankAdapter, BankResult } from '../bank-adapter';
import type { BankSession } from '../bank-types';
import { err, ok } from '../../result';
import { listAccounts } from './accounts';
import { berlinGroupHttp, type BerlinGroupHttpOptions } from './http';
import type { ConsentLink, ConsentLinks } from './links';
import { listTransactions } from './transactions';
import { ConsentStatus } from './wire';

/** What the adapter needs: the bank's address and patience, and the links behind access tokens. */
export interface BerlinGroupOptions extends BerlinGroupHttpOptions {
  readonly links: ConsentLinks;
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
  };
}
