/** The bank's OAuth client and the renewal of its tokens, from BG_* settings; none for the sandbox or a bank without OAuth. */
import type { Clock } from '../../fulfillment/kit/clock';
import { err, ok } from '../../fulfillment/kit/result';
import { berlinGroupHttpOptions } from '../banks/bank-from-config';
import type { Config } from '../config';
import { renewBankToken, type BankOAuthClient } from './bank-oauth';
import type { RenewBankToken } from './token-links';

/** The skill as a client of the bank's OAuth server, where BG_OAUTH_CLIENT_ID names it. */
export function bankOAuthClient(config: Config, clock: Clock): BankOAuthClient | undefined {
  if (config.BANK_ADAPTER !== 'berlin-group' || !config.BG_OAUTH_CLIENT_ID) return undefined;
  const http = berlinGroupHttpOptions(config, clock);
  return { clientId: config.BG_OAUTH_CLIENT_ID, ...(config.BG_OAUTH_CLIENT_SECRET ? { clientSecret: config.BG_OAUTH_CLIENT_SECRET } : {}), fetch: http.fetch ?? fetch, timeoutMs: config.BG_TIMEOUT_MS, now: () => clock.now() };
}

/** Renews a link's bank token with its refresh token at the bank's token endpoint. */
export function bankRenewal(client: BankOAuthClient | undefined): RenewBankToken | undefined {
  if (!client) return undefined;
  return async (link) => {
    if (!link.renewal || !link.credentials.consentId) return err({ kind: 'consent-expired' });
    const renewed = await renewBankToken(client, link.credentials.consentId, link.renewal);
    if (renewed.ok) return ok(renewed.value);
    return err(renewed.error.kind === 'consent-expired' ? { kind: 'consent-expired' } : { kind: 'unavailable' });
  };
}
