/**
 * Bearer tokens for the sandbox bank, for development and tests until the account-linking
 * server issues them: a seeded customer's access token ("demo") with every scope, the same
 * with ".read" ("demo.read") with the reading scope only, and "service" for a client that may
 * discover the tools but reaches no customer. Never used with a real bank.
 */
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import type { Clock } from '../../fulfillment/kit/clock';
import { READ_SCOPE, TOOLS_SCOPE, TRANSFER_SCOPE, type TokenVerifier } from './access';
import { READ_ONLY_SUFFIX } from '../banks/demo-links';

/** How long a sandbox token is said to be valid from now. */
const LIFETIME_SECONDS = 3600;

/** The sandbox's verifier: tokens for `/mcp` of any host. */
export function sandboxTokens(clock: Clock): TokenVerifier {
  const seeds = new Set(SEED_CUSTOMERS.map((c) => c.accessToken));
  return async (token, resource) => {
    if (!new URL(resource).pathname.endsWith('/mcp')) return undefined;
    const expiresAt = Math.floor(clock.now().getTime() / 1000) + LIFETIME_SECONDS;
    const base = { clientId: 'sandbox', resource, expiresAt };
    if (token === 'service') return { ...base, scopes: [TOOLS_SCOPE] };
    if (seeds.has(token)) return { ...base, scopes: [READ_SCOPE, TRANSFER_SCOPE], linkToken: token };
    // The core hears the ".read" token itself, linked with the reading scope alone (skill/banks/demo-links.ts).
    const reader = token.endsWith(READ_ONLY_SUFFIX) ? token.slice(0, -READ_ONLY_SUFFIX.length) : undefined;
    if (reader && seeds.has(reader)) return { ...base, scopes: [READ_SCOPE], linkToken: token };
    return undefined;
  };
}
