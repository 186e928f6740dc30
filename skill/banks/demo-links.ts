/**
 * The sandbox's demo tokens ("demo", "demo-2", "demo-gb", "demo-de") as account links, so that
 * development, the tests and the README's curl need no linking. Each demo token is also the
 * sandbox bank's own token for its customer. Production resolves them only with
 * SANDBOX_IN_PRODUCTION=yes (skill/core-runtime.ts).
 */
import { SEED_CUSTOMERS } from '../../fulfillment/banks/sandbox/seed';
import { customerId } from '../../fulfillment/kit/ids';
import { fixedLinks, LINK_SCOPES, type LinkDirectory } from '../../fulfillment/records/link-directory';

/** Every demo token, linked to its seeded customer with every scope. */
export function demoLinks(): LinkDirectory {
  return fixedLinks(
    Object.fromEntries(
      SEED_CUSTOMERS.map((s) => [s.accessToken, { customer: { id: customerId(s.id), firstName: s.firstName }, credentials: { token: s.accessToken }, scopes: LINK_SCOPES }]),
    ),
  );
}
